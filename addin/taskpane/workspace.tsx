import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { SignedInUser } from '../../client-shared/auth/auth-port';
import type { AddinServices } from '../runtime/services';
import type { AppState } from '../state/app-store';
import { cancelRunningStep } from '../workflow/step-runner';
import { ComparePanel } from './components/compare-panel';
import { EstimationsPanel } from './components/estimations-panel';
import { ManualEntryForm } from './components/manual-entry-form';
import { PaneTabs } from './components/pane-tabs';
import type { PaneTab } from './components/pane-tabs';
import { MessageBars } from './components/message-bars';
import { ProgressPanel } from './components/progress-panel';
import { ProposalPanel } from './components/proposal-panel';
import { SettingsPanel } from './components/settings-panel';
import { WorkbookPanel } from './components/workbook-panel';
import { useCompareTab } from './hooks/use-compare-tab';
import { useEntryTab } from './hooks/use-entry-tab';
import { useEstimationsTab } from './hooks/use-estimations-tab';
import { useFirstRun } from './hooks/use-first-run';
import { useProposalTab } from './hooks/use-proposal-tab';
import { useSettingsTab } from './hooks/use-settings-tab';
import { useWorkbookTab } from './hooks/use-workbook-tab';

type TabId = 'workbook' | 'entry' | 'compare' | 'estimations' | 'proposal' | 'settings';

const TABS: readonly PaneTab<TabId>[] = [
  { id: 'workbook', label: 'Workbook' },
  { id: 'entry', label: 'Add line' },
  { id: 'compare', label: 'Compare' },
  { id: 'estimations', label: 'Estimations' },
  { id: 'proposal', label: 'Proposal' },
  { id: 'settings', label: 'Settings' },
];

export interface WorkspaceProps {
  readonly services: AddinServices;
  readonly state: AppState;
  readonly user: SignedInUser;
  readonly onSignOut: () => void;
}

/** The signed-in task pane: who, messages, progress, the tabs and the open tab's panel. */
export function Workspace({ services, state, user, onSignOut }: WorkspaceProps) {
  const [tab, setTab] = useState<TabId>('workbook');
  const workbookTab = useWorkbookTab(services);
  const firstRun = useFirstRun();
  const entryTab = useEntryTab(services);
  const compareTab = useCompareTab(services);
  const estimationsTab = useEstimationsTab(services);
  const proposalTab = useProposalTab(services);
  const settingsTab = useSettingsTab(services);
  const busy = state.progress !== null;
  return (
    // Designed for a 320–350 px task pane: nothing may be wider than the pane (minWidth 0 lets
    // grid children shrink). Focus order: who, the tabs, progress, messages, the open panel.
    <main style={{ padding: 12, display: 'grid', gap: 12, minWidth: 0 }}>
      <header
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          gap: 4,
          justifyContent: 'space-between',
          alignItems: 'center',
        }}
      >
        <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          Signed in as <strong>{user.email}</strong> ({user.role})
        </span>
        <Button size="small" onClick={onSignOut}>
          Sign out
        </Button>
      </header>
      <PaneTabs tabs={TABS} selected={tab} onSelect={setTab} />
      <ProgressPanel progress={state.progress} onCancel={cancelRunningStep} />
      <MessageBars
        messages={state.messages}
        onDismiss={(id) => services.store.getState().dismiss(id)}
      />
      {tab === 'workbook' && (
        <WorkbookPanel
          format={state.workbookFormat}
          issues={state.issues}
          estimate={state.estimate}
          requirements={state.requirements}
          busy={busy}
          {...workbookTab}
          {...firstRun}
        />
      )}
      {tab === 'entry' && <ManualEntryForm busy={busy} {...entryTab} />}
      {tab === 'compare' && (
        <ComparePanel
          defaultRegion={state.settings.region}
          sizingPolicy={
            state.requirements
              ? state.requirements.settings.sizingPolicy
              : state.settings.sizingPolicy
          }
          busy={busy}
          {...compareTab}
        />
      )}
      {tab === 'estimations' && (
        <EstimationsPanel link={state.link} busy={busy} {...estimationsTab} />
      )}
      {tab === 'proposal' && <ProposalPanel busy={busy} {...proposalTab} />}
      {tab === 'settings' && <SettingsPanel settings={state.settings} {...settingsTab} />}
    </main>
  );
}
