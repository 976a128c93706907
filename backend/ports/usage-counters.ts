/**
 * Hourly usage counters for the admin metrics: `calculations` (POST /calculations/cost). Requests
 * and errors are not counted here: the error rate comes from the API's traffic (ports/api-traffic.ts).
 */
export type UsageCounterName = 'calculations';

/** How long the hourly buckets are kept: the metrics chart shows the last 14 days. */
export const USAGE_COUNTER_DAYS = 15;

export interface UsageCounters {
  increment(name: UsageCounterName, at: Date): Promise<void>;
  /** Sum of the hourly buckets of the last `hours` hours up to `now`. */
  sumSince(name: UsageCounterName, now: Date, hours: number): Promise<number>;
  /** Sums per UTC day of the last `days` days up to `now`'s day, oldest first. */
  byDay(name: UsageCounterName, now: Date, days: number): Promise<number[]>;
}

/** The UTC days (`YYYY-MM-DD`) of the last `days` days up to `now`'s, oldest first. */
export function lastDays(now: Date, days: number): string[] {
  const out: string[] = [];
  for (let d = days - 1; d >= 0; d--)
    out.push(new Date(now.getTime() - d * 86_400_000).toISOString().slice(0, 10));
  return out;
}

/** Every hourly bucket (`YYYY-MM-DDTHH`) of those days. */
export function hoursOfDays(days: readonly string[]): string[] {
  return days.flatMap((day) =>
    Array.from({ length: 24 }, (_, h) => `${day}T${String(h).padStart(2, '0')}`),
  );
}
