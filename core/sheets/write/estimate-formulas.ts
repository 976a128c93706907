import type { CostComponent, CostLine } from '../../estimate/estimate';
import { Decimal } from '../../money/decimal';
import { cellAddress } from '../grid/cell-address';

/**
 * The live formulas of the "AWS Estimate" sheet, built from cell addresses only. Each builder
 * returns null when the formula would not evaluate to the engine's exact amount (a hand-edited or
 * inconsistent estimate) or would exceed Excel's formula length; the writer then writes the value
 * alone, so a cached result can never disagree with its formula.
 */

/** Excel refuses formulas longer than 8,192 characters; stay well below. */
const MAX_FORMULA_LENGTH = 8000;

const sameAmount = (a: Decimal, b: string): boolean => a.equals(b);

/** `=G7*I7` when quantity × unit price is exactly the component's cost. */
export function componentCostFormula(
  c: CostComponent,
  row: number,
  quantityColumn: number,
  unitPriceColumn: number,
): string | null {
  if (c.status !== 'priced' || c.quantity === null || c.unitPrice === null || c.cost === null)
    return null;
  if (!sameAmount(Decimal.from(c.quantity).multiply(c.unitPrice), c.cost)) return null;
  return `=${cellAddress(row, quantityColumn)}*${cellAddress(row, unitPriceColumn)}`;
}

/** `=SUM(J6:J8)` over a line's component rows when their costs in that charge add up to `amount`. */
export function lineSumFormula(
  line: CostLine,
  charge: 'monthly' | 'upfront',
  column: number,
  firstComponentRow: number,
): string | null {
  const n = line.components.length;
  if (n === 0) return null;
  const costs = line.components.filter((c) => c.charge === charge && c.cost !== null);
  const total = Decimal.sum(costs.map((c) => Decimal.from(c.cost!)));
  if (!sameAmount(total, charge === 'monthly' ? line.monthly : line.upfront)) return null;
  const first = cellAddress(firstComponentRow, column);
  const last = cellAddress(firstComponentRow + n - 1, column);
  return `=SUM(${first}:${last})`;
}

/** `=J5+J9+J14` over the given rows of one column when `amounts` add up exactly to `expected`. */
export function addRowsFormula(
  rows: readonly number[],
  column: number,
  amounts: readonly string[],
  expected: string,
): string | null {
  if (rows.length === 0) return null;
  const total = Decimal.sum(amounts.map((a) => Decimal.from(a)));
  if (!sameAmount(total, expected)) return null;
  const formula = `=${rows.map((r) => cellAddress(r, column)).join('+')}`;
  return formula.length > MAX_FORMULA_LENGTH ? null : formula;
}

/** `=J30+12*J31` (upfront + months × monthly) when that is exactly `expected`. */
export function upfrontPlusMonthsFormula(
  upfront: { row: number; column: number; amount: string },
  monthly: { row: number; column: number; amount: string },
  months: number,
  expected: string,
): string | null {
  if (!Number.isInteger(months) || months < 0) return null;
  const total = Decimal.from(upfront.amount).add(Decimal.from(monthly.amount).multiply(months));
  if (!sameAmount(total, expected)) return null;
  return `=${cellAddress(upfront.row, upfront.column)}+${months}*${cellAddress(monthly.row, monthly.column)}`;
}
