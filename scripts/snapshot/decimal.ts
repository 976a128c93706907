/**
 * Decimal strings for curated prices, through core's Decimal (core/money): reference files hold
 * JSON numbers, and a JSON number parsed by JavaScript prints back as its shortest round-trip form
 * — the digits the file had — so `Decimal.from(number)` does not invent precision. Prices are
 * written the way the Price List writes them: at least 10 decimal places (`0.0960000000`).
 */
import { Decimal } from '../../core/money/decimal';

/** The plain (non-exponent) decimal form of a finite, non-negative JSON number. */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`Price ${value} is not a finite non-negative number.`);
  return Decimal.from(value).toString();
}

/** Multiply a plain decimal string by 10^places (negative places divide), exactly. */
export function shiftDecimal(decimal: string, places: number): string {
  const factor = places < 0 ? Decimal.of(1n, -places) : Decimal.of(10n ** BigInt(places));
  return Decimal.from(decimal).multiply(factor).toString();
}

/** A price as the Price List prints it: at least 10 decimal places. */
export function priceString(value: number | string): string {
  return Decimal.from(typeof value === 'number' ? plainDecimal(value) : value).toFixedExact(10);
}

/** Compare two decimal strings numerically without floats: -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  return Decimal.from(a).compare(b);
}

/** The exact product of two plain decimal strings (`'40.96' × '0.0009765625'` → `'0.04'`). */
export function multiplyDecimal(a: string, b: string): string {
  for (const d of [a, b])
    if (!/^\d+(\.\d+)?$/.test(d)) throw new Error(`'${d}' is not a plain decimal.`);
  const [ai = '0', af = ''] = a.split('.');
  const [bi = '0', bf = ''] = b.split('.');
  const product = (BigInt(ai + af) * BigInt(bi + bf)).toString();
  return shiftDecimal(product, -(af.length + bf.length));
}
