import type { AuthConfig } from '../../client-shared/auth/auth-port';

/**
 * Where the console finds the API and the user pool: `window.__CONFIG__` when the hosting page
 * sets it inline, otherwise `config.json` served beside index.html (the local orchestrator and
 * the CloudFront deployment both write one), so one build runs against any stack.
 */
export interface AdminConfig extends AuthConfig {
  /** API base URL without a trailing slash. */
  readonly apiUrl: string;
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
  // Beside the page first; then the site root, where the local orchestrator serves it whatever
  // path the console's index.html was opened under.
  const candidates = [
    ...new Set([
      new URL('config.json', win.location.href).toString(),
      new URL('/config.json', win.location.href).toString(),
    ]),
  ];
  const failures: string[] = [];
  for (const url of candidates) {
    let res: Response;
    try {
      res = await fetchImpl(url, { cache: 'no-store' });
    } catch (cause) {
      failures.push(`${url}: ${(cause as Error).message}`);
      continue;
    }
    if (res.ok) return parseAdminConfig(await res.json(), url);
    failures.push(`${url}: HTTP ${res.status}`);
  }
  throw new ConfigError(
    `Could not load config.json (${failures.join('; ')}); the console needs it to find the API and the user pool. Check that the site serves it.`,
  );
}
