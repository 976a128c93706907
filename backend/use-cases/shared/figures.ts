import type {
  Comparison,
  ComparisonSummary,
  Estimate,
  EstimateSummary,
  EstimationFigures,
} from '../../../core';

/** What the index record keeps of a result: its totals, currency, line count and catalog. */
export type ResultFigures = Pick<
  EstimationFigures,
  'monthlyTotal' | 'upfrontTotal' | 'currency' | 'resultLines' | 'catalogVersion'
>;
export type ComparisonFigures = Pick<EstimationFigures, 'comparedScenarios' | 'cheapestScenario'>;

export const NO_RESULT: ResultFigures = {
  monthlyTotal: null,
  upfrontTotal: null,
  currency: null,
  resultLines: null,
  catalogVersion: null,
};
export const NO_COMPARISON: ComparisonFigures = { comparedScenarios: null, cheapestScenario: null };

export function resultFigures(e: Estimate | EstimateSummary | null): ResultFigures {
  if (!e) return NO_RESULT;
  return {
    monthlyTotal: e.totals.monthly,
    upfrontTotal: e.totals.upfront,
    currency: e.currency,
    resultLines: 'lines' in e ? e.lines.length : e.lineCount,
    catalogVersion: e.catalogVersion,
  };
}

export function comparisonFigures(c: Comparison | ComparisonSummary | null): ComparisonFigures {
  if (!c) return NO_COMPARISON;
  return { comparedScenarios: c.scenarios.length, cheapestScenario: c.cheapestScenario };
}

export function estimateSummary(e: Estimate): EstimateSummary {
  const { lines, ...rest } = e;
  return { ...rest, lineCount: lines.length };
}

export function comparisonSummary(c: Comparison): ComparisonSummary {
  return {
    scenarios: c.scenarios.map(estimateSummary),
    cheapestScenario: c.cheapestScenario,
    totals: c.totals,
    lineCount: c.lines.length,
  };
}
