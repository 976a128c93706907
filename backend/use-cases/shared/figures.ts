import type {
  Comparison,
  ComparisonSummary,
  Estimate,
  EstimateSummary,
  CoverageCounts,
  EstimationFigures,
} from '../../../core';
import { coverageOf } from '../../../core';

/** What the index record keeps of a result: its totals, currency, line count and catalog. */
export type ResultFigures = Pick<
  EstimationFigures,
  'monthlyTotal' | 'upfrontTotal' | 'currency' | 'resultLines' | 'catalogVersion' | 'coverage'
>;
export type ComparisonFigures = Pick<EstimationFigures, 'comparedScenarios' | 'cheapestScenario'>;

export const NO_RESULT: ResultFigures = {
  monthlyTotal: null,
  upfrontTotal: null,
  currency: null,
  resultLines: null,
  catalogVersion: null,
  coverage: null,
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
    // Counts only (the ids stay in the result part); from the lines when they are at hand.
    coverage: counts('lines' in e ? coverageOf(e.lines) : e.coverage),
  };
}

/** A coverage's counts without its id lists (which can hold 10,000 ids for a large estate). */
export function countsOf(c: CoverageCounts): CoverageCounts {
  return { lines: c.lines, priced: c.priced, partial: c.partial, unpriced: c.unpriced };
}

function counts(c: CoverageCounts | null | undefined): CoverageCounts | null {
  return c ? countsOf(c) : null;
}

export function comparisonFigures(c: Comparison | ComparisonSummary | null): ComparisonFigures {
  if (!c) return NO_COMPARISON;
  return { comparedScenarios: c.scenarios.length, cheapestScenario: c.cheapestScenario };
}

export function estimateSummary(e: Estimate): EstimateSummary {
  const { lines, coverage, ...rest } = e;
  return { ...rest, lineCount: lines.length, coverage: countsOf(coverage) };
}

export function comparisonSummary(c: Comparison): ComparisonSummary {
  return {
    scenarios: c.scenarios.map(estimateSummary),
    cheapestScenario: c.cheapestScenario,
    basis: compactBasis(c.basis),
    horizonMonths: c.horizonMonths,
    totals: c.totals.map((t) => ({ ...t, coverage: countsOf(t.coverage) })),
    lineCount: c.lines.length,
  };
}

function compactBasis(basis: Comparison['basis']): ComparisonSummary['basis'] {
  const { lineIds: _ids, excluded: _excluded, ...rest } = basis;
  return rest;
}
