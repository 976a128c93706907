/**
 * Decimal strings for curated prices. Reference files hold JSON numbers; a JSON number parsed by
 * JavaScript prints back as its shortest round-trip form, which is the digits the file had, so
 * converting through String() does not invent precision. Prices are written the way the Price
 * List writes them: at least 10 decimal places (`0.0960000000`).
 */

/** The plain (non-exponent) decimal form of a finite, non-negative JSON number. */
export function plainDecimal(value: number): string {
  if (!Number.isFinite(value) || value < 0)
    throw new Error(`Price ${value} is not a finite non-negative number.`);
  const text = String(value);
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, int = '', frac = '', expText = '0'] = match;
  return shiftDecimal(frac ? `${int}.${frac}` : int, Number(expText));
}

/** Multiply a plain decimal string by 10^places (negative places divide), exactly. */
export function shiftDecimal(decimal: string, places: number): string {
  if (!/^\d+(\.\d+)?$/.test(decimal)) throw new Error(`'${decimal}' is not a plain decimal.`);
  const [int = '0', frac = ''] = decimal.split('.');
  let digits = int + frac;
  let point = int.length + places;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/** A price as the Price List prints it: at least 10 decimal places. */
export function priceString(value: number | string): string {
  const plain = typeof value === 'number' ? plainDecimal(value) : value;
  const [int = '0', frac = ''] = plain.split('.');
  return `${int}.${frac.padEnd(10, '0')}`;
}

/** Compare two decimal strings numerically without floats: -1, 0 or 1. */
export function compareDecimal(a: string, b: string): number {
  const [ai = '0', af = ''] = a.split('.');
  const [bi = '0', bf = ''] = b.split('.');
  const width = Math.max(af.length, bf.length);
  const an = BigInt(ai + af.padEnd(width, '0'));
  const bn = BigInt(bi + bf.padEnd(width, '0'));
  return an === bn ? 0 : an < bn ? -1 : 1;
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
