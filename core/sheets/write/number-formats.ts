import { Decimal } from '../../money/decimal';

/** Number formats of the result sheets (one place, so both renderers and tests agree). */
export function moneyFormat(currency: string): string {
  return currency === 'USD' ? '"$"#,##0.00' : `#,##0.00 "${currency.replace(/"/g, '')}"`;
}

/**
 * A unit price (always a USD list price) shown with exactly the digits AWS publishes — `$0.0816`,
 * `$0.0000004` — never rounded to cents: at least 2 places, and as many as the price has once its
 * trailing zeros are dropped (the catalog writes 10 places). Fixed zeros, not `#`, so every
 * renderer shows the same digits.
 */
export function unitPriceFormat(unitPrice: string | null): string {
  return `"$"#,##0.${'0'.repeat(publishedPlaces(unitPrice))}`;
}

/** Decimal places of a price with its trailing zeros dropped, at least 2. */
export function publishedPlaces(price: string | null): number {
  if (price === null) return 2;
  const dot = price.indexOf('.');
  if (dot < 0) return 2;
  const decimals = price.slice(dot + 1).replace(/0+$/, '');
  return Math.max(2, decimals.length);
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
