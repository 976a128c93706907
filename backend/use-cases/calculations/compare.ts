import type { CompareRequest, Comparison, ComparisonLine, Estimate } from '../../../core';
import { priceRequirements } from '../../../core';
import { BadRequestError } from '../../http/errors';
import { recordCalculationTime } from '../../observability/metrics';
import { getSettings } from '../settings/get-settings';
import { subtractDecimals, toScaled } from '../shared/decimal';
import { applyScenario } from './apply-scenario';
import type { CalculationsDeps } from './cost';
import { countCalculation } from './cost';

/**
 * POST /calculations/compare: the same requirements priced as each scenario, with per-line and
 * total deltas against the first scenario and the cheapest over the term.
 */
export async function compareCosts(
  deps: CalculationsDeps,
  input: CompareRequest,
): Promise<Comparison> {
  const started = performance.now();
  const names = input.scenarios.map((s) => s.name);
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup)
    throw new BadRequestError(
      `$.scenarios: two scenarios are named "${dup}"; give each a distinct name.`,
    );
  const [catalog, system] = await Promise.all([deps.catalog.catalog(), getSettings(deps)]);
  const asOf = deps.clock.now().toISOString();
  const estimates = input.scenarios.map((s) =>
    priceRequirements(applyScenario(input.requirements, s, system), catalog, {
      scenario: s.name,
      asOf,
    }),
  );
  await countCalculation(deps);
  recordCalculationTime(
    performance.now() - started,
    'compare',
    input.requirements.items.length * estimates.length,
  );
  return buildComparison(estimates);
}

export function buildComparison(estimates: readonly Estimate[]): Comparison {
  const first = estimates[0];
  if (!first) throw new BadRequestError('$.scenarios: give at least one scenario.');
  const cheapest = estimates.reduce((a, b) =>
    toScaled(b.totals.totalOverTerm) < toScaled(a.totals.totalOverTerm) ? b : a,
  );
  const lines: ComparisonLine[] = first.lines.map((line) => {
    const monthly = estimates.map(
      (e) => e.lines.find((l) => l.itemId === line.itemId)?.monthly ?? null,
    );
    const base = monthly[0] ?? null;
    let best: number | null = null;
    monthly.forEach((m, i) => {
      const current = best === null ? null : monthly[best];
      if (
        m !== null &&
        (current === null || current === undefined || toScaled(m) < toScaled(current))
      )
        best = i;
    });
    return {
      itemId: line.itemId,
      description: line.description,
      monthly,
      deltaMonthly: monthly.map((m) =>
        m === null || base === null ? null : subtractDecimals(m, base),
      ),
      cheapestScenario: best === null ? null : (estimates[best]?.scenario ?? null),
    };
  });
  return {
    scenarios: estimates,
    lines,
    cheapestScenario: cheapest.scenario,
    totals: estimates.map((e) => ({
      scenario: e.scenario,
      totals: e.totals,
      deltaMonthly: subtractDecimals(e.totals.monthly, first.totals.monthly),
      deltaTerm: subtractDecimals(e.totals.totalOverTerm, first.totals.totalOverTerm),
    })),
  };
}
