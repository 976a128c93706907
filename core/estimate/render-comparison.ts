import { Decimal } from '../money/decimal';
import { formatMoney } from '../money/format';
import { coverageShortText, isFullyPriced } from './coverage';
import type { Comparison, ScenarioComparison } from './estimate';
import type { RenderOptions } from './render-text';
import { sentence } from '../scenarios/comparison-basis';

/**
 * Scenarios side by side, like for like: per line the effective monthly list price (USD; upfront
 * spread over its term) per scenario, then each scenario's totals with their coverage and its
 * differences on the compared lines over a common horizon. A scenario is called cheapest only
 * when every line is priced in every scenario.
 */
export function renderComparisonText(comparison: Comparison, options: RenderOptions = {}): string {
  const rule = options.rule ?? 'half-up';
  const money = (v: string | null, currency: string): string =>
    v === null
      ? 'not priced'
      : formatMoney(Decimal.from(v), { rule, currency, symbol: currency === 'USD' });
  const names = comparison.scenarios.map((s) => s.scenario);
  const h = comparison.horizonMonths;
  const out = [
    `${sentence(comparison.basis.text)}.`,
    `Per line: effective monthly list price in USD (upfront spread over its term); lines marked * are not compared.`,
    row(['Line', ...names, 'Cheapest']),
  ];
  for (const line of comparison.lines)
    out.push(
      row([
        `${line.inBasis ? '' : '*'}${line.itemId}`,
        ...line.effectiveMonthly.map((v) => money(v, 'USD')),
        line.cheapestScenario ?? '—',
      ]),
    );
  out.push('');
  out.push(
    `Totals after discounts, support and tax; "effective" spreads upfront fees over their term; differences are against ${names[0]} over ${h} months, on the compared lines only.`,
  );
  for (const t of comparison.totals) out.push(...scenarioLines(t, h, money));
  out.push(cheapestLine(comparison));
  return `${out.join('\n')}\n`;
}

function scenarioLines(
  t: ScenarioComparison,
  horizon: number,
  money: (v: string | null, currency: string) => string,
): string[] {
  const c = t.currency;
  const coverage = isFullyPriced(t.coverage) ? '' : ` — ${coverageShortText(t.coverage)}`;
  const whole = `${t.scenario} (${c}): ${money(t.totals.monthly, c)}/month, ${money(t.totals.upfront, c)} upfront, ${t.totals.termMonths}-month term${coverage}`;
  const delta =
    t.deltaEffectiveMonthly === null
      ? 'no difference (other currency)'
      : `Δ ${money(t.deltaEffectiveMonthly, c)}/month, Δ ${money(t.deltaOverHorizon, c)} over ${horizon} months`;
  return [
    whole,
    `    compared lines: effective ${money(t.basis.effectiveMonthly, c)}/month, ${money(t.basis.totalOverHorizon, c)} over ${horizon} months; ${delta}`,
  ];
}

/** Columns: the line id, then one per scenario and the cheapest. */
function row(cells: readonly string[]): string {
  return cells
    .map((c, i) => c.padEnd(i === 0 ? 16 : 18))
    .join(' ')
    .trimEnd();
}

function cheapestLine(comparison: Comparison): string {
  if (comparison.cheapestScenario !== null)
    return `Cheapest overall: ${comparison.cheapestScenario} (every line priced in every scenario).`;
  const why = !comparison.basis.sameCurrency
    ? 'the scenarios are in different currencies'
    : `${comparison.basis.text}, and a scenario cannot be called cheaper on prices we do not have`;
  return `No scenario is named cheapest overall: ${why}.`;
}
