import type { Comparison } from '../../estimate/estimate';
import { cellAddress, columnLetters } from '../grid/cell-address';
import { SheetBuilder } from './sheet-builder';
import type { SheetSpec } from './sheet-spec';
import { BRAND, amountCell, moneyFormat } from './number-formats';

export const COMPARISON_SHEET = 'AWS Comparison';
const HEADER_STYLE = {
  bold: true,
  fill: BRAND.headerFill,
  fontColor: BRAND.headerFont,
  wrap: true,
} as const;

/**
 * The "AWS Comparison" sheet: each line's monthly cost per scenario side by side with its deltas
 * against the first scenario, the cheapest scenario per line; then a totals table (one row per
 * scenario, the cheapest highlighted) and a column chart of monthly and 12-month totals.
 */
export function comparisonSheetSpec(comparison: Comparison): SheetSpec {
  const b = new SheetBuilder(COMPARISON_SHEET);
  const names = comparison.scenarios.map((s) => s.scenario);
  const currency = comparison.scenarios[0]?.currency ?? 'USD';
  const money = { numberFormat: moneyFormat(currency) };
  const n = names.length;
  const deltaStart = 2 + n;
  const cheapestCol = deltaStart + Math.max(0, n - 1);
  const lastCol = Math.max(cheapestCol, 7);

  b.userText(1, 1, `AWS scenario comparison — ${names.join(' vs ')}`, { bold: true, fontSize: 14 });
  b.merge(`A1:${columnLetters(lastCol)}1`);
  b.set(
    2,
    1,
    `Monthly cost per line in ${currency}; deltas are against ${names[0] ?? 'the first scenario'}.`,
    { style: { italic: true } },
  );
  b.merge(`A2:${columnLetters(lastCol)}2`);

  const header = 4;
  b.set(header, 1, 'Line', { style: HEADER_STYLE });
  names.forEach((s, i) => b.userText(header, 2 + i, `${s} (monthly)`, HEADER_STYLE));
  names
    .slice(1)
    .forEach((s, i) => b.userText(header, deltaStart + i, `Δ ${s} vs ${names[0]}`, HEADER_STYLE));
  b.set(header, cheapestCol, 'Cheapest', { style: HEADER_STYLE });
  b.freezePanes(header, 1);
  b.height(header, 30);

  let row = header + 1;
  for (const line of comparison.lines) {
    b.userText(row, 1, line.description);
    line.monthly.forEach((m, i) =>
      b.set(
        row,
        2 + i,
        m === null ? 'not priced' : amountCell(m),
        m === null ? { style: { italic: true, fontColor: BRAND.warningFont } } : money,
      ),
    );
    line.deltaMonthly.slice(1).forEach((d, i) => b.set(row, deltaStart + i, amountCell(d), money));
    b.userText(row, cheapestCol, line.cheapestScenario ?? '');
    row++;
  }

  row += 1;
  const tableTop = row;
  const totalsHeader = [
    'Scenario',
    'Upfront',
    'Monthly',
    'First 12 months',
    'Total over term',
    'Δ monthly',
    'Δ over term',
  ];
  totalsHeader.forEach((h, i) => b.set(tableTop, 1 + i, h, { style: HEADER_STYLE }));
  b.height(tableTop, 30);
  comparison.totals.forEach((t, i) => {
    const r = tableTop + 1 + i;
    const cheapest = t.scenario === comparison.cheapestScenario;
    const style = cheapest ? { bold: true, fill: BRAND.cheapestFill } : undefined;
    const fmt = { ...money, ...(style ? { style } : {}) };
    b.userText(r, 1, cheapest ? `${t.scenario} (cheapest)` : t.scenario, style);
    [
      t.totals.upfront,
      t.totals.monthly,
      t.totals.first12Months,
      t.totals.totalOverTerm,
      t.deltaMonthly,
      t.deltaTerm,
    ].forEach((v, j) => b.set(r, 2 + j, amountCell(v), fmt));
  });
  const tableBottom = tableTop + comparison.totals.length;
  b.table({
    name: 'ScenarioTotals',
    range: `A${tableTop}:G${tableBottom}`,
    style: 'TableStyleLight9',
  });
  b.chart({
    type: 'columnClustered',
    title: `Monthly and first-12-month cost by scenario (${currency})`,
    categoriesRange: `A${tableTop + 1}:A${tableBottom}`,
    series: [
      { name: 'Monthly', valuesRange: `C${tableTop + 1}:C${tableBottom}` },
      { name: 'First 12 months', valuesRange: `D${tableTop + 1}:D${tableBottom}` },
    ],
    from: cellAddress(tableBottom + 2, 1),
    to: cellAddress(tableBottom + 20, 7),
  });
  b.width('A', 36);
  for (let c = 2; c <= lastCol; c++) b.width(columnLetters(c), 18);
  return b.build();
}
