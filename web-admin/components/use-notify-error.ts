import { useCallback } from 'react';
import { describeError } from '../../client-shared/http/api-errors';
import { useAdmin } from '../state/admin-store';

/** Turns a failed API call into the console's error message bar. */
export function useNotifyError(): (error: unknown, action: string) => void {
  const notify = useAdmin((s) => s.notify);
  return useCallback(
    (error, action) => notify({ intent: 'error', text: `${action}: ${describeError(error)}` }),
    [notify],
  );
}
