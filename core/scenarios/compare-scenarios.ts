import type { PriceCatalog } from '../catalog/price-catalog';
import type { Comparison, ComparisonLine, CostLine, Estimate } from '../estimate/estimate';
import type { PriceOptions } from '../estimate/price-requirements';
import { priceRequirements } from '../estimate/price-requirements';
import { Decimal } from '../money/decimal';
import type { Requirements } from '../requirements/requirements';
import { itemWarnings, summariseWarnings } from '../estimate/warning-groups';
import { applyScenario } from './apply-scenario';
import type { Scenario } from './scenario';

/**
 * Price the same requirements under each scenario and compare. Deltas are against the first scenario.
 * "Cheapest" compares the effective monthly cost — monthly + upfront ÷ its term — which ranks the same
 * as the total over a common horizon (the longest term, commitments renewed), so a 3-year All Upfront
 * plan is not mistaken for $0/month nor penalised for paying ahead.
 */
export function compareScenarios(
  requirements: Requirements,
  scenarios: readonly Scenario[],
  catalog: PriceCatalog,
  options: Omit<PriceOptions, 'scenario'> = {},
): Comparison {
  if (scenarios.length === 0) throw new Error('compareScenarios needs at least one scenario.');
  const estimates: Estimate[] = scenarios.map((scenario) => {
    const applied = applyScenario(requirements, scenario, catalog);
    const estimate = priceRequirements(applied.requirements, catalog, {
      ...options,
      scenario: scenario.name,
    });
    const changes = summariseWarnings(
      itemWarnings(
        applied.changes,
        requirements.items.map((i) => i.id),
      ),
    );
    return { ...estimate, warnings: [...changes, ...estimate.warnings] };
  });
  const horizon = Math.max(...estimates.map((e) => e.totals.termMonths));
  const effective = estimates.map((e) =>
    effectiveMonthly(e.totals.monthly, e.totals.upfront, e.totals.termMonths),
  );
  const first = estimates[0]!;
  // A scenario with unpriced lines would look cheaper than it is: it can win only if every scenario has gaps.
  const complete = estimates.map((e) => e.lines.every((l) => !l.incomplete));
  const cheapestIndex = indexOfMin(
    complete.some(Boolean) ? effective.map((v, i) => (complete[i] ? v : null)) : effective,
  );
  return {
    scenarios: estimates,
    lines: compareLines(estimates),
    cheapestScenario: estimates[cheapestIndex ?? 0]!.scenario,
    totals: estimates.map((e, i) => ({
      scenario: e.scenario,
      totals: e.totals,
      deltaMonthly: Decimal.from(e.totals.monthly).subtract(first.totals.monthly).toString(),
      deltaTerm: Decimal.from(e.totals.totalOverTerm)
        .subtract(first.totals.totalOverTerm)
        .toString(),
      effectiveMonthly: effective[i]!.toString(),
      horizonMonths: horizon,
      totalOverHorizon: effective[i]!.multiply(horizon).toString(),
    })),
  };
}

function compareLines(estimates: readonly Estimate[]): ComparisonLine[] {
  const first = estimates[0]!;
  // One index per scenario: a lookup per line and scenario stays O(1) for estates of 50,000 lines.
  const byItem = estimates.map((e) => firstLineByItem(e.lines));
  return first.lines.map((line) => {
    const matches = byItem.map((index) => index.get(line.itemId));
    const monthly = matches.map((l) => (l && !l.incomplete ? l.monthly : null));
    const effective = matches.map((l) =>
      l && !l.incomplete ? effectiveMonthly(l.monthly, l.upfront, l.termMonths ?? 12) : null,
    );
    const base = monthly[0];
    const cheapest = indexOfMin(effective);
    return {
      itemId: line.itemId,
      description: line.description,
      monthly,
      deltaMonthly: monthly.map((m) =>
        m === null || base === null || base === undefined
          ? null
          : Decimal.from(m).subtract(base).toString(),
      ),
      effectiveMonthly: effective.map((e) => (e === null ? null : e.toString())),
      cheapestScenario: cheapest === undefined ? null : estimates[cheapest]!.scenario,
    };
  });
}

function firstLineByItem(lines: readonly CostLine[]): Map<string, CostLine> {
  const index = new Map<string, CostLine>();
  for (const l of lines) if (!index.has(l.itemId)) index.set(l.itemId, l);
  return index;
}

/** Monthly + upfront spread over the term, exact to 10 places (the only division). */
export function effectiveMonthly(monthly: string, upfront: string, termMonths: number): Decimal {
  return Decimal.from(monthly).add(Decimal.from(upfront).divide(termMonths, 10, 'half-even'));
}

/** Index of the smallest value, first on ties; undefined when every value is null. */
function indexOfMin(values: readonly (Decimal | null)[]): number | undefined {
  let best: number | undefined;
  values.forEach((v, i) => {
    if (v === null) return;
    if (best === undefined || v.lessThan(values[best]!)) best = i;
  });
  return best;
}
