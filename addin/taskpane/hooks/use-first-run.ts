import { useCallback, useState } from 'react';

/** Set once the user has dismissed the getting-started panel (per computer and add-in origin). */
export const FIRST_RUN_KEY = 'awsCost.firstRunDone';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage blocked (private mode, partitioned iframe): the panel just shows again
  }
}

/** Whether to show the getting-started panel; dismissing it is remembered, showing it again is not. */
export function useFirstRun(): {
  readonly firstRun: boolean;
  readonly onDismissFirstRun: () => void;
  readonly onShowFirstRun: () => void;
} {
  const [firstRun, setFirstRun] = useState(() => storage()?.getItem(FIRST_RUN_KEY) !== 'yes');
  const onDismissFirstRun = useCallback(() => {
    storage()?.setItem(FIRST_RUN_KEY, 'yes');
    setFirstRun(false);
  }, []);
  const onShowFirstRun = useCallback(() => setFirstRun(true), []);
  return { firstRun, onDismissFirstRun, onShowFirstRun };
}
