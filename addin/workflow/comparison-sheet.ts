import type { Comparison } from '../../core';
import type { CellBlock, CellValue, ChartSpec, TableSpec } from '../excel/workbook-port';
import { columnLetters } from '../excel/a1';
import { amountCell, currencyFormat, textCell } from './money-cells';

export const COMPARISON_SHEET = 'AWS Comparison';
export const COMPARISON_TABLE = 'AwsComparisonLines';
const TABLE_TOP = 4;

export interface ComparisonSheetLayout {
  readonly blocks: readonly CellBlock[];
  readonly table: TableSpec;
  readonly chart: ChartSpec;
  /** First row of the totals block (header), for tests and the e2e check. */
  readonly totalsTop: number;
}

/**
 * "AWS Comparison": one row per requirement line with each scenario's monthly cost side by side
 * and the delta of every other scenario against the first; then the scenario totals with their
 * deltas, and a column chart of the monthly totals.
 */
export function comparisonSheet(comparison: Comparison, title: string): ComparisonSheetLayout {
  const names = comparison.scenarios.map((s) => s.scenario);
  const currency = comparison.scenarios[0]?.currency ?? 'USD';
  const money = currencyFormat(currency);
  const others = names.slice(1);
  const header: CellValue[] = [
    'Description',
    ...names.map((n) => `${n} (monthly)`),
    ...others.map((n) => `Δ ${n}`),
    'Cheapest',
  ];
  const rows: CellValue[][] = [header];
  for (const line of comparison.lines) {
    rows.push([
      textCell(line.description),
      ...line.monthly.map(amountCell),
      ...line.deltaMonthly.slice(1).map(amountCell),
      line.cheapestScenario ?? 'n/a',
    ]);
  }
  const width = header.length;
  const tableEnd = TABLE_TOP + rows.length - 1;
  const table: TableSpec = {
    sheet: COMPARISON_SHEET,
    range: `A${TABLE_TOP}:${columnLetters(width)}${tableEnd}`,
    name: COMPARISON_TABLE,
  };

  const totalsTop = tableEnd + 2;
  const totals: CellValue[][] = [
    ['Scenario', 'Monthly', 'Upfront', 'Total over term', 'Δ monthly', 'Δ term'],
  ];
  for (const t of comparison.totals) {
    totals.push([
      t.scenario,
      amountCell(t.totals.monthly),
      amountCell(t.totals.upfront),
      amountCell(t.totals.totalOverTerm),
      amountCell(t.deltaMonthly),
      amountCell(t.deltaTerm),
    ]);
  }
  const chart: ChartSpec = {
    sheet: COMPARISON_SHEET,
    dataRange: `A${totalsTop}:B${totalsTop + totals.length - 1}`,
    type: 'ColumnClustered',
    title: 'Monthly cost by scenario',
    anchor: `H${totalsTop}`,
  };
  const tableFormats = rows.map((r, i) =>
    r.map((_, j) => (i > 0 && j > 0 && j < width - 1 ? money : null)),
  );
  const totalsFormats = totals.map((r, i) => r.map((_, j) => (i > 0 && j > 0 ? money : null)));
  return {
    blocks: [
      {
        sheet: COMPARISON_SHEET,
        topLeft: 'A1',
        values: [
          [textCell(title)],
          [`Cheapest overall: ${comparison.cheapestScenario} · ${currency}`],
        ],
        boldRows: [0, 1],
      },
      {
        sheet: COMPARISON_SHEET,
        topLeft: `A${TABLE_TOP}`,
        values: rows,
        numberFormats: tableFormats,
        columnWidths: [260],
      },
      {
        sheet: COMPARISON_SHEET,
        topLeft: `A${totalsTop}`,
        values: totals,
        numberFormats: totalsFormats,
        boldRows: [0],
      },
    ],
    table,
    chart,
    totalsTop,
  };
}
