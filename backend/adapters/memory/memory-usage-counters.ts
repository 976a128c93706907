import type { UsageCounterName, UsageCounters } from '../../ports/usage-counters';
import { lastDays } from '../../ports/usage-counters';

export class MemoryUsageCounters implements UsageCounters {
  private readonly hours = new Map<string, number>();

  async increment(name: UsageCounterName, at: Date): Promise<void> {
    const key = `${name}#${hourBucket(at)}`;
    this.hours.set(key, (this.hours.get(key) ?? 0) + 1);
  }

  async sumSince(name: UsageCounterName, now: Date, hours: number): Promise<number> {
    let sum = 0;
    for (const bucket of lastHours(now, hours)) sum += this.hours.get(`${name}#${bucket}`) ?? 0;
    return sum;
  }

  async byDay(name: UsageCounterName, now: Date, days: number): Promise<number[]> {
    return lastDays(now, days).map((day) => {
      let sum = 0;
      for (const [key, n] of this.hours) if (key.startsWith(`${name}#${day}T`)) sum += n;
      return sum;
    });
  }
}

/** `2026-11-26T09` */
export function hourBucket(at: Date): string {
  return at.toISOString().slice(0, 13);
}

export function lastHours(now: Date, hours: number): string[] {
  const out: string[] = [];
  for (let h = 0; h < hours; h++) out.push(hourBucket(new Date(now.getTime() - h * 3_600_000)));
  return out;
}
