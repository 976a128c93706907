import { Decimal } from '../../money/decimal';

/** Number formats of the result sheets (one place, so both renderers and tests agree). */
export function moneyFormat(currency: string): string {
  return currency === 'USD' ? '"$"#,##0.00' : `#,##0.00 "${currency.replace(/"/g, '')}"`;
}

/** Unit prices keep their sub-cent digits (the catalog has 10 places). */
export function unitPriceFormat(currency: string): string {
  return currency === 'USD'
    ? '"$"#,##0.00########'
    : `#,##0.00######## "${currency.replace(/"/g, '')}"`;
}

export const QUANTITY_FORMAT = '#,##0.####';
export const PERCENT_FORMAT = '0.00"%"';

/**
 * A decimal amount string -> the number written to the cell. This is the presentation edge: the
 * sheet shows it with a 2-place format; the exact string stays in the estimate JSON.
 */
export function amountCell(amount: string | null): number | null {
  return amount === null ? null : Decimal.from(amount).toNumber();
}

/** Exact sum of decimal strings (subtotals are added before any rounding). */
export function sumAmounts(amounts: readonly string[]): string {
  return amounts.reduce((acc, a) => acc.add(a), Decimal.ZERO).toString();
}

export const BRAND = {
  headerFill: '232F3E',
  headerFont: 'FFFFFF',
  subtotalFill: 'EAEDED',
  totalFill: 'FFE8C2',
  cheapestFill: 'C6EFCE',
  warningFont: '9C5700',
} as const;
