import type { UserProfile } from '../../../core';
import { MemoryUserStore } from '../../../backend/adapters/memory/memory-user-store';
import { json } from '../../../backend/http/response';
import { identity } from '../../../backend/middleware/identity';
import {
  CachedUserStatus,
  forgettingUpdates,
  userStatusCacheSeconds,
} from '../../../backend/middleware/user-status';
import type { UserStore } from '../../../backend/ports/user-store';
import { sampleAudit } from '../../contracts/fixtures';
import { estimations, event } from './pipeline-fixtures';

const profile = (
  userId: string,
  status: 'active' | 'disabled',
  role: 'Admin' | 'Sales' = 'Sales',
): UserProfile => ({
  userId,
  email: `${userId}@example.com`,
  firstName: userId,
  lastName: 'Test',
  role,
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

const as = (sub: string | null) =>
  event({
    requestContext: {
      requestId: 'r1',
      apiId: 'local',
      authorizer: sub ? { claims: { sub } } : undefined,
      identity: { sourceIp: '127.0.0.1' },
    } as never,
  });

describe('disabled accounts are refused by the identity middleware', () => {
  it('answers 403 with a clear message for a disabled user and never runs the handler', async () => {
    const { store } = countingStore();
    await store.create(profile('dora', 'disabled'), sampleAudit('dora', 'user.profile.create'));
    await store.create(profile('ann', 'active'), sampleAudit('ann', 'user.profile.create'));
    let calls = 0;
    const handler = estimations(
      [identity(new CachedUserStatus(store, 30_000, () => 0, new Map()))],
      async () => (calls++, json(200, {})),
    );
    const refused = await handler(as('dora'));
    expect(refused.statusCode).toBe(403);
    expect(JSON.parse(refused.body)).toMatchObject({
      error: 'Forbidden',
      message: expect.stringContaining('account is disabled'),
      requestId: 'r1',
    });
    expect(calls).toBe(0);
    expect((await handler(as('ann'))).statusCode).toBe(200);
    // No profile yet (the first request creates it): not refused.
    expect((await handler(as('newcomer'))).statusCode).toBe(200);
    expect((await handler(as(null))).statusCode).toBe(401);
    expect(calls).toBe(2);
  });

  it('reads the users table at most once per user per TTL', async () => {
    const { store, counted, reads } = countingStore();
    await store.create(profile('ann', 'active'), sampleAudit('ann', 'user.profile.create'));
    let t = 0;
    const status = new CachedUserStatus(counted, 30_000, () => t, new Map());
    for (let i = 0; i < 5; i++) expect((await status.lookup('ann'))?.disabled).toBe(false);
    expect(reads()).toBe(1);
    await store.update(
      'ann',
      { status: 'disabled', updatedAt: '2026-11-26T09:01:00.000Z' },
      sampleAudit('ann', 'user.admin-update'),
    );
    t = 29_999;
    expect((await status.lookup('ann'))?.disabled).toBe(false); // still trusted within the TTL
    t = 30_000;
    expect((await status.lookup('ann'))?.disabled).toBe(true);
    expect(reads()).toBe(2);
  });

  it('an admin update through the forgetting store is seen at once in the same process', async () => {
    const { store, counted } = countingStore();
    await store.create(profile('bea', 'active'), sampleAudit('bea', 'user.profile.create'));
    // The default (process-wide) cache, as the handlers use it.
    const status = new CachedUserStatus(counted, 60_000);
    expect((await status.lookup('bea'))?.disabled).toBe(false);
    await forgettingUpdates(store).update(
      'bea',
      { status: 'disabled', updatedAt: '2026-11-26T09:01:00.000Z' },
      sampleAudit('bea', 'user.admin-update'),
    );
    expect((await status.lookup('bea'))?.disabled).toBe(true);
  });

  it('fails closed for mutations and serves reads with the Sales role when the users table is down', async () => {
    const handler = estimations([
      identity({
        lookup: async () => {
          throw Object.assign(new Error('ProvisionedThroughputExceeded'), {
            name: 'ProvisionedThroughputExceededException',
          });
        },
      }),
    ]);
    const write = await handler(
      event({
        httpMethod: 'POST',
        body: '{}',
        headers: { 'Content-Type': 'application/json' },
        requestContext: {
          requestId: 'r1',
          apiId: 'local',
          authorizer: { claims: { sub: 'ann', 'custom:role': 'Admin' } },
        } as never,
      }),
    );
    expect(write.statusCode).toBe(503);
    expect(write.headers?.['Retry-After']).toBe('5');
    const readHandler = estimations(
      [
        identity({
          lookup: async () => {
            throw new Error('down');
          },
        }),
      ],
      async () => json(200, {}),
    );
    expect((await readHandler(as('ann'))).statusCode).toBe(200);
  });

  it('takes the TTL from USER_STATUS_CACHE_SECONDS, 30 s by default, never above a minute', () => {
    expect(userStatusCacheSeconds({})).toBe(30);
    expect(userStatusCacheSeconds({ USER_STATUS_CACHE_SECONDS: '0' })).toBe(0);
    expect(userStatusCacheSeconds({ USER_STATUS_CACHE_SECONDS: 'soon' })).toBe(30);
    expect(userStatusCacheSeconds({ USER_STATUS_CACHE_SECONDS: '3600' })).toBe(60);
  });
});
