/**
 * Where the console finds the API and the user pool: `window.__CONFIG__` when the hosting page
 * sets it inline, otherwise `config.json` served beside index.html (the local orchestrator and
 * the CloudFront deployment both write one), so one build runs against any stack.
 */
export interface AdminConfig {
  /** API base URL without a trailing slash. */
  readonly apiUrl: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** Only for cognito-local (`http://127.0.0.1:9229`); empty for AWS Cognito. */
  readonly cognitoEndpoint: string;
  readonly authFlowType: 'USER_PASSWORD_AUTH' | 'USER_SRP_AUTH';
}

declare global {
  interface Window {
    __CONFIG__?: Partial<AdminConfig>;
  }
}

export class ConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ConfigError';
  }
}

const REQUIRED = ['apiUrl', 'userPoolId', 'userPoolClientId'] as const;

export function parseAdminConfig(raw: unknown, source: string): AdminConfig {
  if (!raw || typeof raw !== 'object')
    throw new ConfigError(`${source} must be a JSON object with ${REQUIRED.join(', ')}.`);
  const r = raw as Record<string, unknown>;
  const missing = REQUIRED.filter((k) => typeof r[k] !== 'string' || !(r[k] as string).trim());
  if (missing.length)
    throw new ConfigError(
      `${source} is missing ${missing.join(', ')}; ask the operator to fix the deployment config.`,
    );
  const flow = r.authFlowType === 'USER_SRP_AUTH' ? 'USER_SRP_AUTH' : 'USER_PASSWORD_AUTH';
  return {
    apiUrl: String(r.apiUrl).replace(/\/+$/, ''),
    userPoolId: String(r.userPoolId),
    userPoolClientId: String(r.userPoolClientId),
    cognitoEndpoint: typeof r.cognitoEndpoint === 'string' ? r.cognitoEndpoint : '',
    authFlowType: flow,
  };
}

export async function loadAdminConfig(
  win: Pick<Window, '__CONFIG__' | 'location'> = window,
  fetchImpl: (url: string, init?: RequestInit) => Promise<Response> = (u, i) => fetch(u, i),
): Promise<AdminConfig> {
  if (win.__CONFIG__) return parseAdminConfig(win.__CONFIG__, 'window.__CONFIG__');
  const url = new URL('config.json', win.location.href).toString();
  let res: Response;
  try {
    res = await fetchImpl(url, { cache: 'no-store' });
  } catch (cause) {
    throw new ConfigError(
      `Could not load ${url}: the console cannot tell where the API is. Check that the site serves config.json.`,
      { cause },
    );
  }
  if (!res.ok)
    throw new ConfigError(
      `${url} answered HTTP ${res.status}; the console needs it to find the API and the user pool.`,
    );
  return parseAdminConfig(await res.json(), url);
}
