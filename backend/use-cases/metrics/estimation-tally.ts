import type { EstimationStatus, EstimationTally, ValueCoverage } from '../../../core';
import { Decimal, isFullyPriced } from '../../../core';
import type { EstimationRecord } from '../../ports/estimation-store';

/**
 * Totals, counts by status, pipeline (draft + sent) and won monthly value of one set of
 * estimations, from their index records' figures — no part is read. Values sum USD results only:
 * an estimate shown in another currency has no USD total. The dashboard (the caller's set) and
 * the admin metrics (every user's set) both use it, so their figures add up the same way.
 */
export function tallyEstimations(records: readonly EstimationRecord[]): EstimationTally {
  const byStatus: Record<EstimationStatus, number> = { draft: 0, sent: 0, won: 0, lost: 0 };
  for (const e of records) byStatus[e.status] += 1;
  return {
    estimations: records.length,
    byStatus,
    pipelineMonthlyValue: Decimal.sum(usdMonthly(records, ['draft', 'sent'])).toString(),
    wonMonthlyValue: Decimal.sum(usdMonthly(records, ['won'])).toString(),
    pipelineCoverage: valueCoverage(records, ['draft', 'sent']),
    wonCoverage: valueCoverage(records, ['won']),
  };
}

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
