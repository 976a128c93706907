import { Decimal } from './decimal';
import { MoneyError } from './money-error';

/**
 * Split `amount` into parts proportional to `ratios` at `places` decimals, so the parts sum to the
 * amount rounded to `places` exactly (largest remainder gets the leftover smallest units, earliest
 * first on ties). Used to spread a credit or a rounded total over lines without losing a cent.
 */
export function allocate(
  amount: Decimal,
  ratios: readonly (Decimal | number | string)[],
  places = 2,
): Decimal[] {
  const weights = ratios.map((r) => Decimal.from(r));
  if (weights.length === 0) throw new MoneyError('Allocate needs at least one ratio.');
  if (weights.some((w) => w.isNegative())) throw new MoneyError('Allocation ratios must be ≥ 0.');
  const total = Decimal.sum(weights);
  if (total.isZero()) throw new MoneyError('Allocation ratios must not all be zero.');
  const target = amount.round(places, 'half-up');
  const shares = weights.map((w) => target.multiply(w).divide(total, places, 'down'));
  let remainder = target.subtract(Decimal.sum(shares));
  const step = Decimal.of(remainder.isNegative() ? -1n : 1n, places);
  // Exact remainders of each share, largest first, decide who gets the leftover units.
  const order = weights
    .map((w, i) => ({ i, rest: target.multiply(w).subtract(shares[i]!.multiply(total)).abs() }))
    .sort((a, b) => b.rest.compare(a.rest) || a.i - b.i);
  for (let k = 0; !remainder.isZero(); k = (k + 1) % order.length) {
    const i = order[k]!.i;
    shares[i] = shares[i]!.add(step);
    remainder = remainder.subtract(step);
  }
  return shares;
}
