export interface RateDecision {
  readonly allowed: boolean;
  /** Requests counted in the current window, this one included. */
  readonly count: number;
  /** Seconds until the window resets (for Retry-After). */
  readonly retryAfterSeconds: number;
}

/** Fixed one-minute windows per key (a user id). */
export interface RateLimiter {
  hit(key: string, now: Date): Promise<RateDecision>;
}
