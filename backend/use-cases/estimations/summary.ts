import type { Estimation, EstimationSummary } from '../../../core';
import { coverageOf } from '../../../core';

/** List rows: everything but the heavy requirements and results. */
export function toSummary(e: Estimation): EstimationSummary {
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
    monthlyTotal: e.result?.totals.monthly ?? null,
    currency: e.result?.currency ?? null,
    // Derived from the lines (results saved before coverage existed have none of their own).
    coverage: e.result ? coverageOf(e.result.lines) : null,
  };
}
