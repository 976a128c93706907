import type { EstimationSummary } from '../../../core';
import type { EstimationRecord } from '../../ports/estimation-store';

/** List rows: the index record's header and figures; no part is read. */
export function toSummary(e: EstimationRecord): EstimationSummary {
  return {
    estimationId: e.estimationId,
    userId: e.userId,
    name: e.name,
    customer: e.customer,
    reference: e.reference,
    status: e.status,
    version: e.version,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    monthlyTotal: e.figures.monthlyTotal,
    currency: e.figures.currency,
    coverage: e.figures.coverage ?? null,
    figures: e.figures,
  };
}
