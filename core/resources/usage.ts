import { Decimal } from '../money/decimal';
import { formatQuantity } from '../money/format';
import { ResourceInputError } from './resource-input-error';

/**
 * Decimal places an hour quantity keeps: 0.0001 h is 0.36 s, finer than EC2's per-second billing.
 * Hours worked out by a division (60 h/week × 730 ÷ 168 = 260.714285…) or carried as a binary
 * float (260.71428571428567) are rounded half-even to these places where they enter the engine,
 * so the explanation shows the very hours the amount is multiplied from.
 */
export const HOURS_PLACES = 4;

/** An hour quantity at no more than HOURS_PLACES decimals (exact values with fewer stay as they are). */
export function hoursQuantity(hours: Decimal): Decimal {
  return hours.scale > HOURS_PLACES ? hours.round(HOURS_PLACES, 'half-even') : hours;
}

/** Hours in an explanation, written like every other quantity: `730 h`, `260.7143 h`, `1,460 h`. */
export function hoursWords(hours: Decimal | number): string {
  return `${formatQuantity(typeof hours === 'number' ? Decimal.from(hours) : hours)} h`;
}

/**
 * Monthly hours for an item: explicit hours, else utilisation % of the month, else the full month;
 * at most HOURS_PLACES decimals.
 */
export function monthlyHours(
  item: { readonly hoursPerMonth?: number; readonly utilizationPct?: number; readonly id: string },
  hoursInMonth: Decimal,
): Decimal {
  if (item.hoursPerMonth !== undefined) {
    if (!(item.hoursPerMonth >= 0) || item.hoursPerMonth > 744) {
      throw new ResourceInputError(
        item.id,
        'hoursPerMonth',
        `must be between 0 and 744, got ${item.hoursPerMonth}`,
      );
    }
    return hoursQuantity(Decimal.from(item.hoursPerMonth));
  }
  if (item.utilizationPct !== undefined) {
    if (!(item.utilizationPct >= 0) || item.utilizationPct > 100) {
      throw new ResourceInputError(
        item.id,
        'utilizationPct',
        `must be between 0 and 100, got ${item.utilizationPct}`,
      );
    }
    return hoursQuantity(hoursInMonth.percent(item.utilizationPct));
  }
  return hoursInMonth;
}

/** An optional usage number as a Decimal; undefined stays null ("no usage given" ≠ zero). */
export function usageOf(value: number | undefined): Decimal | null {
  return value === undefined ? null : Decimal.from(value);
}

/** Count × something, in words: `2 × m7g.large × 730 h`; a count of 1 is still shown. */
export function timesWords(...parts: readonly (string | Decimal | number)[]): string {
  let out = '';
  for (let i = 0; i < parts.length; i += 1) {
    const p = parts[i]!;
    if (i > 0) out += ' × ';
    out += typeof p === 'string' ? p : formatQuantity(typeof p === 'number' ? Decimal.from(p) : p);
  }
  return out;
}

/** The line count (`quantity` of the item) as a Decimal, checked. */
export function itemCount(item: { readonly quantity: number; readonly id: string }): Decimal {
  if (!(item.quantity >= 0) || !Number.isFinite(item.quantity)) {
    throw new ResourceInputError(item.id, 'quantity', `must be a number ≥ 0, got ${item.quantity}`);
  }
  return Decimal.from(item.quantity);
}
