import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { AuditLogEntry, Page, UserProfile } from '../../core';
import { awsClients } from '../../backend/adapters/aws-clients';
import { loadConfig, tableName } from '../../backend/config/env';
import { sampleRequirements } from '../contracts/fixtures';
import type { TestUser } from '../helpers/stack-client';
import { api, createTestUser } from '../helpers/stack-client';
import { createEstimationAs } from '../integration/api-fixtures';

/**
 * Issue 15's probes over HTTP against the local stack (findings 1, 2, 4, 6, 8): each failed before
 * the change it names.
 */
type ErrorBody = {
  error: string;
  message: string;
  details: { issues?: { path: string }[] } | null;
};

const idp = () =>
  new CognitoIdentityProviderClient({
    endpoint: process.env.COGNITO_ENDPOINT,
    region: 'us-east-1',
  });

async function accessToken(user: TestUser): Promise<string> {
  const out = await idp().send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: process.env.USER_POOL_CLIENT_ID,
      AuthParameters: { USERNAME: user.email, PASSWORD: user.password },
    }),
  );
  return out.AuthenticationResult?.AccessToken ?? '';
}

const refresh = (user: TestUser) =>
  idp().send(
    new InitiateAuthCommand({
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: process.env.USER_POOL_CLIENT_ID,
      AuthParameters: { REFRESH_TOKEN: user.refreshToken },
    }),
  );

describe('finding 1: role and status come from the users table, not the token', () => {
  it('a demoted Admin is refused at once with the token they hold, and cannot refresh it', async () => {
    const [boss, demoted] = await Promise.all([
      createTestUser('Admin', 'boss'),
      createTestUser('Admin', 'demoted'),
    ]);
    const me = await api<UserProfile>('/users/me', { token: demoted.idToken });
    expect(me.body.role).toBe('Admin');
    expect((await api('/admin/users', { token: demoted.idToken })).status).toBe(200);

    const demote = await api<UserProfile>(`/admin/users/${demoted.sub}`, {
      method: 'PUT',
      token: boss.idToken,
      body: { role: 'Sales' },
    });
    expect(demote.status).toBe(200);

    // The same ID token (custom:role=Admin, still valid) no longer opens admin routes.
    for (const [method, path, body] of [
      ['GET', '/admin/users', undefined],
      ['GET', '/admin/audit-logs', undefined],
      ['PUT', '/admin/settings', { defaultRegion: 'us-east-1' }],
    ] as const) {
      const res = await api(path, { method, token: demoted.idToken, body });
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 403 });
    }
    // GET /users/me does not write the token's role back into the users table.
    const after = await api<UserProfile>('/users/me', { token: demoted.idToken });
    expect(after.body.role).toBe('Sales');
    const config = loadConfig();
    const stored = await awsClients(config).dynamo.send(
      new GetCommand({ TableName: tableName(config, 'users'), Key: { userId: demoted.sub } }),
    );
    expect(stored.Item?.role).toBe('Sales');
    // The role change signed the user out of Cognito: the refresh token no longer works.
    await expect(refresh(demoted)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    // Others' sessions are untouched.
    await expect(refresh(boss)).resolves.toBeDefined();
  }, 60_000);

  it('a disable also signs the user out: their refresh token is refused', async () => {
    const [boss, target] = await Promise.all([
      createTestUser('Admin', 'disabler'),
      createTestUser('Sales', 'signedout'),
    ]);
    await api('/users/me', { token: target.idToken });
    await expect(refresh(target)).resolves.toBeDefined();
    const res = await api(`/admin/users/${target.sub}`, {
      method: 'PUT',
      token: boss.idToken,
      body: { status: 'disabled' },
    });
    expect(res.status).toBe(200);
    await expect(refresh(target)).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  }, 60_000);
});

describe('finding 2: the local pool refuses what the deployed pool refuses', () => {
  it('UpdateUserAttributes with custom:role is refused; given_name is allowed', async () => {
    const user = await createTestUser('Sales', 'climber');
    const token = await accessToken(user);
    await expect(
      idp().send(
        new UpdateUserAttributesCommand({
          AccessToken: token,
          UserAttributes: [{ Name: 'custom:role', Value: 'Admin' }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    await expect(
      idp().send(
        new UpdateUserAttributesCommand({
          AccessToken: token,
          UserAttributes: [{ Name: 'given_name', Value: 'Renamed' }],
        }),
      ),
    ).resolves.toBeDefined();
    // And the API never saw an Admin.
    const fresh = await idp().send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: process.env.USER_POOL_CLIENT_ID,
        AuthParameters: { USERNAME: user.email, PASSWORD: user.password },
      }),
    );
    const idToken = fresh.AuthenticationResult?.IdToken ?? '';
    expect((await api('/admin/users', { token: idToken })).status).toBe(403);
  }, 60_000);

  it('SignUp is refused (accounts are created by an admin)', async () => {
    await expect(
      idp().send(
        new SignUpCommand({
          ClientId: process.env.USER_POOL_CLIENT_ID,
          Username: `self-${Date.now()}@test.example.com`,
          Password: 'Self#Signup2026',
          UserAttributes: [{ Name: 'custom:role', Value: 'Admin' }],
        }),
      ),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });
});

describe('finding 4: crafted cursors and malformed paths are 400s, never 500s', () => {
  const crafted = Buffer.from('{"a":1}').toString('base64url');

  it('every list route refuses a crafted cursor and one from another listing, naming the parameter', async () => {
    const [admin, sales] = await Promise.all([
      createTestUser('Admin', 'cursor-admin'),
      createTestUser('Sales', 'cursor-sales'),
    ]);
    for (let i = 0; i < 3; i++) await createEstimationAs(sales, `paged ${i}`);
    const own = await api<Page<unknown>>('/estimations?limit=1', { token: sales.idToken });
    const issued = own.body.nextCursor;
    expect(issued).toEqual(expect.any(String));
    const lists = [
      '/estimations',
      '/documents',
      '/admin/users',
      '/admin/audit-logs',
      `/admin/audit-logs?userId=${sales.sub}`,
    ];
    for (const list of lists) {
      const sep = list.includes('?') ? '&' : '?';
      for (const cursor of [crafted, `${issued}x`, 'not-a-cursor']) {
        const res = await api<ErrorBody>(`${list}${sep}cursor=${encodeURIComponent(cursor)}`, {
          token: admin.idToken,
        });
        expect({ list, cursor, status: res.status }).toEqual({ list, cursor, status: 400 });
        expect(res.body.details?.issues?.[0]?.path).toBe('$.cursor');
      }
    }
    // Sales' own cursor is fine for Sales, and refused on the admin's listing of estimations.
    expect(
      (await api(`/estimations?limit=1&cursor=${issued}`, { token: sales.idToken })).status,
    ).toBe(200);
    expect(
      (await api(`/estimations?limit=1&cursor=${issued}`, { token: admin.idToken })).status,
    ).toBe(400);
  }, 60_000);

  it('a malformed percent-encoding in a path is a 400, with or without a token', async () => {
    const user = await createTestUser('Sales', 'pathy');
    for (const token of [null, user.idToken]) {
      const res = await api<ErrorBody>('/estimations/%E0%A4%A', { token });
      expect(res.status).toBe(400);
    }
  });
});

describe('finding 6: content type, numeric bounds and control characters', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await createTestUser('Sales', 'inputs');
  });
  const body = (over: Record<string, unknown> = {}) => ({
    name: 'Bounded',
    requirements: sampleRequirements(1),
    ...over,
  });

  it('JSON routes answer 415 to text/plain, XML and octet-stream bodies', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/octet-stream']) {
      const res = await api<ErrorBody>('/estimations', {
        method: 'POST',
        token: user.idToken,
        body: JSON.stringify(body()),
        headers: { 'Content-Type': type },
      });
      expect({ type, status: res.status }).toEqual({ type, status: 415 });
      expect(res.body.error).toBe('UnsupportedMediaType');
    }
  });

  it('a quantity of 1e308 is refused with its JSON path, as is a 100-digit decimal', async () => {
    const reqs = sampleRequirements(1);
    const res = await api<ErrorBody>('/estimations', {
      method: 'POST',
      token: user.idToken,
      body: body({
        requirements: { ...reqs, items: reqs.items.map((i) => ({ ...i, quantity: 1e308 })) },
      }),
    });
    expect(res.status).toBe(400);
    expect(res.body.details?.issues?.map((i) => i.path)).toContain(
      '$.requirements.items[0].quantity',
    );
  });

  it.each([
    ['NUL', 'Acme\u0000'],
    ['ESC', 'Acme\u001b[31m'],
    ['RIGHT-TO-LEFT OVERRIDE', 'invoice\u202Efdp.exe'],
  ])('a name with %s is refused naming the field', async (_what, name) => {
    const res = await api<ErrorBody>('/estimations', {
      method: 'POST',
      token: user.idToken,
      body: body({ name }),
    });
    expect(res.status).toBe(400);
    expect(res.body.details?.issues?.map((i) => i.path)).toContain('$.name');
    expect(res.body.message).toMatch(/control characters \(U\+/);
  });

  it('tab and newline stay allowed, as do other scripts', async () => {
    const res = await api('/estimations', {
      method: 'POST',
      token: user.idToken,
      body: body({ name: '東京\tमुंबई\nAcme' }),
    });
    expect(res.status).toBe(201);
  });
});

describe('finding 8: audit newest first across pages; API security headers', () => {
  it('the unfiltered audit log pages newest first', async () => {
    const admin = await createTestUser('Admin', 'auditor');
    const sales = await createTestUser('Sales', 'audited');
    for (let i = 0; i < 4; i++) await createEstimationAs(sales, `audited ${i}`);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 8; page++) {
      const q: string = `/admin/audit-logs?limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await api<Page<AuditLogEntry>>(q, { token: admin.idToken });
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((e) => e.timestamp));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen.length).toBeGreaterThanOrEqual(10);
    expect(seen).toEqual([...seen].sort().reverse());
  }, 60_000);

  it('API responses carry nosniff and no-store', async () => {
    const user = await createTestUser('Sales', 'headers');
    for (const res of [
      await api('/users/me', { token: user.idToken }),
      await api('/users/me'),
      await api('/no/such/route'),
    ]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});
