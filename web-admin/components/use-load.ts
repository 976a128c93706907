import { useCallback, useEffect, useState } from 'react';
import { useNotifyError } from './use-notify-error';

/** Load data once when a page opens (and on `reload`), reporting failures in the message bar. */
export function useLoad<T>(
  load: () => Promise<T>,
  failure: string,
): { data: T | null; loading: boolean; reload: () => void } {
  const notifyError = useNotifyError();
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(true);
  const run = useCallback(() => {
    let live = true;
    setLoading(true);
    load()
      .then((d) => live && setData(d))
      .catch((err: unknown) => live && notifyError(err, failure))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [load, failure, notifyError]);
  useEffect(() => run(), [run]);
  return { data, loading, reload: run };
}
