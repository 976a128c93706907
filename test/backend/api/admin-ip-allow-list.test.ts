import { MemoryCatalogStore } from '../../../backend/adapters/memory/catalog-store';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { BlobCatalogRefreshLog } from '../../../backend/adapters/blob-catalog-refresh-log';
import { InProcessRefreshStarter } from '../../../backend/adapters/catalog-refresh-starters';
import { MemoryEmbeddedCoverage } from '../../../backend/adapters/memory/memory-embedded-coverage';
import { MemoryIdentityAdmin } from '../../../backend/adapters/memory/memory-identity-admin';
import { MemoryUserStore } from '../../../backend/adapters/memory/memory-user-store';
import { createApiHandler } from '../../../backend/http/router';
import {
  ADMIN_IP_REFUSED,
  adminIpAllowList,
} from '../../../backend/middleware/admin-ip-allow-list';
import { refreshConfig } from '../../../backend/pricing/configured-source';
import type { SettingsStore } from '../../../backend/ports/settings-store';
import { adminRoutes } from '../../../backend/routes/admin';
import { CachedSettingsStore } from '../../../backend/use-cases/settings/cached-settings';
import { fakes, testCatalog } from './fakes';

/** The admin function as handlers/admin.ts builds it, over in-memory fakes and a counted store. */
function adminFunction(now: () => number = () => 0) {
  const f = fakes();
  let reads = 0;
  let failing = false;
  const counted: SettingsStore = {
    get: () => {
      reads++;
      return failing ? Promise.reject(new Error('DynamoDB timed out')) : f.settings.get();
    },
    replace: (next, expected, audit) => f.settings.replace(next, expected, audit),
  };
  const settings = new CachedSettingsStore(counted, 30_000, now);
  const refreshLog = new BlobCatalogRefreshLog(f.blobs);
  const routes = adminRoutes({
    ...f,
    users: new MemoryUserStore(f.audit),
    identity: new MemoryIdentityAdmin(),
    settings: settings.readThrough(),
    catalog: testCatalog,
    embeddedCoverage: new MemoryEmbeddedCoverage({ version: 'v-test', createdAt: '', shards: [] }),
    catalogStore: new MemoryCatalogStore(),
    refreshLog,
    refreshStarter: new InProcessRefreshStarter(async () => undefined),
    refreshConfig: refreshConfig({}),
    // The audit list's target names play no part in the allow-list.
    targetNames: { names: async () => new Map() },
  });
  const handler = createApiHandler('admin', routes, {
    middlewares: [adminIpAllowList({ ...f, settings })],
  });
  return {
    f,
    handler,
    reads: () => reads,
    failReads: () => (failing = true),
  };
}

function request(
  method: string,
  path: string,
  sourceIp: string,
  body?: unknown,
): APIGatewayProxyEvent {
  return {
    httpMethod: method,
    path,
    body: body === undefined ? null : JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
    queryStringParameters: null,
    requestContext: {
      requestId: `r-${sourceIp}`,
      authorizer: {
        claims: { sub: 'root', email: 'root@example.com', 'custom:role': 'Admin' },
      },
      identity: { sourceIp },
    },
  } as unknown as APIGatewayProxyEvent;
}

async function call(
  handler: ReturnType<typeof adminFunction>['handler'],
  ...args: Parameters<typeof request>
) {
  const res = await handler(request(...args));
  return { status: res.statusCode, body: JSON.parse(res.body) as Record<string, unknown> };
}

async function saveList(fn: ReturnType<typeof adminFunction>, list: string[], from: string) {
  const current = await call(fn.handler, 'GET', '/admin/settings', from);
  return call(fn.handler, 'PUT', '/admin/settings', from, {
    version: current.body.version,
    adminIpAllowList: list,
  });
}

describe('admin IP allow-list', () => {
  it('lets every address through while the list is empty (the default)', async () => {
    const fn = adminFunction();
    expect((await call(fn.handler, 'GET', '/admin/users', '198.51.100.20')).status).toBe(200);
    const me = await call(fn.handler, 'GET', '/admin/whoami', '198.51.100.20');
    expect(me.body).toEqual({
      userId: 'root',
      email: 'root@example.com',
      role: 'Admin',
      sourceIp: '198.51.100.20',
      allowed: true,
    });
  });

  it('saves a list holding the caller, audits it, then refuses other addresses with 403 and an audit entry', async () => {
    const fn = adminFunction();
    const saved = await saveList(fn, ['203.0.113.0/24', '2001:db8::/32'], '203.0.113.9');
    expect(saved.status).toBe(200);
    expect(saved.body.adminIpAllowList).toEqual(['203.0.113.0/24', '2001:db8::/32']);
    expect(fn.f.audit.entries.at(-1)).toMatchObject({
      action: 'settings.update',
      changes: { adminIpAllowList: [[], ['203.0.113.0/24', '2001:db8::/32']] },
    });

    expect((await call(fn.handler, 'GET', '/admin/metrics', '203.0.113.200')).status).toBe(200);
    expect((await call(fn.handler, 'GET', '/admin/users', '2001:db8:5::1')).status).toBe(200);
    const refused = await call(fn.handler, 'GET', '/admin/users', '198.51.100.20');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: 'Forbidden',
      details: { sourceIp: '198.51.100.20' },
    });
    expect(refused.body.message).toContain('198.51.100.20 is not in the admin IP allow-list');
    expect(fn.f.audit.entries.at(-1)).toMatchObject({
      action: ADMIN_IP_REFUSED,
      userId: 'root',
      userEmail: 'root@example.com',
      targetType: 'route',
      targetId: 'GET /admin/users',
      requestId: 'r-198.51.100.20',
      changes: { sourceIp: '198.51.100.20', path: '/admin/users' },
    });
    // An IPv4 client seen through a dual-stack socket is its IPv4 address.
    expect(
      (await call(fn.handler, 'GET', '/admin/whoami', '::ffff:203.0.113.5')).body,
    ).toMatchObject({ sourceIp: '203.0.113.5', allowed: true });
  });

  it('refuses to save a list that leaves out the caller (lock-out guard), and nothing is written', async () => {
    const fn = adminFunction();
    const before = fn.f.audit.entries.length;
    const res = await saveList(fn, ['10.0.0.0/8'], '192.0.2.44');
    expect(res.status).toBe(409);
    expect(res.body.message).toContain(
      'Your current address 192.0.2.44 is in none of the allowed ranges',
    );
    expect(res.body.details).toEqual({ reason: 'AllowListExcludesCaller', sourceIp: '192.0.2.44' });
    expect(fn.f.audit.entries.length).toBe(before);
    expect(
      (await call(fn.handler, 'GET', '/admin/settings', '192.0.2.44')).body.adminIpAllowList,
    ).toEqual([]);
    // Emptying the list is always allowed (from an allowed address).
    expect((await saveList(fn, ['192.0.2.0/24'], '192.0.2.44')).status).toBe(200);
    expect((await saveList(fn, [], '192.0.2.44')).status).toBe(200);
    expect((await call(fn.handler, 'GET', '/admin/users', '198.51.100.1')).status).toBe(200);
  });

  it('names each invalid entry by its label in a 400, at its JSON path', async () => {
    const fn = adminFunction();
    const res = await saveList(fn, ['192.0.2.0/24', '192.0.2.300/24', '192.0.2.0/24'], '192.0.2.1');
    expect(res.status).toBe(400);
    expect((res.body.details as { issues: unknown[] }).issues).toEqual([
      {
        path: '$.adminIpAllowList[1]',
        message:
          'Allowed range 2: "192.0.2.300/24" is not a CIDR range: 192.0.2.300 is not an IPv4 address',
      },
      {
        path: '$.adminIpAllowList[2]',
        message: 'Allowed range 3: "192.0.2.0/24" repeats allowed range 1',
      },
    ]);
  });

  it('reads the settings through the cache: one read per 30 s for the checks, a save applies at once', async () => {
    let clock = 0;
    const fn = adminFunction(() => clock);
    await saveList(fn, ['192.0.2.0/24'], '192.0.2.1'); // the GET and the PUT read the store
    const afterSave = fn.reads();
    for (let i = 0; i < 5; i++) await call(fn.handler, 'GET', '/admin/metrics', '192.0.2.1');
    expect(fn.reads()).toBe(afterSave);
    expect((await call(fn.handler, 'GET', '/admin/metrics', '198.51.100.1')).status).toBe(403);
    clock += 30_000;
    await call(fn.handler, 'GET', '/admin/metrics', '192.0.2.1');
    expect(fn.reads()).toBe(afterSave + 1);
  });

  it('refuses admin routes with 503 when the settings cannot be read (fail closed)', async () => {
    const fn = adminFunction();
    fn.failReads();
    const res = await call(fn.handler, 'GET', '/admin/users', '192.0.2.1');
    expect(res.status).toBe(503);
    expect(res.body.message).toContain('The admin IP allow-list cannot be read right now');
  });
});
