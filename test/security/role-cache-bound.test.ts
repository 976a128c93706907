import type { UserProfile } from '../../core';
import { MemoryUserStore } from '../../backend/adapters/memory/memory-user-store';
import { json } from '../../backend/http/response';
import { identity } from '../../backend/middleware/identity';
import {
  CachedUserStatus,
  MAX_STATUS_CACHE_SECONDS,
  userStatusCacheSeconds,
} from '../../backend/middleware/user-status';
import { sampleAudit } from '../contracts/fixtures';
import { createApiHandler } from '../../backend/http/router';
import { ROUTES } from '../../core';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { RouteTable } from '../../backend/http/router';

/**
 * Issue 15, finding 1, in another warm container: the admin function that demotes a user drops
 * its own cache at once (api-probes.test.ts), a second container acts on what it read for at most
 * the cache TTL — never more than a minute, whatever USER_STATUS_CACHE_SECONDS says.
 */
const admin = (role: 'Admin' | 'Sales'): UserProfile => ({
  userId: 'ada',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Admin',
  role,
  company: '',
  phone: '',
  jobTitle: '',
  preferences: {},
  status: 'active',
  createdAt: '2026-11-26T09:00:00.000Z',
  updatedAt: '2026-11-26T09:00:00.000Z',
  lastSeenAt: '2026-11-26T09:00:00.000Z',
});

const event = {
  httpMethod: 'GET',
  path: '/admin/users',
  body: null,
  headers: {},
  requestContext: {
    requestId: 'r1',
    apiId: 'abc123',
    // The token still says Admin: it was issued before the demotion.
    authorizer: { claims: { sub: 'ada', email: 'ada@example.com', 'custom:role': 'Admin' } },
  },
} as unknown as APIGatewayProxyEvent;

describe('a demoted Admin is refused by every container within the cache bound', () => {
  it('the bound is at most a minute', () => {
    expect(MAX_STATUS_CACHE_SECONDS).toBeLessThanOrEqual(60);
    expect(userStatusCacheSeconds({ USER_STATUS_CACHE_SECONDS: '86400' })).toBeLessThanOrEqual(60);
  });

  it('another container refuses the old token once its entry is older than the TTL', async () => {
    const store = new MemoryUserStore();
    await store.create(admin('Admin'), sampleAudit('ada', 'user.profile.create'));
    let now = 0;
    const ttlMs = userStatusCacheSeconds({}) * 1000;
    const otherContainer = new CachedUserStatus(store, ttlMs, () => now, new Map());
    const table: Record<string, RouteTable[string]> = {};
    for (const r of ROUTES.filter((x) => x.fn === 'admin'))
      table[`${r.method} ${r.path}`] = async () => json(200, {});
    const handler = createApiHandler('admin', table, { middlewares: [identity(otherContainer)] });

    expect((await handler(event)).statusCode).toBe(200);
    await store.update(
      'ada',
      { role: 'Sales', updatedAt: '2026-11-26T09:01:00.000Z' },
      sampleAudit('ada', 'user.admin-update'),
    );
    now = ttlMs;
    const refused = await handler(event);
    expect(refused.statusCode).toBe(403);
    expect(ttlMs).toBeLessThanOrEqual(60_000);
    // Behind API Gateway the response also carries HSTS.
    expect(refused.headers?.['Strict-Transport-Security']).toMatch(/max-age=31536000/);
  });
});
