import type { Adjustment, Estimate } from '../../estimate/estimate';
import { COL, amount } from './estimate-cells';
import { addRowsFormula, upfrontPlusMonthsFormula } from './estimate-formulas';
import { BRAND, amountCell, moneyFormat } from './number-formats';
import type { SheetBuilder } from './sheet-builder';
import { writeCoverage } from './estimate-coverage';

/**
 * The foot of the "AWS Estimate" sheet: list price, each adjustment, the four totals as live
 * formulas over them (see core/sheets/README.md, "Formula cells"), the price source and warnings.
 */
export function writeTotals(
  b: SheetBuilder,
  start: number,
  e: Estimate,
  subtotals: readonly { row: number; monthly: string; upfront: string }[],
): number {
  const money = { numberFormat: moneyFormat(e.currency) };
  const usd = { numberFormat: moneyFormat('USD') };
  let row = start;
  const listRow = row;
  const subRows = subtotals.map((s) => s.row);
  b.set(row, COL.component, 'List price (USD)', { style: { bold: true } });
  amount(b, row, COL.monthly, e.listTotals.monthly, usd, (col) =>
    addRowsFormula(
      subRows,
      col,
      subtotals.map((s) => s.monthly),
      e.listTotals.monthly,
    ),
  );
  amount(b, row, COL.upfront, e.listTotals.upfront, usd, (col) =>
    addRowsFormula(
      subRows,
      col,
      subtotals.map((s) => s.upfront),
      e.listTotals.upfront,
    ),
  );
  row++;
  const adjustmentRows: { row: number; adjustment: Adjustment }[] = [];
  for (const a of e.adjustments) {
    // Every adjustment is a USD delta on list prices, except `fx`, which holds the converted totals.
    const format = a.kind === 'fx' ? money : usd;
    b.userText(row, COL.component, `${a.name} (${a.kind})`, { indent: 1 });
    b.set(row, COL.monthly, amountCell(a.monthly), format);
    b.set(row, COL.upfront, amountCell(a.upfront), format);
    b.userText(row, COL.priceId, a.explanation, { italic: true });
    adjustmentRows.push({ row, adjustment: a });
    row++;
  }
  row++;
  // Totals = list price + each adjustment. A currency conversion ('fx') row holds the converted
  // totals themselves (not a delta), so after one the totals follow that row.
  const fx = adjustmentRows.filter((a) => a.adjustment.kind === 'fx').at(-1);
  const parts = fx
    ? [fx]
    : [
        {
          row: listRow,
          adjustment: { monthly: e.listTotals.monthly, upfront: e.listTotals.upfront },
        },
        ...adjustmentRows,
      ];
  const sumOf = (charge: 'monthly' | 'upfront', column: number) =>
    addRowsFormula(
      parts.map((p) => p.row),
      column,
      parts.map((p) => p.adjustment[charge]),
      e.totals[charge],
    );
  const total = { ...money, style: { bold: true, fill: BRAND.totalFill, borderTop: true } };
  const upfrontRow = row;
  const monthlyRow = row + 1;
  const at = (r: number, amount: string) => ({ row: r, column: COL.monthly, amount });
  const rows: [string, string, string | null][] = [
    ['Total upfront', e.totals.upfront, sumOf('upfront', COL.upfront)],
    ['Total monthly', e.totals.monthly, sumOf('monthly', COL.monthly)],
    [
      'Total first 12 months',
      e.totals.first12Months,
      upfrontPlusMonthsFormula(
        at(upfrontRow, e.totals.upfront),
        at(monthlyRow, e.totals.monthly),
        12,
        e.totals.first12Months,
      ),
    ],
    [
      `Total over the term (${e.totals.termMonths} months)`,
      e.totals.totalOverTerm,
      upfrontPlusMonthsFormula(
        at(upfrontRow, e.totals.upfront),
        at(monthlyRow, e.totals.monthly),
        e.totals.termMonths,
        e.totals.totalOverTerm,
      ),
    ],
  ];
  for (const [label, value, formula] of rows) {
    b.set(row, COL.component, label, { style: total.style });
    amount(b, row, COL.monthly, value, total, () => formula);
    row++;
  }
  row = writeCoverage(b, row, e);
  row++;
  b.set(row, COL.component, 'Price source', { style: { bold: true } });
  b.userText(
    row,
    COL.unit,
    `AWS Price List catalog ${e.catalogVersion}; each component's price id is the Price List rateCode (or a curated: id)`,
    { italic: true },
  );
  row++;
  for (const w of e.warnings) {
    b.set(row, COL.component, 'Warning', { style: { bold: true, fontColor: BRAND.warningFont } });
    b.userText(row, COL.unit, w);
    row++;
  }
  return row;
}
