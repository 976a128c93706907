import type { RuntimeConfig } from './runtime-config';

let loading: Promise<void> | null = null;

/**
 * The server that serves the task pane may say where the API and the user pool are: `npm start`
 * serves `config.json` beside `taskpane.html` ({apiUrl, userPoolId, userPoolClientId,
 * cognitoEndpoint}). Loaded once per page, before the services are built; values already set on
 * `__AWS_COST_CONFIG__` (e.g. by a test host) win. No file (404, or not in a browser) is fine.
 */
export function loadPageConfig(
  fetchImpl: typeof fetch | undefined = globalThis.fetch,
): Promise<void> {
  loading ??= (async () => {
    if (typeof location === 'undefined' || !fetchImpl || !/^https?:$/.test(location.protocol))
      return;
    try {
      const response = await fetchImpl(new URL('config.json', location.href).toString(), {
        cache: 'no-store',
      });
      if (!response.ok) return;
      const served = (await response.json()) as Partial<RuntimeConfig>;
      globalThis.__AWS_COST_CONFIG__ = { ...served, ...globalThis.__AWS_COST_CONFIG__ };
    } catch {
      // Offline or no config.json: the build-time configuration applies.
    }
  })();
  return loading;
}
