import type { ApiTraffic } from '../../backend/ports/api-traffic';

export interface ApiTrafficSetup {
  readonly traffic: ApiTraffic;
  /** One request the API answered with `status` at `at`, as the gateway records it. */
  readonly answer: (status: number, at: Date) => Promise<void>;
}

const HOUR = 3_600_000;

/**
 * The ApiTraffic contract: requests and 5xx answers per UTC hour, from the hour holding `since`
 * up to `until`, whatever the source (the local tally, API Gateway's CloudWatch metrics).
 */
export function apiTrafficContract(name: string, setup: () => ApiTrafficSetup): void {
  describe(`ApiTraffic contract: ${name}`, () => {
    it('sums requests and 5xx answers per hour, from the hour holding `since` to `until`', async () => {
      const { traffic, answer } = setup();
      const base = new Date('2026-11-26T09:00:00.000Z');
      for (const status of [200, 404, 500, 503])
        await answer(status, new Date(base.getTime() + 5 * 60_000));
      for (const status of [201, 502])
        await answer(status, new Date(base.getTime() + HOUR + 59 * 60_000));
      await answer(200, new Date(base.getTime() - 1));
      await answer(500, new Date(base.getTime() + 3 * HOUR));
      const hours = await traffic.hourly(
        new Date(base.getTime() + 30 * 60_000),
        new Date(base.getTime() + 2 * HOUR + 10 * 60_000),
      );
      expect(Object.fromEntries(hours)).toEqual({
        '2026-11-26T09': { requests: 4, errors: 2 },
        '2026-11-26T10': { requests: 2, errors: 1 },
      });
    });

    it('reads 15 days of hourly traffic completely', async () => {
      const { traffic, answer } = setup();
      const start = new Date('2026-10-01T00:00:00.000Z');
      const hoursCount = 15 * 24;
      for (let h = 0; h < hoursCount; h++) {
        const at = new Date(start.getTime() + h * HOUR + 60_000);
        await answer(200, at);
        if (h % 24 === 0) await answer(500, at);
      }
      const hours = await traffic.hourly(start, new Date(start.getTime() + hoursCount * HOUR - 1));
      let requests = 0;
      let errors = 0;
      for (const t of hours.values()) {
        requests += t.requests;
        errors += t.errors;
      }
      expect({ hours: hours.size, requests, errors }).toEqual({
        hours: hoursCount,
        requests: hoursCount + 15,
        errors: 15,
      });
    });
  });
}
