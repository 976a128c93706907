import type { ComponentStatus, Coverage, Estimate, Estimation, LinePricing } from '../../core';
import { linePricing } from '../../core';
import { categoryTotals } from './proposal-costs';

/** A line not priced in full: what is missing and why (its components' statuses and words). */
export interface JsonGap {
  readonly itemId: string;
  readonly service: string;
  readonly description: string;
  readonly pricing: Exclude<LinePricing, 'priced'>;
  readonly components: readonly {
    readonly name: string;
    readonly status: ComponentStatus;
    readonly explanation: string;
  }[];
}

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
  /**
   * Every line not priced in full, in line order: the gaps the totals leave out. The lines
   * themselves (components with quantity, unit, unit price, price id and status) are
   * `estimation.result.lines`, priced from `metadata.catalogVersion`.
   */
  readonly gaps: readonly JsonGap[];
  readonly estimation: Estimation;
}

function gapsOf(estimate: Estimate): JsonGap[] {
  const gaps: JsonGap[] = [];
  for (const l of estimate.lines) {
    const pricing = linePricing(l);
    if (pricing === 'priced') continue;
    gaps.push({
      itemId: l.itemId,
      service: l.service,
      description: l.description,
      pricing,
      components: l.components
        .filter((c) => c.status !== 'priced')
        .map((c) => ({ name: c.name, status: c.status, explanation: c.explanation })),
    });
  }
  return gaps;
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
    gaps: gapsOf(estimate),
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
