import { randomUUID } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';

/**
 * Helpers for tests that talk to the local stack over HTTP, as the add-in does: create users in
 * cognito-local, sign in with USER_PASSWORD_AUTH, call the API with the ID token.
 */
export interface TestUser {
  readonly email: string;
  readonly password: string;
  readonly role: 'Admin' | 'Sales';
  readonly idToken: string;
  readonly refreshToken: string;
  readonly sub: string;
}

function env(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(
      `${name} is not set: run this test in the integration project (its globalSetup starts the stack).`,
    );
  return value;
}

export function apiUrl(): string {
  return env('API_URL');
}

function idp(): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: env('COGNITO_ENDPOINT'),
    region: 'us-east-1',
  });
}

/** A fresh user with a unique email (tests never share users), signed in. */
export async function createTestUser(role: 'Admin' | 'Sales', name = 'user'): Promise<TestUser> {
  const email = `${name}-${randomUUID().slice(0, 8)}@test.example.com`;
  const password = 'Test#Pass2026';
  const client = idp();
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId: env('USER_POOL_ID'),
      Username: email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'given_name', Value: name },
        { Name: 'family_name', Value: role },
        { Name: 'custom:role', Value: role },
      ],
    }),
  );
  await client.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: env('USER_POOL_ID'),
      Username: email,
      Password: password,
      Permanent: true,
    }),
  );
  return signIn(email, password, role);
}

export async function signIn(
  email: string,
  password: string,
  role: 'Admin' | 'Sales',
): Promise<TestUser> {
  const out = await idp().send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: env('USER_POOL_CLIENT_ID'),
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );
  const idToken = out.AuthenticationResult?.IdToken;
  const refreshToken = out.AuthenticationResult?.RefreshToken;
  if (!idToken || !refreshToken) throw new Error(`Sign-in of ${email} returned no tokens.`);
  const claims = JSON.parse(
    Buffer.from(idToken.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as { sub: string };
  return { email, password, role, idToken, refreshToken, sub: claims.sub };
}

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

/** Call the local API. `token` null = anonymous. JSON bodies are sent and parsed as JSON. */
export async function api<T = unknown>(
  pathAndQuery: string,
  opts: {
    method?: string;
    token?: string | null;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  let body: string | Blob | undefined;
  if (opts.body instanceof Uint8Array) body = new Blob([Buffer.from(opts.body)]);
  else if (opts.body !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  }
  const res = await fetch(`${apiUrl()}${pathAndQuery}`, {
    method: opts.method ?? 'GET',
    headers,
    body,
  });
  const text = await res.text();
  let parsed: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}
