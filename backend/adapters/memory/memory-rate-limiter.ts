import type { RateDecision, RateLimiter } from '../../ports/rate-limiter';

/** Fixed one-minute windows in memory (one process); the DynamoDB limiter shares counts across Lambdas. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly limitPerMinute: number) {}

  async hit(key: string, now: Date): Promise<RateDecision> {
    const window = Math.floor(now.getTime() / 60_000);
    const id = `${key}#${window}`;
    const count = (this.counts.get(id) ?? 0) + 1;
    this.counts.set(id, count);
    return decide(count, this.limitPerMinute, now);
  }
}

export function decide(count: number, limit: number, now: Date): RateDecision {
  const windowEndMs = (Math.floor(now.getTime() / 60_000) + 1) * 60_000;
  return {
    allowed: count <= limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEndMs - now.getTime()) / 1000)),
  };
}
