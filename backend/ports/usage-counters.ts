/** Hourly usage counters for the admin metrics (calculations, server errors). */
export type UsageCounterName = 'calculations' | 'errors';

export interface UsageCounters {
  increment(name: UsageCounterName, at: Date): Promise<void>;
  /** Sum of the hourly buckets of the last `hours` hours up to `now`. */
  sumSince(name: UsageCounterName, now: Date, hours: number): Promise<number>;
}
