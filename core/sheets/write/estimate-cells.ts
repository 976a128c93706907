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
 * is a formula too (the readers give a cached 0 back as 0), so a zero total goes live as well.
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
  if (f) b.formula(row, column, f, n, format);
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
