import type { CostLine, Estimate } from '../../estimate/estimate';
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
  for (const category of CATEGORY_ORDER) {
    const lines = estimate.lines.filter((l) => l.category === category);
    if (lines.length === 0) continue;
    for (const line of lines) row = writeLine(b, row, line, estimate.currency);
    const style = { bold: true, fill: BRAND.subtotalFill, borderTop: true };
    b.set(row, COL.category, `Subtotal ${category}`, { style });
    for (let c = COL.group; c <= last; c++) b.set(row, c, null, { style });
    b.set(row, COL.monthly, amountCell(sumAmounts(lines.map((l) => l.monthly))), {
      ...money,
      style,
    });
    b.set(row, COL.upfront, amountCell(sumAmounts(lines.map((l) => l.upfront))), {
      ...money,
      style,
    });
    row += 2;
  }
  row = writeTotals(b, row, estimate);
  return b.build();
}

function writeLine(b: SheetBuilder, row: number, line: CostLine, currency: string): number {
  const money = { numberFormat: moneyFormat(currency) };
  b.set(row, COL.category, line.category, { style: { bold: true } });
  b.userText(row, COL.group, line.group.join(' > '));
  b.userText(row, COL.description, line.description, { bold: true });
  b.set(row, COL.service, line.service);
  b.set(row, COL.region, line.region);
  b.set(row, COL.monthly, amountCell(line.monthly), { ...money, style: { bold: true } });
  b.set(row, COL.upfront, amountCell(line.upfront), { ...money, style: { bold: true } });
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
    b.set(r, c.charge === 'upfront' ? COL.upfront : COL.monthly, amountCell(c.cost), money);
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

function writeTotals(b: SheetBuilder, start: number, e: Estimate): number {
  const money = { numberFormat: moneyFormat(e.currency) };
  let row = start;
  b.set(row, COL.component, 'List price (USD)', { style: { bold: true } });
  b.set(row, COL.monthly, amountCell(e.listTotals.monthly), { numberFormat: moneyFormat('USD') });
  b.set(row, COL.upfront, amountCell(e.listTotals.upfront), { numberFormat: moneyFormat('USD') });
  row++;
  for (const a of e.adjustments) {
    b.userText(row, COL.component, `${a.name} (${a.kind})`, { indent: 1 });
    b.set(row, COL.monthly, amountCell(a.monthly), money);
    b.set(row, COL.upfront, amountCell(a.upfront), money);
    b.userText(row, COL.priceId, a.explanation, { italic: true });
    row++;
  }
  row++;
  const total = { bold: true, fill: BRAND.totalFill, borderTop: true };
  const rows: [string, string][] = [
    ['Total upfront', e.totals.upfront],
    ['Total monthly', e.totals.monthly],
    ['Total first 12 months', e.totals.first12Months],
    [`Total over the term (${e.totals.termMonths} months)`, e.totals.totalOverTerm],
  ];
  for (const [label, amount] of rows) {
    b.set(row, COL.component, label, { style: total });
    b.set(row, COL.monthly, amountCell(amount), { ...money, style: total });
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
