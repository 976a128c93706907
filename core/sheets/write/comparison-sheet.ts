import { coverageShortText } from '../../estimate/coverage';
import type { Comparison } from '../../estimate/estimate';
import { cellAddress, columnLetters } from '../grid/cell-address';
import { sentence } from '../../scenarios/comparison-basis';
import { SheetBuilder } from './sheet-builder';
import type { SheetSpec } from './sheet-spec';
import { BRAND, amountCell, moneyFormat } from './number-formats';
import { writeSizingPolicyRow, writeUnpricedLines } from './comparison-scenario-notes';

export const COMPARISON_SHEET = 'AWS Comparison';
const HEADER_STYLE = {
  bold: true,
  fill: BRAND.headerFill,
  fontColor: BRAND.headerFont,
  wrap: true,
} as const;
const GAP_STYLE = { italic: true, fontColor: BRAND.warningFont } as const;
const TOTAL_COLUMNS = 9;

/**
 * The "AWS Comparison" sheet, like for like: what it compares on (the lines every scenario prices
 * in full) and whether a cheapest scenario can be named; each line's effective monthly list price
 * (USD, upfront spread over its term) per scenario with deltas against the first; then one row per
 * scenario — its totals with their coverage, and its effective monthly and total over the common
 * horizon on the compared lines with the differences — and a chart of the compared figures. Above
 * each scenario's column, the sizing policy it was sized under; below the chart, the lines each
 * scenario leaves unpriced.
 */
export function comparisonSheetSpec(comparison: Comparison): SheetSpec {
  const b = new SheetBuilder(COMPARISON_SHEET);
  const names = comparison.scenarios.map((s) => s.scenario);
  const n = names.length;
  const deltaStart = 3 + n;
  const cheapestCol = deltaStart + Math.max(0, n - 1);
  const lastCol = Math.max(cheapestCol, TOTAL_COLUMNS);
  const wide = (row: number) => b.merge(`A${row}:${columnLetters(lastCol)}${row}`);

  b.userText(1, 1, `AWS scenario comparison — ${names.join(' vs ')}`, { bold: true, fontSize: 14 });
  wide(1);
  b.userText(2, 1, `${sentence(comparison.basis.text)}.`, { bold: true });
  wide(2);
  b.userText(3, 1, verdict(comparison), comparison.cheapestScenario ? undefined : GAP_STYLE);
  wide(3);
  const header = 5;
  writeSizingPolicyRow(b, comparison, header - 1, 3);
  b.set(header, 1, 'Line', { style: HEADER_STYLE });
  b.set(header, 2, 'Compared', { style: HEADER_STYLE });
  names.forEach((s, i) =>
    b.userText(header, 3 + i, `${s} (effective monthly, USD list)`, HEADER_STYLE),
  );
  names
    .slice(1)
    .forEach((s, i) => b.userText(header, deltaStart + i, `Δ ${s} vs ${names[0]}`, HEADER_STYLE));
  b.set(header, cheapestCol, 'Cheapest', { style: HEADER_STYLE });
  b.freezePanes(header, 1);
  b.height(header, 45);
  const usd = { numberFormat: moneyFormat('USD') };
  let row = header + 1;
  for (const line of comparison.lines) {
    b.userText(row, 1, line.description);
    b.set(row, 2, line.inBasis ? 'yes' : 'no — not priced in every scenario', {
      style: line.inBasis ? {} : GAP_STYLE,
    });
    line.effectiveMonthly.forEach((m, i) =>
      b.set(
        row,
        3 + i,
        m === null ? 'not priced' : amountCell(m),
        m === null ? { style: GAP_STYLE } : usd,
      ),
    );
    line.deltaEffectiveMonthly
      .slice(1)
      .forEach((d, i) => b.set(row, deltaStart + i, amountCell(d), usd));
    b.userText(row, cheapestCol, line.cheapestScenario ?? '');
    row++;
  }
  const tableBottom = writeTotals(b, comparison, row + 1);
  // Below the chart (tableBottom + 2 … + 20).
  writeUnpricedLines(b, comparison, tableBottom + 22);
  b.width('A', 36);
  for (let c = 2; c <= lastCol; c++) b.width(columnLetters(c), 18);
  return b.build();
}

function verdict(comparison: Comparison): string {
  if (comparison.cheapestScenario)
    return `Cheapest overall: ${comparison.cheapestScenario} (lowest effective monthly cost; every line priced in every scenario).`;
  return comparison.basis.sameCurrency
    ? 'No scenario is named cheapest overall: not every line is priced in every scenario, and a saving cannot come from prices we do not have.'
    : 'No scenario is named cheapest overall: the scenarios are in different currencies.';
}

/** The ScenarioTotals table and its chart; returns the table's last row. */
function writeTotals(b: SheetBuilder, comparison: Comparison, tableTop: number): number {
  const h = comparison.horizonMonths;
  const titles = [
    'Scenario',
    'Upfront',
    'Monthly',
    'First 12 months',
    'Lines priced',
    'Effective monthly (compared lines)',
    `Total over ${h} months (compared lines)`,
    'Δ effective monthly',
    `Δ over ${h} months`,
  ];
  titles.forEach((t, i) => b.set(tableTop, 1 + i, t, { style: HEADER_STYLE }));
  b.height(tableTop, 45);
  comparison.totals.forEach((t, i) => {
    const r = tableTop + 1 + i;
    const cheapest = t.scenario === comparison.cheapestScenario;
    const style = cheapest ? { bold: true, fill: BRAND.cheapestFill } : undefined;
    const fmt = { numberFormat: moneyFormat(t.currency), ...(style ? { style } : {}) };
    b.userText(r, 1, cheapest ? `${t.scenario} (cheapest)` : t.scenario, style);
    [t.totals.upfront, t.totals.monthly, t.totals.first12Months].forEach((v, j) =>
      b.set(r, 2 + j, amountCell(v), fmt),
    );
    b.set(r, 5, coverageShortText(t.coverage), style ? { style } : undefined);
    [
      t.basis.effectiveMonthly,
      t.basis.totalOverHorizon,
      t.deltaEffectiveMonthly,
      t.deltaOverHorizon,
    ].forEach((v, j) => b.set(r, 6 + j, amountCell(v), fmt));
  });
  const tableBottom = tableTop + comparison.totals.length;
  b.table({
    name: 'ScenarioTotals',
    range: `A${tableTop}:${columnLetters(TOTAL_COLUMNS)}${tableBottom}`,
    style: 'TableStyleLight9',
  });
  b.chart({
    type: 'columnClustered',
    title: `Effective monthly cost on the ${comparison.basis.lines} compared lines (upfront spread over its term)`,
    categoriesRange: `A${tableTop + 1}:A${tableBottom}`,
    series: [{ name: 'Effective monthly', valuesRange: `F${tableTop + 1}:F${tableBottom}` }],
    from: cellAddress(tableBottom + 2, 1),
    to: cellAddress(tableBottom + 20, 7),
  });
  return tableBottom;
}
