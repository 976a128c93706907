import { useStore } from 'zustand';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { SignInForm } from '../../client-shared/auth/sign-in-form';
import { missingConfig } from '../config/addin-config';
import type { AddinServices } from '../runtime/services';
import { MessageBars } from './components/message-bars';
import { useSession } from './hooks/use-session';
import { Workspace } from './workspace';

/**
 * The task pane: the sign-in form until someone is signed in, then the workspace. Each tab's
 * actions are one hook (`hooks/use-*-tab.ts`); panels get them as props.
 */
export function App({ services }: { readonly services: AddinServices }) {
  const state = useStore(services.store);
  const session = useSession(services);
  if (!state.user) {
    const unconfigured = missingConfig(services.config);
    return (
      <main style={{ padding: 12, display: 'grid', gap: 12 }}>
        <h2 style={{ margin: 0 }}>AWS Cost Estimator</h2>
        {unconfigured && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Not configured</MessageBarTitle> {unconfigured}
            </MessageBarBody>
          </MessageBar>
        )}
        <MessageBars
          messages={state.messages}
          onDismiss={(id) => services.store.getState().dismiss(id)}
        />
        <SignInForm busy={state.progress !== null} onSignIn={session.signIn} />
      </main>
    );
  }
  return (
    <Workspace services={services} state={state} user={state.user} onSignOut={session.signOut} />
  );
}
