import { Button, Tab, TabList } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { DocumentFormat, EstimationSummary, ScenarioSpec } from '../../core';
import type { WorkbookIssue } from '../excel/workbook-port';
import { splitQualified } from '../excel/a1';
import type { AddinServices } from '../runtime/services';
import type { UserSettings } from '../state/app-store';
import {
  cloneEstimation,
  generateProposal,
  openEstimation,
  restoreEstimationId,
  saveEstimation,
} from '../workflow/estimation-actions';
import { cancelRunningStep, runStep } from '../workflow/step-runner';
import { calculate, compare, validateWorkbook } from '../workflow/workbook-actions';
import { addComputeLine } from '../workflow/manual-entry';
import { ComparePanel } from './components/compare-panel';
import { ManualEntryForm } from './components/manual-entry-form';
import { EstimationsPanel } from './components/estimations-panel';
import { MessageBars } from './components/message-bars';
import { ProgressPanel } from './components/progress-panel';
import { ProposalPanel } from './components/proposal-panel';
import { SettingsPanel } from './components/settings-panel';
import { SignInForm } from '../../client-shared/auth/sign-in-form';
import { moneyText } from '../../client-shared/format/money-text';
import { WorkbookPanel } from './components/workbook-panel';

type TabId = 'workbook' | 'entry' | 'compare' | 'estimations' | 'proposal' | 'settings';

/** The task pane: wires the store and the services to the panels (components get actions as props). */
export function App({ services }: { readonly services: AddinServices }) {
  const { store, auth, api, workbook } = services;
  const state = useStore(store);
  const [tab, setTab] = useState<TabId>('workbook');
  const [list, setList] = useState<readonly EstimationSummary[]>([]);
  const [proposal, setProposal] = useState<{
    url: string;
    format: DocumentFormat;
    warnings?: readonly string[];
  } | null>(null);
  const busy = state.progress !== null;
  const deps = { workbook, api, store };

  useEffect(() => {
    void auth.currentUser().then((user) => store.getState().set({ user }));
    if (typeof navigator !== 'undefined' && !navigator.onLine)
      store
        .getState()
        .say(
          'warning',
          'Offline',
          'You are offline. Formulas keep using cached prices; calculate once you are back online.',
        );
  }, [auth, store]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      await runStep(store, 'Sign in', async () => {
        const user = await auth.signIn(email, password);
        store.getState().set({ user });
        await restoreEstimationId(deps).catch(() => null);
      });
    },
    // deps is rebuilt each render from stable services
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [auth, store],
  );

  const onSelectIssue = (issue: WorkbookIssue) => {
    const [sheet, address] = splitQualified(issue.cell);
    void runStep(store, 'Go to cell', () => workbook.selectCell(sheet, address ?? 'A1'));
  };

  if (!state.user) {
    return (
      <main style={{ padding: 12, display: 'grid', gap: 12 }}>
        <h2 style={{ margin: 0 }}>AWS Cost Estimator</h2>
        <MessageBars messages={state.messages} onDismiss={(id) => store.getState().dismiss(id)} />
        <SignInForm busy={busy} onSignIn={signIn} />
      </main>
    );
  }

  return (
    <main style={{ padding: 12, display: 'grid', gap: 12 }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <span>
          Signed in as <strong>{state.user.email}</strong> ({state.user.role})
        </span>
        <Button
          size="small"
          onClick={() =>
            void runStep(store, 'Sign out', async () => {
              await auth.signOut();
              store.getState().reset();
            })
          }
        >
          Sign out
        </Button>
      </header>
      <MessageBars messages={state.messages} onDismiss={(id) => store.getState().dismiss(id)} />
      <ProgressPanel progress={state.progress} onCancel={cancelRunningStep} />
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small">
        <Tab value="workbook">Workbook</Tab>
        <Tab value="entry">Add line</Tab>
        <Tab value="compare">Compare</Tab>
        <Tab value="estimations">Estimations</Tab>
        <Tab value="proposal">Proposal</Tab>
        <Tab value="settings">Settings</Tab>
      </TabList>
      {tab === 'workbook' && (
        <WorkbookPanel
          format={state.workbookFormat}
          issues={state.issues}
          estimate={state.estimate}
          busy={busy}
          onSelectIssue={onSelectIssue}
          onInsertTemplate={() =>
            void runStep(store, 'Insert template', async (signal) => {
              await workbook.insertWorkbook(await api.templateBase64(signal));
              store
                .getState()
                .say(
                  'success',
                  'Template inserted',
                  'Fill the Compute, Storage, Database and Network sheets, then press Validate.',
                );
            })
          }
          onValidate={() =>
            void runStep(store, 'Validate', async (_signal, progress) => {
              const result = await validateWorkbook(deps, progress);
              if (result.errors.length === 0)
                store
                  .getState()
                  .say(
                    'success',
                    'Workbook is valid',
                    `${result.rows} rows read (${result.formatLabel ?? 'unknown format'}). Press Calculate.`,
                  );
              else
                store
                  .getState()
                  .say(
                    'warning',
                    'Fix the marked cells',
                    `${result.errors.length} error${result.errors.length === 1 ? '' : 's'}: click a cell in the list to go to it.`,
                  );
            })
          }
          onCalculate={() =>
            void runStep(store, 'Calculate', async (signal, progress) => {
              const estimate = await calculate(deps, signal, progress);
              store
                .getState()
                .say(
                  'success',
                  'Estimate written',
                  `"AWS Estimate" holds ${estimate.lines.length} lines; monthly total ${moneyText(estimate.totals.monthly, estimate.currency, 'code')}.`,
                );
            })
          }
        />
      )}
      {tab === 'entry' && (
        <ManualEntryForm
          busy={busy}
          onAdd={async (entry) => {
            const result = await runStep(store, 'Add line', () => addComputeLine(deps, entry));
            if (!result) return [];
            if (!result.added) return result.issues.map((i) => i.message);
            store
              .getState()
              .say(
                'success',
                'Line added',
                `Added at ${result.cell}. Press Validate or Calculate on the Workbook tab.`,
              );
            return [];
          }}
        />
      )}
      {tab === 'compare' && (
        <ComparePanel
          defaultRegion={state.settings.region}
          busy={busy}
          onCompare={(scenarios: ScenarioSpec[]) =>
            void runStep(store, 'Compare', async (signal, progress) => {
              const comparison = await compare(deps, scenarios, signal, progress);
              store
                .getState()
                .say(
                  'success',
                  'Comparison written',
                  `"AWS Comparison" compares ${comparison.scenarios.length} scenarios; cheapest: ${comparison.cheapestScenario}.`,
                );
            })
          }
        />
      )}
      {tab === 'estimations' && (
        <EstimationsPanel
          estimationId={state.estimationId}
          list={list}
          busy={busy}
          onSave={(name) =>
            void runStep(store, 'Save', async (signal) => {
              const saved = await saveEstimation(deps, name, signal);
              store
                .getState()
                .say(
                  'success',
                  'Saved',
                  `Estimation "${saved.name}" saved (version ${saved.version}).`,
                );
            })
          }
          onRefresh={() =>
            void runStep(store, 'Load estimations', async (signal) =>
              setList((await api.listEstimations(signal)).items),
            )
          }
          onOpen={(id) =>
            void runStep(
              store,
              'Open',
              async (signal) => void (await openEstimation(deps, id, signal)),
            )
          }
          onClone={() =>
            void runStep(store, 'Clone', async (signal) => {
              const clone = await cloneEstimation(deps, signal);
              store
                .getState()
                .say('success', 'Cloned', `This workbook now holds the copy "${clone.name}".`);
            })
          }
        />
      )}
      {tab === 'proposal' && (
        <ProposalPanel
          busy={busy}
          url={proposal?.url ?? null}
          format={proposal?.format ?? null}
          warnings={proposal?.warnings}
          onGenerate={(format) =>
            void runStep(store, 'Generate proposal', async (signal, progress) => {
              const { url, job } = await generateProposal(deps, format, signal, progress);
              setProposal({ url, format, warnings: job.warnings });
            })
          }
        />
      )}
      {tab === 'settings' && (
        <SettingsPanel
          settings={state.settings}
          onSave={(settings: UserSettings) => {
            store.getState().set({ settings });
            store
              .getState()
              .say(
                'success',
                'Settings saved',
                `Formulas without a region now use ${settings.region}.`,
              );
          }}
        />
      )}
    </main>
  );
}
