import type { ApiErrorBody } from '../../core';
import { api, createTestUser } from '../helpers/stack-client';

/**
 * The per-user limit (RATE_LIMIT_PER_MINUTE, default 1,000; the stack of this run uses the value
 * globalSetup set). Windows are fixed minutes, so at most two windows' worth of requests are
 * needed to see the 429 even when the burst straddles a minute boundary.
 */
describe('rate limit per user', () => {
  it('answers 429 with Retry-After once a user exceeds the limit, without affecting other users', async () => {
    const limit = Number(process.env.RATE_LIMIT_PER_MINUTE ?? 1000);
    const [greedy, polite] = await Promise.all([
      createTestUser('Sales', 'greedy'),
      createTestUser('Sales', 'polite'),
    ]);
    let limited: { status: number; retryAfter: string | null; body: ApiErrorBody } | null = null;
    let sent = 0;
    const concurrency = 16;
    while (!limited && sent < 2 * limit + concurrency) {
      const batch = await Promise.all(
        Array.from({ length: concurrency }, () =>
          api<ApiErrorBody>('/dashboard/metrics?', { token: greedy.idToken }),
        ),
      );
      sent += batch.length;
      const hit = batch.find((r) => r.status === 429);
      const unexpected = batch.find((r) => r.status !== 200 && r.status !== 429);
      if (unexpected) throw new Error(`unexpected ${unexpected.status}: ${unexpected.text}`);
      if (hit)
        limited = {
          status: hit.status,
          retryAfter: hit.headers.get('retry-after'),
          body: hit.body,
        };
    }
    expect(limited).not.toBeNull();
    expect(sent).toBeGreaterThan(limit);
    expect(limited?.body.error).toBe('TooManyRequests');
    const retryAfter = Number(limited?.retryAfter);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await api('/dashboard/metrics', { token: polite.idToken })).status).toBe(200);
  }, 120_000);
});
