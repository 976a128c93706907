import type { Adjustment, CostLine, Estimate } from '../../estimate/estimate';
import {
  addRowsFormula,
  componentCostFormula,
  lineSumFormula,
  upfrontPlusMonthsFormula,
} from './estimate-formulas';
import { SheetBuilder } from './sheet-builder';
import type { CellStyle, SheetSpec } from './sheet-spec';
import {
  BRAND,
  QUANTITY_FORMAT,
  amountCell,
  moneyFormat,
  sumAmounts,
  unitPriceFormat,
} from './number-formats';

export const ESTIMATE_SHEET = 'AWS Estimate';
const CATEGORY_ORDER: readonly CostLine['category'][] = [
  'Compute',
  'Storage',
  'Database',
  'Network',
  'Management',
  'Support',
];
const HEADERS = [
  'Category',
  'Group',
  'Description',
  'Service',
  'Region',
  'Component',
  'Quantity',
  'Unit',
  'Unit price',
  'Monthly',
  'Upfront',
  'Price id',
  'Status',
];
const WIDTHS = [12, 22, 32, 14, 15, 44, 12, 12, 14, 14, 14, 44, 20];
const COL = {
  category: 1,
  group: 2,
  description: 3,
  service: 4,
  region: 5,
  component: 6,
  quantity: 7,
  unit: 8,
  unitPrice: 9,
  monthly: 10,
  upfront: 11,
  priceId: 12,
  status: 13,
} as const;
export const ESTIMATE_HEADER_ROW = 4;

/**
 * The "AWS Estimate" sheet: a row per line, its components beneath it (quantity, unit price,
 * price id), lines grouped by category with exact subtotals, then adjustments and the totals
 * (upfront, monthly, first 12 months, total over the term), the catalog version and warnings.
 */
export function estimateSheetSpec(estimate: Estimate): SheetSpec {
  const b = new SheetBuilder(ESTIMATE_SHEET);
  const money = { numberFormat: moneyFormat(estimate.currency) };
  const last = HEADERS.length;
  b.userText(1, 1, `AWS cost estimate — ${estimate.scenario}`, { bold: true, fontSize: 14 });
  b.merge(`A1:M1`);
  b.userText(
    2,
    1,
    `Region ${estimate.region} · Currency ${estimate.currency} · Price catalog ${estimate.catalogVersion} · Created ${estimate.createdAt}`,
    { italic: true },
  );
  b.merge(`A2:M2`);
  HEADERS.forEach((h, i) =>
    b.set(ESTIMATE_HEADER_ROW, i + 1, h, {
      style: { bold: true, fill: BRAND.headerFill, fontColor: BRAND.headerFont, wrap: true },
    }),
  );
  WIDTHS.forEach((w, i) => b.width(String.fromCharCode(65 + i), w));
  b.freezePanes(ESTIMATE_HEADER_ROW, 0);
  b.height(ESTIMATE_HEADER_ROW, 30);

  let row = ESTIMATE_HEADER_ROW + 1;
  const subtotals: { row: number; monthly: string; upfront: string }[] = [];
  for (const category of CATEGORY_ORDER) {
    const lines = estimate.lines.filter((l) => l.category === category);
    if (lines.length === 0) continue;
    const lineRows: number[] = [];
    for (const line of lines) {
      lineRows.push(row);
      row = writeLine(b, row, line, estimate.currency);
    }
    const style = { bold: true, fill: BRAND.subtotalFill, borderTop: true };
    b.set(row, COL.category, `Subtotal ${category}`, { style });
    for (let c = COL.group; c <= last; c++) b.set(row, c, null, { style });
    const monthly = sumAmounts(lines.map((l) => l.monthly));
    const upfront = sumAmounts(lines.map((l) => l.upfront));
    const format = { ...money, style };
    amount(b, row, COL.monthly, monthly, format, (col) =>
      addRowsFormula(
        lineRows,
        col,
        lines.map((l) => l.monthly),
        monthly,
      ),
    );
    amount(b, row, COL.upfront, upfront, format, (col) =>
      addRowsFormula(
        lineRows,
        col,
        lines.map((l) => l.upfront),
        upfront,
      ),
    );
    subtotals.push({ row, monthly, upfront });
    row += 2;
  }
  row = writeTotals(b, row, estimate, subtotals);
  return b.build();
}

type CellFormat = { numberFormat?: string; style?: CellStyle };

/**
 * An amount cell: a live formula (from `formula`, given the cell's column) with the exact amount
 * cached as its result, or the amount alone when no formula reproduces it exactly. A zero amount
 * is written as a value: exceljs — and our reader, which keeps its behaviour — read a formula whose
 * cached result is 0 back as an empty cell, and the sheet must read back as the engine's numbers.
 */
function amount(
  b: SheetBuilder,
  row: number,
  column: number,
  value: string,
  format: CellFormat,
  formula: (column: number) => string | null,
): void {
  const f = formula(column);
  const n = amountCell(value)!;
  if (f && n !== 0) b.formula(row, column, f, n, format);
  else b.set(row, column, n, format);
}

/** An unpriced component's cost stays empty: a gap, never $0. */
function amountOrGap(
  b: SheetBuilder,
  row: number,
  column: number,
  value: string | null,
  format: CellFormat,
  formula: (column: number) => string | null,
): void {
  if (value === null) b.set(row, column, null, format);
  else amount(b, row, column, value, format, formula);
}

function writeLine(b: SheetBuilder, row: number, line: CostLine, currency: string): number {
  const money = { numberFormat: moneyFormat(currency) };
  b.set(row, COL.category, line.category, { style: { bold: true } });
  b.userText(row, COL.group, line.group.join(' > '));
  b.userText(row, COL.description, line.description, { bold: true });
  b.set(row, COL.service, line.service);
  b.set(row, COL.region, line.region);
  const bold = { ...money, style: { bold: true } };
  amount(b, row, COL.monthly, line.monthly, bold, (col) =>
    lineSumFormula(line, 'monthly', col, row + 1),
  );
  amount(b, row, COL.upfront, line.upfront, bold, (col) =>
    lineSumFormula(line, 'upfront', col, row + 1),
  );
  if (line.warnings.length)
    b.userText(row, COL.status, line.warnings.join('; '), {
      fontColor: BRAND.warningFont,
      wrap: true,
    });
  let r = row + 1;
  for (const c of line.components) {
    b.userText(r, COL.component, c.name, { indent: 1 });
    b.set(r, COL.quantity, amountCell(c.quantity), { numberFormat: QUANTITY_FORMAT });
    b.set(r, COL.unit, c.unit);
    b.set(r, COL.unitPrice, amountCell(c.unitPrice), { numberFormat: unitPriceFormat(currency) });
    const costColumn = c.charge === 'upfront' ? COL.upfront : COL.monthly;
    amountOrGap(b, r, costColumn, c.cost, money, () =>
      componentCostFormula(c, r, COL.quantity, COL.unitPrice),
    );
    b.set(r, COL.priceId, c.priceId);
    b.set(
      r,
      COL.status,
      c.status,
      c.status === 'priced' ? undefined : { style: { fontColor: BRAND.warningFont, bold: true } },
    );
    r++;
  }
  return r;
}

function writeTotals(
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
    b.userText(row, COL.component, `${a.name} (${a.kind})`, { indent: 1 });
    b.set(row, COL.monthly, amountCell(a.monthly), money);
    b.set(row, COL.upfront, amountCell(a.upfront), money);
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
