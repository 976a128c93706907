import type { Decimal } from './decimal';
import { Money } from './money';
import type { RoundingRule } from './rounding';

const SYMBOLS: Readonly<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  PHP: '₱',
  INR: '₹',
};

export interface FormatOptions {
  readonly currency?: string;
  /** Decimal places shown; 2 (cents) by default. */
  readonly places?: number;
  readonly rule?: RoundingRule;
  /** Show the currency symbol (`$119.14`) or code (`PHP 6,150.00`); symbol by default. */
  readonly symbol?: boolean;
}

/**
 * `1234.565` → `$1,234.57` (half-up) — the one place where an amount is rounded for display.
 * A Money is shown in its own currency; a Decimal in `options.currency` (USD by default).
 */
export function formatMoney(amount: Money, options?: Omit<FormatOptions, 'currency'>): string;
export function formatMoney(amount: Decimal, options?: FormatOptions): string;
export function formatMoney(value: Decimal | Money, options?: FormatOptions): string {
  if (value instanceof Money)
    return formatMoney(value.amount, { ...options, currency: value.currency });
  const amount = value;
  // No options object and no rounded Decimal allocated: this runs several times per component.
  const currency = options?.currency ?? 'USD';
  const places = options?.places ?? 2;
  const rule = options?.rule ?? 'half-up';
  const symbol = options?.symbol ?? true;
  // Units of the amount rounded to exactly `places` decimals (as amount.round(places, rule) would give).
  const units = amount.roundedUnits(places, rule);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  const whole = groupThousands(digits.slice(0, digits.length - places));
  const number = places > 0 ? `${whole}.${digits.slice(digits.length - places)}` : whole;
  const mark = symbol && SYMBOLS[currency] ? SYMBOLS[currency] : `${currency} `;
  return `${negative ? '-' : ''}${mark}${number}`;
}

/** A quantity for explanations: exact, thousands-grouped, trailing zeros dropped (`6,000,000`, `0.125`). */
export function formatQuantity(value: Decimal): string {
  return groupQuantityText(value.toString());
}

/** `formatQuantity` of a value already written by `Decimal.toString()` (saves writing it twice). */
export function groupQuantityText(text: string): string {
  // Index arithmetic instead of split: this runs for every component explanation.
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  const dot = text.indexOf('.');
  const end = dot < 0 ? text.length : dot;
  if (end - start <= 3) return text;
  const grouped = groupThousands(text.slice(start, end));
  return `${start === 1 ? '-' : ''}${grouped}${dot < 0 ? '' : text.slice(dot)}`;
}

/** A unit price for explanations: exact, at least 2 places, no padding zeros beyond (`$0.0816`, `$0.0000166667`). */
export function formatUnitPrice(price: Decimal, currency = 'USD'): string {
  const exact = price.toString();
  const places = Math.max(2, exact.includes('.') ? exact.length - exact.indexOf('.') - 1 : 0);
  return formatMoney(price, { currency, places, rule: 'half-up' });
}

/** `1234567` → `1,234,567` (a loop: this runs for every component explanation). */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = '';
  const head = digits.length % 3;
  if (head > 0) out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += (out ? ',' : '') + digits.slice(i, i + 3);
  return out;
}
