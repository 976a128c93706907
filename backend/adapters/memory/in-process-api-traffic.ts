import type { ApiTraffic, HourTraffic } from '../../ports/api-traffic';
import { hourStart, trafficHour } from '../../ports/api-traffic';

/** Hours kept: the metrics chart shows 14 days. */
const KEEP_HOURS = 15 * 24;

/**
 * The traffic tally of one process: what the local API adapter answered, per UTC hour. On this
 * machine every function runs in the adapter's process, so the admin function reads the same tally
 * the adapter writes (`localApiTraffic`). Also the fake of the ApiTraffic port in tests.
 */
export class InProcessApiTraffic implements ApiTraffic {
  private readonly hours = new Map<string, { requests: number; errors: number }>();

  /** One answered request (the gateway's `Count`), and a `5XXError` when its status is 5xx. */
  record(statusCode: number, at: Date): void {
    const key = trafficHour(at);
    const hour = this.hours.get(key) ?? { requests: 0, errors: 0 };
    hour.requests += 1;
    if (statusCode >= 500) hour.errors += 1;
    this.hours.set(key, hour);
    if (this.hours.size > KEEP_HOURS)
      this.forgetBefore(new Date(at.getTime() - KEEP_HOURS * 3_600_000));
  }

  async hourly(since: Date, until: Date): Promise<ReadonlyMap<string, HourTraffic>> {
    const first = trafficHour(hourStart(since));
    const last = trafficHour(until);
    const out = new Map<string, HourTraffic>();
    for (const [key, hour] of this.hours)
      if (key >= first && key <= last) out.set(key, { ...hour });
    return out;
  }

  private forgetBefore(at: Date): void {
    const oldest = trafficHour(at);
    for (const key of [...this.hours.keys()]) if (key < oldest) this.hours.delete(key);
  }
}

/** The local stack's tally: the local API adapter records into it, the admin function reads it. */
export const localApiTraffic = new InProcessApiTraffic();
