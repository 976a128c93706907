import type { Comparison } from '../../core';
import { Decimal } from '../../core';
import { amountAt } from './amounts';
import type { Formatter } from './number-format';
import type { TableData, TableRow } from './table-data';

/** One bar of the scenario chart: total over the term, scaled to the most expensive scenario. */
export interface ChartBar {
  readonly label: string;
  readonly valueText: string;
  /** 0..1 of the longest bar; geometry only. */
  readonly ratio: number;
  readonly recommended: boolean;
}

export interface ComparisonSection {
  readonly table: TableData;
  readonly bars: readonly ChartBar[];
  readonly chartTitle: string;
  readonly cheapestScenario: string;
  readonly recommendation: string;
}

function maxDecimal(values: readonly string[]): string {
  return values.reduce(
    (m, v) =>
      amountAt(v, 'comparison total').greaterThan(amountAt(m, 'comparison total')) ? v : m,
    values[0] ?? '0',
  );
}

/** value / max in [0, 1] for drawing chart bars only (geometry, never a shown amount); 1e-6 steps. */
function barRatio(value: string, max: string): number {
  const x = amountAt(value, 'comparison total');
  const y = amountAt(max, 'comparison total');
  if (!y.greaterThan(Decimal.ZERO) || !x.greaterThan(Decimal.ZERO)) return 0;
  return Math.min(1, x.divide(y, 6, 'down').toNumber());
}

const negated = (value: string): string => amountAt(value, 'comparison delta').negate().toString();

function recommendationText(comparison: Comparison, f: Formatter): string {
  const baseline = comparison.totals[0];
  const best = comparison.totals.find((t) => t.scenario === comparison.cheapestScenario);
  const currency =
    comparison.scenarios.find((s) => s.scenario === comparison.cheapestScenario)?.currency ?? 'USD';
  if (!baseline || !best) return `Recommended scenario: ${comparison.cheapestScenario}.`;
  if (
    best.scenario === baseline.scenario ||
    !amountAt(best.deltaTerm, 'comparison delta').isNegative()
  ) {
    return `Recommended scenario: ${best.scenario}, the lowest total over ${best.totals.termMonths} months of the scenarios compared.`;
  }
  return (
    `Recommended scenario: ${best.scenario}. Against ${baseline.scenario} it saves ` +
    `${f.money(negated(best.deltaMonthly), currency)} per month and ` +
    `${f.money(negated(best.deltaTerm), currency)} over ${best.totals.termMonths} months.`
  );
}

export function buildComparison(comparison: Comparison, f: Formatter): ComparisonSection {
  const currencyOf = (name: string) =>
    comparison.scenarios.find((s) => s.scenario === name)?.currency ?? 'USD';
  // Scenarios can have different terms (a 1-year and a 3-year commitment): then term totals are
  // not comparable, so the chart uses the first 12 months and each term total names its length.
  const terms = new Set(comparison.totals.map((t) => t.totals.termMonths));
  const mixedTerms = terms.size > 1;
  const rows = comparison.totals.map((t): TableRow => {
    const money = (v: string) => f.money(v, currencyOf(t.scenario));
    const term = money(t.totals.totalOverTerm);
    return {
      kind: t.scenario === comparison.cheapestScenario ? 'total' : 'plain',
      cells: [
        t.scenario,
        money(t.totals.monthly),
        money(t.totals.upfront),
        money(t.totals.first12Months),
        mixedTerms ? `${term} (${t.totals.termMonths} months)` : term,
        money(t.deltaTerm),
      ],
    };
  });
  const charted = (t: Comparison['totals'][number]) =>
    mixedTerms ? t.totals.first12Months : t.totals.totalOverTerm;
  const max = maxDecimal(comparison.totals.map(charted));
  const bars = comparison.totals.map((t) => ({
    label: t.scenario,
    valueText: f.money(charted(t), currencyOf(t.scenario)),
    ratio: barRatio(charted(t), max),
    recommended: t.scenario === comparison.cheapestScenario,
  }));
  const termMonths = comparison.totals[0]?.totals.termMonths ?? 12;
  const chartTitle = mixedTerms
    ? 'First 12 months by scenario'
    : `Total over ${termMonths} months by scenario`;
  return {
    table: {
      columns: [
        { title: 'Scenario', align: 'left', width: 0.22 },
        { title: 'Monthly', align: 'right', width: 0.15 },
        { title: 'Upfront', align: 'right', width: 0.15 },
        { title: 'First 12 months', align: 'right', width: 0.16 },
        { title: 'Total over term', align: 'right', width: 0.16 },
        { title: 'Difference vs first', align: 'right', width: 0.16 },
      ],
      rows,
    },
    bars,
    chartTitle,
    cheapestScenario: comparison.cheapestScenario,
    recommendation: recommendationText(comparison, f),
  };
}
