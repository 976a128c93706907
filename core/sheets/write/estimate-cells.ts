import type { SheetBuilder } from './sheet-builder';
import type { CellStyle } from './sheet-spec';
import { amountCell } from './number-formats';

/** Columns of the "AWS Estimate" sheet (1-based). */
export const COL = {
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

export type CellFormat = { numberFormat?: string; style?: CellStyle };

/**
 * An amount cell: a live formula (from `formula`, given the cell's column) with the exact amount
 * cached as its result, or the amount alone when no formula reproduces it exactly. A zero amount
 * is written as a value: exceljs — and our reader, which keeps its behaviour — read a formula whose
 * cached result is 0 back as an empty cell, and the sheet must read back as the engine's numbers.
 */
export function amount(
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
export function amountOrGap(
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
