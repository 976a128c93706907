import type { AuthConfig } from '../../client-shared/auth/auth-port';

/**
 * Where the add-in finds the API and the user pool — the one configuration module of the task
 * pane, the ribbon commands and the custom functions (they share one page and one webpack runtime).
 *
 * Two sources, merged once per page by `loadConfig()` before anything is built from them:
 * 1. the build (`webpack` DefinePlugin replaces the `process.env.ADDIN_*` expressions below with
 *    literals; nothing reads `process` at run time);
 * 2. `config.json` beside `taskpane.html`, served by whoever hosts the pane (`npm start` serves
 *    {apiUrl, userPoolId, userPoolClientId, cognitoEndpoint}); its values win.
 */
export interface AddinConfig extends AuthConfig {
  /** Base URL of the HTTP API without a trailing slash, e.g. `https://api.example.com/prod`. */
  readonly apiUrl: string;
}

/** The fields `config.json` may set; anything else in the file is ignored. */
const SERVED_FIELDS = ['apiUrl', 'userPoolId', 'userPoolClientId', 'cognitoEndpoint'] as const;
export type PartialConfig = Partial<
  Record<(typeof SERVED_FIELDS)[number] | 'authFlowType', string>
>;

/** `config.json` exists but cannot be used: the pane says so instead of failing at sign-in. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function buildTimeConfig(): PartialConfig {
  // Each `process.env.X` is replaced by a literal at build time (DefinePlugin); under jest these
  // read the real environment.
  return {
    apiUrl: process.env.ADDIN_API_URL,
    userPoolId: process.env.ADDIN_USER_POOL_ID,
    userPoolClientId: process.env.ADDIN_USER_POOL_CLIENT_ID,
    cognitoEndpoint: process.env.ADDIN_COGNITO_ENDPOINT,
    authFlowType: process.env.ADDIN_AUTH_FLOW,
  };
}

/**
 * The build's values overlaid with the served ones. cognito-local has no SRP, so a Cognito
 * endpoint (only ever set for cognito-local) implies USER_PASSWORD_AUTH unless a flow is named.
 */
export function mergeConfig(build: PartialConfig, served: PartialConfig): AddinConfig {
  const merged = { ...withoutEmpty(build), ...withoutEmpty(served) };
  const cognitoEndpoint = merged.cognitoEndpoint ?? '';
  const flow = merged.authFlowType;
  return {
    apiUrl: (merged.apiUrl ?? 'http://127.0.0.1:3001').replace(/\/+$/, ''),
    userPoolId: merged.userPoolId ?? '',
    userPoolClientId: merged.userPoolClientId ?? '',
    cognitoEndpoint,
    authFlowType:
      flow === 'USER_SRP_AUTH' || flow === 'USER_PASSWORD_AUTH'
        ? flow
        : cognitoEndpoint
          ? 'USER_PASSWORD_AUTH'
          : 'USER_SRP_AUTH',
  };
}

/** What is missing for sign-in to work, in words; null when the configuration is complete. */
export function missingConfig(config: AddinConfig): string | null {
  const missing = [
    config.userPoolId ? null : 'the user pool id',
    config.userPoolClientId ? null : 'the app client id',
  ].filter((m): m is string => m !== null);
  if (missing.length === 0) return null;
  return (
    `The add-in is not configured: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing. ` +
    'The server hosting the task pane must serve config.json beside taskpane.html (npm start does), ' +
    'or the build must set ADDIN_USER_POOL_ID and ADDIN_USER_POOL_CLIENT_ID.'
  );
}

/** Reads `config.json` next to the page; a missing file (404) or no network is not an error. */
export async function fetchServedConfig(
  pageUrl: string,
  fetchImpl: typeof fetch,
): Promise<PartialConfig> {
  const url = new URL('config.json', pageUrl).toString();
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store' });
  } catch {
    return {}; // offline: the build's configuration applies
  }
  if (response.status === 404) return {};
  if (!response.ok) throw new ConfigError(`${url} answered HTTP ${response.status}.`);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ConfigError(`${url} is not valid JSON.`);
  }
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new ConfigError(`${url} must hold a JSON object.`);
  const served: PartialConfig = {};
  for (const field of SERVED_FIELDS) {
    const value = (body as Record<string, unknown>)[field];
    if (value === undefined) continue;
    if (typeof value !== 'string') throw new ConfigError(`${url}: $.${field} must be a string.`);
    served[field] = value;
  }
  return served;
}

let loading: Promise<AddinConfig> | null = null;

/**
 * The page's configuration, loaded once: every caller (task pane, commands, functions) awaits the
 * same promise, so nothing is ever built from a half-known configuration.
 */
export function loadConfig(
  fetchImpl: typeof fetch | undefined = globalThis.fetch,
): Promise<AddinConfig> {
  loading ??= (async () => {
    const page = typeof location === 'undefined' ? null : location.href;
    const served =
      page !== null && /^https?:/.test(page) && fetchImpl !== undefined
        ? await fetchServedConfig(page, fetchImpl)
        : {};
    return mergeConfig(buildTimeConfig(), served);
  })();
  return loading;
}

function withoutEmpty(config: PartialConfig): PartialConfig {
  return Object.fromEntries(Object.entries(config).filter(([, v]) => v !== undefined && v !== ''));
}
