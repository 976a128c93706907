/** Exact sum of decimal strings (amounts are never floats): BigInt at a fixed scale of 10 places. */
const SCALE = 10;

export function sumDecimals(values: readonly string[]): string {
  let total = 0n;
  for (const v of values) total += toScaled(v);
  return fromScaled(total);
}

export function toScaled(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) throw new Error(`"${value}" is not a decimal amount.`);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > SCALE) throw new Error(`"${value}" has more than ${SCALE} decimal places.`);
  const scaled = BigInt(`${whole}${fraction.padEnd(SCALE, '0')}`);
  return sign === '-' ? -scaled : scaled;
}

export function fromScaled(scaled: bigint): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(SCALE + 1, '0');
  const whole = digits.slice(0, -SCALE);
  const fraction = digits.slice(-SCALE).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** a − b, exactly. */
export function subtractDecimals(a: string, b: string): string {
  return fromScaled(toScaled(a) - toScaled(b));
}
