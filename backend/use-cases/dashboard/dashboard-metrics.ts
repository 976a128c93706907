import type { DashboardMetrics, EstimationStatus, Page, ValueCoverage } from '../../../core';
import { Decimal, isFullyPriced } from '../../../core';
import type { Caller } from '../../http/caller';
import type { AuditLogReader } from '../../ports/audit-query';
import type { DocumentStore } from '../../ports/document-store';
import type { EstimationRecord, EstimationStore } from '../../ports/estimation-store';

export interface DashboardDeps {
  readonly estimations: EstimationStore;
  readonly documents: DocumentStore;
  readonly auditReader: AuditLogReader;
}

/** A dashboard reads at most this many of the caller's records per kind (bounded work per request). */
export const DASHBOARD_SCAN_LIMIT = 2000;

/**
 * The caller's counts, totals by status, pipeline (draft + sent) and won monthly value, and recent
 * activity. Values sum USD results only: an estimate shown in another currency has no USD total.
 */
export async function dashboardMetrics(
  deps: DashboardDeps,
  caller: Caller,
): Promise<DashboardMetrics> {
  const [estimations, documents, activity] = await Promise.all([
    all((cursor) => deps.estimations.listByUser({ userId: caller.userId, cursor, limit: 100 })),
    all((cursor) => deps.documents.listByUser({ userId: caller.userId, cursor, limit: 100 })),
    deps.auditReader.query({ userId: caller.userId, limit: 10 }),
  ]);
  const byStatus: Record<EstimationStatus, number> = { draft: 0, sent: 0, won: 0, lost: 0 };
  for (const e of estimations) byStatus[e.status] += 1;
  return {
    estimations: estimations.length,
    byStatus,
    pipelineMonthlyValue: Decimal.sum(usdMonthly(estimations, ['draft', 'sent'])).toString(),
    wonMonthlyValue: Decimal.sum(usdMonthly(estimations, ['won'])).toString(),
    pipelineCoverage: valueCoverage(estimations, ['draft', 'sent']),
    wonCoverage: valueCoverage(estimations, ['won']),
    documents: documents.length,
    recentActivity: activity.items,
  };
}

/** From the index records' figures: the dashboard never reads an estimation's parts. */
function summed(
  list: readonly EstimationRecord[],
  statuses: readonly EstimationStatus[],
): EstimationRecord[] {
  return list.filter((e) => statuses.includes(e.status) && e.figures.currency === 'USD');
}

function usdMonthly(
  list: readonly EstimationRecord[],
  statuses: readonly EstimationStatus[],
): string[] {
  return summed(list, statuses).map((e) => e.figures.monthlyTotal ?? '0');
}

/**
 * The sum's coverage: an estimation with an unpriced or partly priced line makes it an
 * underestimate; one saved before its record kept coverage counts as not fully priced (unknown).
 */
function valueCoverage(
  list: readonly EstimationRecord[],
  statuses: readonly EstimationStatus[],
): ValueCoverage {
  const included = summed(list, statuses);
  const notFullyPriced = included.filter((e) => {
    const coverage = e.figures.coverage;
    return !coverage || !isFullyPriced(coverage);
  }).length;
  return { estimations: included.length, notFullyPriced };
}

async function all<T>(page: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const p = await page(cursor);
    out.push(...p.items);
    cursor = p.nextCursor ?? undefined;
  } while (cursor && out.length < DASHBOARD_SCAN_LIMIT);
  return out;
}
