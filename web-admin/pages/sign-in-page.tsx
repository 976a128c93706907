import { Card, Title3 } from '@fluentui/react-components';
import { useState } from 'react';
import type { AuthPort } from '../../client-shared/auth/auth-port';
import { SignInForm } from '../../client-shared/auth/sign-in-form';
import { useAdmin } from '../state/admin-store';

/** Email + password against Cognito; a Sales user is signed out again with an explanation. */
export function SignInPage({ auth }: { auth: AuthPort }) {
  const setUser = useAdmin((s) => s.setUser);
  const notify = useAdmin((s) => s.notify);
  const [busy, setBusy] = useState(false);

  async function signIn(email: string, password: string) {
    setBusy(true);
    notify(null);
    try {
      const user = await auth.signIn(email, password);
      if (user.role !== 'Admin') {
        await auth.signOut();
        notify({
          intent: 'error',
          text: `${user.email} has the ${user.role} role. The admin console needs the Admin role; ask an administrator.`,
        });
        return;
      }
      setUser(user);
    } catch (err) {
      notify({ intent: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card style={{ maxWidth: 380, margin: '48px auto', padding: 24 }}>
      <Title3 as="h1">Sign in to the admin console</Title3>
      <SignInForm busy={busy} onSignIn={signIn} />
    </Card>
  );
}
