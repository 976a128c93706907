import type { Coverage, Estimate, Estimation } from '../../core';
import { categoryTotals } from './proposal-costs';

/**
 * JSON export: the estimation as saved (requirements, scenarios, result, comparison) with a
 * small header modelled on the AWS Pricing Calculator's export (`Name`, `Total Cost`,
 * `Metadata.Currency`), so a reader can take totals without walking the lines.
 */
export interface JsonExport {
  readonly format: 'aws-cost-estimate';
  readonly formatVersion: 1;
  readonly exportedAt: string;
  readonly name: string;
  readonly customer: string;
  readonly reference: string;
  readonly totalCost: {
    readonly monthly: string;
    readonly upfront: string;
    readonly first12Months: string;
    readonly totalOverTerm: string;
  };
  /** How many lines the totals price in full, in part and not at all, with the ids of the gaps. */
  readonly coverage: Coverage;
  readonly metadata: {
    readonly currency: string;
    readonly catalogVersion: string;
    readonly scenario: string;
    readonly termMonths: number;
  };
  readonly categories: ReturnType<typeof categoryTotals>;
  readonly estimation: Estimation;
}

export function buildJsonExport(
  estimation: Estimation,
  estimate: Estimate,
  exportedAt: Date,
): JsonExport {
  const t = estimate.totals;
  return {
    format: 'aws-cost-estimate',
    formatVersion: 1,
    exportedAt: exportedAt.toISOString(),
    name: estimation.name,
    customer: estimation.customer,
    reference: estimation.reference,
    totalCost: {
      monthly: t.monthly,
      upfront: t.upfront,
      first12Months: t.first12Months,
      totalOverTerm: t.totalOverTerm,
    },
    coverage: estimate.coverage,
    metadata: {
      currency: estimate.currency,
      catalogVersion: estimate.catalogVersion,
      scenario: estimate.scenario,
      termMonths: t.termMonths,
    },
    categories: categoryTotals(estimate.lines),
    estimation,
  };
}

export function renderJsonExport(
  estimation: Estimation,
  estimate: Estimate,
  exportedAt: Date,
): string {
  return `${JSON.stringify(buildJsonExport(estimation, estimate, exportedAt), null, 2)}\n`;
}
