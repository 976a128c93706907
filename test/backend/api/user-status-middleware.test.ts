import type { APIGatewayProxyEvent } from 'aws-lambda';
import type { UserProfile } from '../../../core';
import { MemoryRateLimiter } from '../../../backend/adapters/memory/memory-rate-limiter';
import { MemoryUsageCounters } from '../../../backend/adapters/memory/memory-usage-counters';
import { MemoryUserStore } from '../../../backend/adapters/memory/memory-user-store';
import { json } from '../../../backend/http/response';
import {
  CachedUserStatus,
  forgettingUpdates,
  userStatusCacheSeconds,
} from '../../../backend/middleware/user-status';
import { withLimits } from '../../../backend/middleware/with-limits';
import type { UserStore } from '../../../backend/ports/user-store';
import { sampleAudit } from '../../contracts/fixtures';

const event = (sub: string | null): APIGatewayProxyEvent =>
  ({
    httpMethod: 'GET',
    path: '/estimations',
    body: null,
    headers: {},
    requestContext: {
      requestId: 'r1',
      authorizer: sub ? { claims: { sub } } : undefined,
      identity: { sourceIp: '127.0.0.1' },
    },
  }) as unknown as APIGatewayProxyEvent;

const profile = (userId: string, status: 'active' | 'disabled'): UserProfile => ({
  userId,
  email: `${userId}@example.com`,
  firstName: userId,
  lastName: 'Test',
  role: 'Sales',
  company: '',
  phone: '',
  jobTitle: '',
  preferences: {},
  status,
  createdAt: '2026-11-26T09:00:00.000Z',
  updatedAt: '2026-11-26T09:00:00.000Z',
  lastSeenAt: '2026-11-26T09:00:00.000Z',
});

/** A users store that counts reads, so the cache's "one GetItem per TTL" is observable. */
function countingStore() {
  const store = new MemoryUserStore();
  let reads = 0;
  const counted: Pick<UserStore, 'get'> = {
    get: async (id) => {
      reads++;
      return store.get(id);
    },
  };
  return { store, counted, reads: () => reads };
}

describe('disabled accounts are refused by the shared middleware', () => {
  it('answers 403 with a clear message for a disabled user and never runs the handler', async () => {
    const { store } = countingStore();
    await store.create(profile('dora', 'disabled'), sampleAudit('dora', 'user.profile.create'));
    await store.create(profile('ann', 'active'), sampleAudit('ann', 'user.profile.create'));
    let calls = 0;
    const handler = withLimits('estimations', async () => (calls++, json(200, {})), {
      limiter: new MemoryRateLimiter(100),
      counters: new MemoryUsageCounters(),
      maxBodyBytes: () => 1000,
      userStatus: new CachedUserStatus(store, 30_000, () => 0, new Map()),
    });
    const refused = await handler(event('dora'));
    expect(refused.statusCode).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({
      error: 'Forbidden',
      message: expect.stringContaining('account is disabled'),
      requestId: 'r1',
    });
    expect(calls).toBe(0);
    expect((await handler(event('ann'))).statusCode).toBe(200);
    // No profile yet (the first request creates it) and anonymous requests are not refused.
    expect((await handler(event('newcomer'))).statusCode).toBe(200);
    expect((await handler(event(null))).statusCode).toBe(200);
    expect(calls).toBe(3);
  });

  it('reads the users table at most once per user per TTL', async () => {
    const { store, counted, reads } = countingStore();
    await store.create(profile('ann', 'active'), sampleAudit('ann', 'user.profile.create'));
    let t = 0;
    const status = new CachedUserStatus(counted, 30_000, () => t, new Map());
    for (let i = 0; i < 5; i++) expect(await status.isDisabled('ann')).toBe(false);
    expect(reads()).toBe(1);
    await store.update(
      'ann',
      { status: 'disabled', updatedAt: '2026-11-26T09:01:00.000Z' },
      sampleAudit('ann', 'user.admin-update'),
    );
    t = 29_999;
    expect(await status.isDisabled('ann')).toBe(false); // still trusted within the TTL
    t = 30_000;
    expect(await status.isDisabled('ann')).toBe(true);
    expect(reads()).toBe(2);
  });

  it('an admin update through the forgetting store is seen at once in the same process', async () => {
    const { store, counted } = countingStore();
    await store.create(profile('bea', 'active'), sampleAudit('bea', 'user.profile.create'));
    // The default (process-wide) cache, as the handlers use it.
    const status = new CachedUserStatus(counted, 60_000);
    expect(await status.isDisabled('bea')).toBe(false);
    await forgettingUpdates(store).update(
      'bea',
      { status: 'disabled', updatedAt: '2026-11-26T09:01:00.000Z' },
      sampleAudit('bea', 'user.admin-update'),
    );
    expect(await status.isDisabled('bea')).toBe(true);
  });

  it('fails open (logged) when the users table is unavailable', async () => {
    const handler = withLimits('estimations', async () => json(200, {}), {
      limiter: new MemoryRateLimiter(100),
      counters: new MemoryUsageCounters(),
      maxBodyBytes: () => 1000,
      userStatus: {
        isDisabled: async () => {
          throw new Error('ProvisionedThroughputExceeded');
        },
      },
    });
    expect((await handler(event('ann'))).statusCode).toBe(200);
  });

  it('takes the TTL from USER_STATUS_CACHE_SECONDS, 30 s by default', () => {
    expect(userStatusCacheSeconds({})).toBe(30);
    expect(userStatusCacheSeconds({ USER_STATUS_CACHE_SECONDS: '0' })).toBe(0);
    expect(userStatusCacheSeconds({ USER_STATUS_CACHE_SECONDS: 'soon' })).toBe(30);
  });
});
