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

/**
 * The per-unit price behind a printed line "`quantity` units cost `cost`" where the cost is
 * rounded to the cent: the decimal with the fewest places whose exact cost at that quantity lies
 * within half a cent of the printed one. Throws when no price of up to 10 places fits, or when
 * more than one fits at the fewest places (the line does not determine the price).
 */
export function priceFromRoundedCost(quantity: string, cost: string): string {
  for (const d of [quantity, cost])
    if (!/^\d+(\.\d+)?$/.test(d)) throw new Error(`'${d}' is not a plain decimal.`);
  const [qi = '0', qf = ''] = quantity.split('.');
  const [ci = '0', cf = ''] = cost.split('.');
  if (cf.length > 2) throw new Error(`Cost '${cost}' is not rounded to the cent.`);
  const q = BigInt(qi + qf); // quantity × 10^qf.length
  const qScale = 10n ** BigInt(qf.length);
  const cents = BigInt(ci + cf.padEnd(2, '0'));
  if (q === 0n) throw new Error('Quantity is zero.');
  for (let places = 0; places <= 10; places++) {
    const scale = 10n ** BigInt(places);
    // price = k / scale; cost in cents = k × q × 100 / (scale × qScale); within ±½ cent of `cents`:
    // (2·cents − 1)·scale·qScale ≤ 200·k·q ≤ (2·cents + 1)·scale·qScale
    const low = (2n * cents - 1n) * scale * qScale;
    const high = (2n * cents + 1n) * scale * qScale;
    const step = 200n * q;
    const first = low <= 0n ? 0n : (low + step - 1n) / step;
    const last = high / step;
    if (last < first) continue;
    if (last > first)
      throw new Error(
        `${quantity} units costing ${cost} do not determine a price: ${last - first + 1n} prices of ${places} places fit.`,
      );
    return shiftDecimal(first.toString(), -places);
  }
  throw new Error(`No price of up to 10 places gives ${cost} for ${quantity} units.`);
}
