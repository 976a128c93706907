import { coverageShortText } from '../../estimate/coverage';
import type { CostLine, Estimate } from '../../estimate/estimate';
import { columnLetters } from '../grid/cell-address';
import { COL, amount, amountOrGap } from './estimate-cells';
import { addRowsFormula, componentCostFormula, lineSumFormula } from './estimate-formulas';
import { writeTotals } from './estimate-totals';
import { SheetBuilder } from './sheet-builder';
import type { SheetSpec } from './sheet-spec';
import {
  BRAND,
  QUANTITY_FORMAT,
  amountCell,
  moneyFormat,
  sumAmounts,
  unitPriceFormat,
} from './number-formats';

export const ESTIMATE_SHEET = 'AWS Estimate';
const usd = { numberFormat: moneyFormat('USD') };
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
export const ESTIMATE_HEADER_ROW = 4;

/**
 * The "AWS Estimate" sheet: a row per line, its components beneath it (quantity, unit price,
 * price id), lines grouped by category with exact subtotals, then adjustments and the totals
 * (upfront, monthly, first 12 months, total over the term), the catalog version and warnings.
 * Costs, line sums, subtotals and totals are live formulas with the exact amounts cached.
 */
export function estimateSheetSpec(estimate: Estimate): SheetSpec {
  const b = new SheetBuilder(ESTIMATE_SHEET);
  const last = HEADERS.length;
  b.userText(1, 1, `AWS cost estimate — ${estimate.scenario}`, { bold: true, fontSize: 14 });
  b.merge(`A1:M1`);
  b.userText(
    2,
    1,
    `Region ${estimate.region} · Line amounts and unit prices in USD (AWS list prices), totals in ${estimate.currency} · Price catalog ${estimate.catalogVersion} · Created ${estimate.createdAt} · ${coverageShortText(estimate.coverage)}`,
    { italic: true },
  );
  b.merge(`A2:M2`);
  HEADERS.forEach((h, i) =>
    b.set(ESTIMATE_HEADER_ROW, i + 1, h, {
      style: { bold: true, fill: BRAND.headerFill, fontColor: BRAND.headerFont, wrap: true },
    }),
  );
  WIDTHS.forEach((w, i) => b.width(columnLetters(i + 1), w));
  b.freezePanes(ESTIMATE_HEADER_ROW, 0);
  b.height(ESTIMATE_HEADER_ROW, 30);

  let row = ESTIMATE_HEADER_ROW + 1;
  const subtotals: { row: number; monthly: string; upfront: string }[] = [];
  for (const category of CATEGORY_ORDER) {
    const lines = estimate.lines.filter((l) => l.category === category);
    if (lines.length === 0) continue;
    const written: WrittenLine[] = [];
    for (const line of lines) {
      const next = writeLine(b, row, line);
      written.push(next);
      row = next.nextRow;
    }
    const style = { bold: true, fill: BRAND.subtotalFill, borderTop: true };
    b.set(row, COL.category, `Subtotal ${category}`, { style });
    for (let c = COL.group; c <= last; c++) b.set(row, c, null, { style });
    const monthly = sumAmounts(lines.map((l) => l.monthly));
    const upfront = sumAmounts(lines.map((l) => l.upfront));
    const format = { ...usd, style };
    // A "not priced" line holds text, not an amount: the subtotal adds only the lines with amounts.
    const sumOf = (charge: 'monthly' | 'upfront', col: number, total: string) => {
      const numeric = written.filter((w) => w.numeric[charge]);
      return addRowsFormula(
        numeric.map((w) => w.row),
        col,
        numeric.map((w) => w.line[charge]),
        total,
      );
    };
    amount(b, row, COL.monthly, monthly, format, (col) => sumOf('monthly', col, monthly));
    amount(b, row, COL.upfront, upfront, format, (col) => sumOf('upfront', col, upfront));
    subtotals.push({ row, monthly, upfront });
    row += 2;
  }
  row = writeTotals(b, row, estimate, subtotals);
  return b.build();
}

interface WrittenLine {
  readonly line: CostLine;
  readonly row: number;
  readonly nextRow: number;
  /** Whether the line's cell in that column holds an amount (else the text "not priced"). */
  readonly numeric: { readonly monthly: boolean; readonly upfront: boolean };
}

/** A charge of a line with components but none of them priced: its amount is a gap, not $0. */
function chargeUnpriced(line: CostLine, charge: 'monthly' | 'upfront'): boolean {
  const parts = line.components.filter((c) => c.charge === charge);
  return line.components.length === 0
    ? charge === 'monthly'
    : parts.length > 0 && parts.every((c) => c.status !== 'priced');
}

/** Line amounts and unit prices are AWS list prices in USD, whatever the estimate's currency. */
function writeLine(b: SheetBuilder, row: number, line: CostLine): WrittenLine {
  b.set(row, COL.category, line.category, { style: { bold: true } });
  b.userText(row, COL.group, line.group.join(' > '));
  b.userText(row, COL.description, line.description, { bold: true });
  b.set(row, COL.service, line.service);
  b.set(row, COL.region, line.region);
  const bold = { ...usd, style: { bold: true } };
  const numeric = { monthly: true, upfront: true };
  for (const charge of ['monthly', 'upfront'] as const) {
    const col = charge === 'monthly' ? COL.monthly : COL.upfront;
    if (chargeUnpriced(line, charge)) {
      numeric[charge] = false;
      b.set(row, col, 'not priced', {
        style: { bold: true, italic: true, fontColor: BRAND.warningFont, horizontal: 'right' },
      });
    } else amount(b, row, col, line[charge], bold, (c) => lineSumFormula(line, charge, c, row + 1));
  }
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
    b.set(r, COL.unitPrice, amountCell(c.unitPrice), {
      numberFormat: unitPriceFormat(c.unitPrice),
    });
    const costColumn = c.charge === 'upfront' ? COL.upfront : COL.monthly;
    amountOrGap(b, r, costColumn, c.cost, usd, () =>
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
  return { line, row, nextRow: r, numeric };
}
