import { useCallback, useEffect } from 'react';
import type { AddinServices } from '../../runtime/services';
import { reconnectWorkbook } from '../../workflow/estimation-actions';
import { loadSettings } from '../../workflow/session-actions';
import { runStep } from '../../workflow/step-runner';
import { openStep } from './estimation-steps';

export interface Session {
  readonly signIn: (email: string, password: string) => Promise<void>;
  readonly signOut: () => void;
}

/**
 * Who is signed in: the stored session at start (and an offline warning), sign-in, sign-out.
 * Once someone is signed in, the pane loads their settings and reconnects the workbook to the
 * estimation it holds.
 */
export function useSession(services: AddinServices): Session {
  const { auth, store } = services;

  useEffect(() => {
    void auth.currentUser().then(async (user) => {
      store.getState().set({ user });
      if (user) await startSession(services);
    });
    if (typeof navigator !== 'undefined' && !navigator.onLine)
      store
        .getState()
        .say(
          'warning',
          'Offline',
          'You are offline. Formulas keep using cached prices; calculate once you are back online.',
          { topic: 'session' },
        );
  }, [auth, store, services]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const user = await runStep(store, 'Sign in', 'session', () => auth.signIn(email, password));
      if (!user) return;
      store.getState().set({ user });
      await startSession(services);
    },
    [auth, store, services],
  );

  const signOut = useCallback(
    () =>
      void runStep(store, 'Sign out', 'session', async () => {
        await auth.signOut();
        store.getState().reset();
      }),
    [auth, store],
  );

  return { signIn, signOut };
}

/** After sign-in: the user's settings, then the estimation this workbook holds. */
async function startSession(services: AddinServices): Promise<void> {
  const { store } = services;
  const problem = await loadSettings(services);
  if (problem)
    store.getState().say('warning', 'Settings not loaded', problem, { topic: 'settings' });
  await runStep(store, 'Reconnect', 'estimation', async (signal) => {
    const found = await reconnectWorkbook(services, signal);
    if (found.kind === 'gone')
      store
        .getState()
        .say(
          'warning',
          'Estimation not available',
          `This workbook was saved to "${found.link.name || 'an estimation'}", but ${found.reason}. Save creates a new estimation.`,
        );
    if (
      found.kind === 'linked' &&
      found.link.version !== null &&
      found.serverVersion > found.link.version
    )
      store
        .getState()
        .say(
          'info',
          'Newer version saved',
          `"${found.link.name}" is at version ${found.serverVersion}; this workbook has version ${found.link.version}. Reload to get it, or keep working (Save will ask).`,
          {
            actions: [
              { label: 'Reload', run: () => void openStep(services, found.link.estimationId) },
            ],
          },
        );
  });
}
