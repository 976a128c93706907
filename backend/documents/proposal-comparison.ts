import type { Comparison } from '../../core';
import { compareDecimals, negateDecimal, ratioForDrawing } from './decimal';
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
  return values.reduce((m, v) => (compareDecimals(v, m) > 0 ? v : m), values[0] ?? '0');
}

function recommendationText(comparison: Comparison, f: Formatter): string {
  const baseline = comparison.totals[0];
  const best = comparison.totals.find((t) => t.scenario === comparison.cheapestScenario);
  const currency =
    comparison.scenarios.find((s) => s.scenario === comparison.cheapestScenario)?.currency ?? 'USD';
  if (!baseline || !best) return `Recommended scenario: ${comparison.cheapestScenario}.`;
  if (best.scenario === baseline.scenario || compareDecimals(best.deltaTerm, '0') >= 0) {
    return `Recommended scenario: ${best.scenario}, the lowest total over ${best.totals.termMonths} months of the scenarios compared.`;
  }
  return (
    `Recommended scenario: ${best.scenario}. Against ${baseline.scenario} it saves ` +
    `${f.money(negateDecimal(best.deltaMonthly), currency)} per month and ` +
    `${f.money(negateDecimal(best.deltaTerm), currency)} over ${best.totals.termMonths} months.`
  );
}

export function buildComparison(comparison: Comparison, f: Formatter): ComparisonSection {
  const currencyOf = (name: string) =>
    comparison.scenarios.find((s) => s.scenario === name)?.currency ?? 'USD';
  const rows = comparison.totals.map((t): TableRow => ({
    kind: t.scenario === comparison.cheapestScenario ? 'total' : 'plain',
    cells: [
      t.scenario,
      f.money(t.totals.monthly, currencyOf(t.scenario)),
      f.money(t.totals.upfront, currencyOf(t.scenario)),
      f.money(t.totals.first12Months, currencyOf(t.scenario)),
      f.money(t.totals.totalOverTerm, currencyOf(t.scenario)),
      f.money(t.deltaTerm, currencyOf(t.scenario)),
    ],
  }));
  const max = maxDecimal(comparison.totals.map((t) => t.totals.totalOverTerm));
  const bars = comparison.totals.map((t) => ({
    label: t.scenario,
    valueText: f.money(t.totals.totalOverTerm, currencyOf(t.scenario)),
    ratio: ratioForDrawing(t.totals.totalOverTerm, max),
    recommended: t.scenario === comparison.cheapestScenario,
  }));
  const termMonths = comparison.totals[0]?.totals.termMonths ?? 12;
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
    chartTitle: `Total over ${termMonths} months by scenario`,
    cheapestScenario: comparison.cheapestScenario,
    recommendation: recommendationText(comparison, f),
  };
}
