import type { Comparison, ScenarioComparison } from '../../core';
import { Decimal, coverageShortText, isFullyPriced } from '../../core';
import { amountAt } from './amounts';
import type { Formatter } from './number-format';
import type { TableData, TableRow } from './table-data';

/** One bar of the scenario chart: total over the common horizon on the compared lines. */
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
  /** What the comparison is made on, in a sentence ("Compared on 812 of 860 lines; …"). */
  readonly basisText: string;
  /** Null unless every line is priced in every scenario: no recommendation on an incomplete basis. */
  readonly cheapestScenario: string | null;
  /** The recommendation, or why there is none. */
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

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A scenario is recommended only when the comparison could name it cheapest: every line priced in
 * every scenario, one currency. Its saving is the difference over the common horizon.
 */
function recommendationText(comparison: Comparison, f: Formatter): string {
  const h = comparison.horizonMonths;
  if (comparison.cheapestScenario === null) {
    return (
      `No scenario is recommended: ${comparison.basis.text}. ` +
      'A scenario that looks cheaper because some of its prices are missing is not cheaper, so the differences above cover the compared lines only.'
    );
  }
  const baseline = comparison.totals[0]!;
  const best = comparison.totals.find((t) => t.scenario === comparison.cheapestScenario)!;
  if (
    best.scenario === baseline.scenario ||
    !amountAt(best.deltaOverHorizon ?? '0', 'comparison delta').isNegative()
  )
    return `Recommended scenario: ${best.scenario}, the lowest cost over ${h} months of the scenarios compared.`;
  return (
    `Recommended scenario: ${best.scenario}. Against ${baseline.scenario} it saves ` +
    `${f.money(negated(best.deltaEffectiveMonthly!), best.currency)} per month (upfront fees spread over their term) and ` +
    `${f.money(negated(best.deltaOverHorizon!), best.currency)} over ${h} months.`
  );
}

function row(t: ScenarioComparison, comparison: Comparison, f: Formatter): TableRow {
  const money = (v: string | null) => (v === null ? 'n/a' : f.money(v, t.currency));
  return {
    kind: t.scenario === comparison.cheapestScenario ? 'total' : 'plain',
    cells: [
      t.scenario,
      isFullyPriced(t.coverage)
        ? 'all'
        : coverageShortText(t.coverage).replace(' lines priced', ''),
      money(t.totals.monthly),
      money(t.totals.upfront),
      money(t.basis.effectiveMonthly),
      money(t.basis.totalOverHorizon),
      money(t.deltaOverHorizon),
    ],
  };
}

export function buildComparison(comparison: Comparison, f: Formatter): ComparisonSection {
  const h = comparison.horizonMonths;
  const max = maxDecimal(comparison.totals.map((t) => t.basis.totalOverHorizon));
  const bars = comparison.totals.map((t) => ({
    label: t.scenario,
    valueText: f.money(t.basis.totalOverHorizon, t.currency),
    ratio: barRatio(t.basis.totalOverHorizon, max),
    recommended: t.scenario === comparison.cheapestScenario,
  }));
  const compared = comparison.basis.complete ? '' : ', compared lines only';
  return {
    table: {
      columns: [
        { title: 'Scenario', align: 'left', width: 0.2 },
        { title: 'Lines priced', align: 'right', width: 0.12 },
        { title: 'Monthly', align: 'right', width: 0.13 },
        { title: 'Upfront', align: 'right', width: 0.13 },
        { title: `Effective monthly${compared}`, align: 'right', width: 0.14 },
        { title: `Total over ${h} months${compared}`, align: 'right', width: 0.14 },
        { title: `Difference vs first over ${h} months`, align: 'right', width: 0.14 },
      ],
      rows: comparison.totals.map((t) => row(t, comparison, f)),
    },
    bars,
    chartTitle: `Total over ${h} months by scenario${compared}`,
    basisText:
      `${capitalised(comparison.basis.text)}. Monthly and Upfront are each scenario's own totals; ` +
      `the other columns spread upfront fees over their term and compare every scenario over the same ${h} months.`,
    cheapestScenario: comparison.cheapestScenario,
    recommendation: recommendationText(comparison, f),
  };
}
