import { randomUUID } from 'node:crypto';
import type { RateLimiter } from '../../backend/ports/rate-limiter';
import type { UsageCounters } from '../../backend/ports/usage-counters';

/** RateLimiter (limit 3) and UsageCounters contracts: the fakes and the DynamoDB adapters pass them. */
export function rateLimiterContract(
  name: string,
  setup: () => { limiter: RateLimiter; counters: UsageCounters },
): void {
  describe(`RateLimiter and UsageCounters contract: ${name}`, () => {
    it('allows the limit per key per minute, then refuses with the seconds left in the window', async () => {
      const { limiter } = setup();
      const key = randomUUID();
      const at = new Date('2026-11-26T09:00:50.000Z');
      const decisions = [];
      for (let i = 0; i < 4; i++) decisions.push(await limiter.hit(key, at));
      expect(decisions.map((d) => [d.allowed, d.count])).toEqual([
        [true, 1],
        [true, 2],
        [true, 3],
        [false, 4],
      ]);
      expect(decisions[3]?.retryAfterSeconds).toBe(10);
      expect((await limiter.hit(randomUUID(), at)).allowed).toBe(true);
      expect((await limiter.hit(key, new Date('2026-11-26T09:01:00.000Z'))).count).toBe(1);
    });

    it('sums hourly usage over a trailing window', async () => {
      const { counters } = setup();
      const now = new Date(Date.UTC(2031, 0, 1, 12, Math.floor(Math.random() * 60)));
      await counters.increment('calculations', now);
      await counters.increment('calculations', new Date(now.getTime() - 3_600_000));
      await counters.increment('calculations', new Date(now.getTime() - 30 * 3_600_000));
      expect(await counters.sumSince('calculations', now, 24)).toBe(2);
    });

    it('sums hourly usage per UTC day, oldest day first', async () => {
      const { counters } = setup();
      // A day no other test writes: a random day of 2040, at 23:30 UTC.
      const day = new Date(Date.UTC(2040, 0, 1 + Math.floor(Math.random() * 300), 23, 30));
      await counters.increment('calculations', day);
      await counters.increment('calculations', new Date(day.getTime() - 60 * 60_000));
      await counters.increment('calculations', new Date(day.getTime() - 24 * 3_600_000));
      await counters.increment('calculations', new Date(day.getTime() + 60 * 60_000));
      // The last 3 days up to `day`: the day before, and `day` itself (its 22:30 and 23:30);
      // the increment an hour later falls on the next day, outside the window.
      expect(await counters.byDay('calculations', day, 3)).toEqual([0, 1, 2]);
    });
  });
}
