/** Requests the API answered in one UTC hour, and how many of them were 5xx responses. */
export interface HourTraffic {
  readonly requests: number;
  readonly errors: number;
}

/**
 * The API's traffic for the admin error rate, as the gateway sees it: every request (refusals by
 * the authorizer or the size limits included) and every 5xx answer, per UTC hour. In AWS it is
 * API Gateway's own CloudWatch metrics (`Count`, `5XXError`), read when the metrics page asks; on
 * this machine the local API adapter's tally in the process that serves every function. Nothing
 * is written per request (DECISIONS.md 76).
 */
export interface ApiTraffic {
  /**
   * Per UTC hour (`YYYY-MM-DDTHH`) from the hour holding `since` up to `until`; hours without
   * traffic may be absent.
   */
  hourly(since: Date, until: Date): Promise<ReadonlyMap<string, HourTraffic>>;
}

/** `2026-11-26T09` */
export function trafficHour(at: Date): string {
  return at.toISOString().slice(0, 13);
}

/** Start of the UTC hour holding `at`. */
export function hourStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 3_600_000) * 3_600_000);
}
