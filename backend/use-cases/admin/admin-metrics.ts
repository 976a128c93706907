import type { AdminMetrics } from '../../../core';
import type { EstimationRecord } from '../../ports/estimation-store';
import type { HourTraffic } from '../../ports/api-traffic';
import { trafficHour } from '../../ports/api-traffic';
import { lastDays } from '../../ports/usage-counters';
import { tallyEstimations } from '../metrics/estimation-tally';
import type { AdminDeps } from './deps';

/** Bounded: the user count pages through at most this many profiles. */
const USER_SCAN_LIMIT = 10_000;
/** Bounded: the estimation tally reads at most this many index records (never a part). */
export const ESTIMATION_SCAN_LIMIT = 20_000;

type MetricsDeps = Pick<
  AdminDeps,
  'users' | 'identity' | 'estimations' | 'documents' | 'counters' | 'traffic' | 'catalog' | 'clock'
>;

/**
 * The administrator's metrics. The estimation figures — total, by status, pipeline and won value —
 * are one tally over one scan of every user's index records, so the counts by status always sum
 * to the total (the old total counted the table while the statuses came from the admin's own).
 */
export async function adminMetrics(deps: MetricsDeps): Promise<AdminMetrics> {
  const now = deps.clock.now();
  const days = lastDays(now, CHART_DAYS);
  const [people, scan, documents, counts, catalog] = await Promise.all([
    userCounts(deps, now),
    everyEstimation(deps),
    deps.documents.readyByDay(days[0] as string),
    counterFigures(deps, now, days),
    deps.catalog.outline(),
  ]);
  const created = new Map<string, number>();
  for (const r of scan.records) {
    const day = r.createdAt.slice(0, 10);
    created.set(day, (created.get(day) ?? 0) + 1);
  }
  return {
    ...people,
    ...tallyEstimations(scan.records),
    estimationsComplete: scan.complete,
    documents: documents.total,
    calculations24h: counts.calculations24h,
    errors24h: counts.errors24h,
    requests24h: counts.requests24h,
    errorRate24h: counts.requests24h > 0 ? counts.errors24h / counts.requests24h : null,
    catalogVersion: catalog.version,
    daily: days.map((day, i) => ({
      day,
      estimations: created.get(day) ?? 0,
      documents: documents.readyByDay[day] ?? 0,
      calculations: counts.daily.calculations[i] ?? 0,
      requests: counts.daily.requests[i] ?? 0,
      errors: counts.daily.errors[i] ?? 0,
    })),
  };
}

/** The chart's span: the usage counters keep 15 days of hourly buckets. */
export const CHART_DAYS = 14;

/**
 * Calculations from the hourly counter; requests and 5xx answers from the API's traffic (API
 * Gateway's metrics in AWS), read once for the chart's days and summed for the last 24 hours.
 */
async function counterFigures(deps: MetricsDeps, now: Date, days: readonly string[]) {
  const [calculations24h, calculations, hours] = await Promise.all([
    deps.counters.sumSince('calculations', now, 24),
    deps.counters.byDay('calculations', now, CHART_DAYS),
    deps.traffic.hourly(new Date(`${days[0] as string}T00:00:00.000Z`), now),
  ]);
  const last24 = new Set(
    Array.from({ length: 24 }, (_, h) => trafficHour(new Date(now.getTime() - h * 3_600_000))),
  );
  const sum = (keep: (hour: string) => boolean, pick: keyof HourTraffic) => {
    let total = 0;
    for (const [hour, t] of hours) if (keep(hour)) total += t[pick];
    return total;
  };
  return {
    calculations24h,
    errors24h: sum((h) => last24.has(h), 'errors'),
    requests24h: sum((h) => last24.has(h), 'requests'),
    daily: {
      calculations,
      requests: days.map((d) => sum((h) => h.startsWith(`${d}T`), 'requests')),
      errors: days.map((d) => sum((h) => h.startsWith(`${d}T`), 'errors')),
    },
  };
}

/**
 * Users are the user pool's accounts, as the Users page lists them (also those who never signed
 * in); active users are profiles seen in the last 30 days (a profile exists once a user called the API).
 */
async function userCounts(
  deps: MetricsDeps,
  now: Date,
): Promise<{ users: number; activeUsers30d: number }> {
  const activeSince = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  let users = 0;
  let token: string | undefined;
  do {
    const page = await deps.identity.listUsers({ token, limit: 60 });
    users += page.users.length;
    token = page.nextToken ?? undefined;
  } while (token && users < USER_SCAN_LIMIT);
  let profiles = 0;
  let active = 0;
  let cursor: string | undefined;
  do {
    const page = await deps.users.list({ cursor, limit: 100 });
    profiles += page.items.length;
    active += page.items.filter((u) => u.status === 'active' && u.lastSeenAt >= activeSince).length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && profiles < USER_SCAN_LIMIT);
  return { users, activeUsers30d: active };
}

async function everyEstimation(
  deps: MetricsDeps,
): Promise<{ records: EstimationRecord[]; complete: boolean }> {
  const records: EstimationRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.estimations.scanAll({ cursor, limit: 500 });
    records.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && records.length < ESTIMATION_SCAN_LIMIT);
  return { records, complete: cursor === undefined };
}
