import type { AuthConfig } from '../../client-shared/auth/auth-port';

/**
 * Where the add-in finds the API and the user pool. Values come, in order, from a page-level
 * override (`globalThis.__AWS_COST_CONFIG__`, set by the host page of the e2e tests or by an
 * operator's inline script) and from the build (`webpack` DefinePlugin replaces the
 * `process.env.ADDIN_*` expressions below with literals; nothing reads `process` at run time).
 */
export interface RuntimeConfig extends AuthConfig {
  /** Base URL of the HTTP API without a trailing slash, e.g. `https://api.example.com/prod`. */
  readonly apiUrl: string;
}

declare global {
  var __AWS_COST_CONFIG__: Partial<RuntimeConfig> | undefined;
}

function buildTimeConfig(): RuntimeConfig {
  // Each `process.env.X` is replaced by a literal at build time (DefinePlugin), so the bundle
  // never touches `process`; under jest these read the real environment.
  const env: Record<string, string | undefined> = {
    ADDIN_API_URL: process.env.ADDIN_API_URL,
    ADDIN_USER_POOL_ID: process.env.ADDIN_USER_POOL_ID,
    ADDIN_USER_POOL_CLIENT_ID: process.env.ADDIN_USER_POOL_CLIENT_ID,
    ADDIN_COGNITO_ENDPOINT: process.env.ADDIN_COGNITO_ENDPOINT,
    ADDIN_AUTH_FLOW: process.env.ADDIN_AUTH_FLOW,
  };
  const cognitoEndpoint = env.ADDIN_COGNITO_ENDPOINT ?? '';
  return {
    apiUrl: (env.ADDIN_API_URL ?? 'http://127.0.0.1:3001').replace(/\/+$/, ''),
    userPoolId: env.ADDIN_USER_POOL_ID ?? '',
    userPoolClientId: env.ADDIN_USER_POOL_CLIENT_ID ?? '',
    cognitoEndpoint,
    authFlowType:
      env.ADDIN_AUTH_FLOW === 'USER_SRP_AUTH' || env.ADDIN_AUTH_FLOW === 'USER_PASSWORD_AUTH'
        ? env.ADDIN_AUTH_FLOW
        : cognitoEndpoint
          ? 'USER_PASSWORD_AUTH'
          : 'USER_SRP_AUTH',
  };
}

export function runtimeConfig(): RuntimeConfig {
  const override = globalThis.__AWS_COST_CONFIG__ ?? {};
  const merged = { ...buildTimeConfig(), ...override };
  // cognito-local has no SRP: a page-level Cognito endpoint implies USER_PASSWORD_AUTH.
  const authFlowType =
    override.authFlowType ??
    (override.cognitoEndpoint ? 'USER_PASSWORD_AUTH' : merged.authFlowType);
  return { ...merged, authFlowType, apiUrl: merged.apiUrl.replace(/\/+$/, '') };
}
