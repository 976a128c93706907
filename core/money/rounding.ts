/**
 * Named rounding rules. Amounts stay exact through the engine; a rule is chosen explicitly where a
 * number is presented (cents on a sheet) or where a division cannot be exact (amortising an upfront fee).
 * - `half-up`: ties away from zero (2.345 → 2.35, -2.345 → -2.35): what invoices and AWS's calculator show.
 * - `half-even`: ties to the even digit (2.345 → 2.34, 2.355 → 2.36): banker's rounding, no bias over many sums.
 * - `down`: towards zero (truncate). `up`: away from zero.
 */
export type RoundingRule = 'half-up' | 'half-even' | 'down' | 'up';

export const ROUNDING_RULES: readonly RoundingRule[] = ['half-up', 'half-even', 'down', 'up'];

/** Presentation default: cents, half-up. */
export const CENTS_HALF_UP = { places: 2, rule: 'half-up' } as const satisfies {
  places: number;
  rule: RoundingRule;
};

/** Integer division of numerator by a positive or negative denominator, rounded by `rule`. */
export function divideRounded(numerator: bigint, denominator: bigint, rule: RoundingRule): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let q = n / d;
  const r = n % d;
  if (r !== 0n) {
    const twice = r * 2n;
    switch (rule) {
      case 'down':
        break;
      case 'up':
        q += 1n;
        break;
      case 'half-up':
        if (twice >= d) q += 1n;
        break;
      case 'half-even':
        if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
        break;
    }
  }
  return negative ? -q : q;
}
