import { useCallback, useEffect } from 'react';
import type { AddinServices } from '../../runtime/services';
import { restoreEstimationId } from '../../workflow/estimation-actions';
import { runStep } from '../../workflow/step-runner';

export interface Session {
  readonly signIn: (email: string, password: string) => Promise<void>;
  readonly signOut: () => void;
}

/** Who is signed in: the stored session at start (and an offline warning), sign-in, sign-out. */
export function useSession(services: AddinServices): Session {
  const { auth, store } = services;

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
        await restoreEstimationId(services).catch(() => null);
      });
    },
    [auth, store, services],
  );

  const signOut = useCallback(
    () =>
      void runStep(store, 'Sign out', async () => {
        await auth.signOut();
        store.getState().reset();
      }),
    [auth, store],
  );

  return { signIn, signOut };
}
