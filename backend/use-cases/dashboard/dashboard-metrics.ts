import type { DashboardMetrics, Page } from '../../../core';
import type { Caller } from '../../http/caller';
import type { AuditLogReader } from '../../ports/audit-query';
import type { DocumentStore } from '../../ports/document-store';
import type { EstimationStore } from '../../ports/estimation-store';
import { tallyEstimations } from '../metrics/estimation-tally';

export interface DashboardDeps {
  readonly estimations: EstimationStore;
  readonly documents: DocumentStore;
  readonly auditReader: AuditLogReader;
}

/** A dashboard reads at most this many of the caller's records per kind (bounded work per request). */
export const DASHBOARD_SCAN_LIMIT = 2000;

/**
 * The caller's own figures: the tally of their estimations (from the index records, never the
 * parts), their documents and recent activity.
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
  return {
    ...tallyEstimations(estimations),
    documents: documents.length,
    recentActivity: activity.items,
  };
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
