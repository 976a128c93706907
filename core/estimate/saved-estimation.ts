import type { Estimation } from '../api/dto';
import { coverageOf } from './coverage';
import type { Comparison, Estimate } from './estimate';

/**
 * A saved estimation as today's readers expect it. Coverage is derived from the lines, so it is
 * recomputed (results saved before it existed have none). A comparison saved before comparisons
 * were like for like (no `basis`) cannot say what its deltas cover: it is dropped, with a warning,
 * rather than shown with a "cheapest" it cannot back.
 */
export function upgradeSavedEstimation(estimation: Estimation): {
  estimation: Estimation;
  warnings: string[];
} {
  const warnings: string[] = [];
  const withCoverage = (e: Estimate): Estimate => ({ ...e, coverage: coverageOf(e.lines) });
  const saved = estimation.comparison as (Comparison & { basis?: unknown }) | null;
  let comparison: Comparison | null = null;
  if (saved && saved.basis === undefined) {
    warnings.push(
      'The saved scenario comparison predates like-for-like comparisons and is left out; compare the scenarios again to include it.',
    );
  } else if (saved) {
    comparison = { ...saved, scenarios: saved.scenarios.map(withCoverage) };
  }
  return {
    estimation: {
      ...estimation,
      result: estimation.result ? withCoverage(estimation.result) : null,
      comparison,
    },
    warnings,
  };
}
