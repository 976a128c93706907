import type { Adjustment } from '../estimate/estimate';
import type { Decimal } from '../money/decimal';
import { Money } from '../money/money';

/**
 * A month's recurring and one-time amounts, each a Money: the rules add, discount and convert
 * them, and adding a USD amount to a PHP one is a MoneyError, never a silent sum.
 */
export interface Charges {
  readonly monthly: Money;
  readonly upfront: Money;
}

export const LIST_CURRENCY = 'USD';

export function chargesOf(monthly: Decimal, upfront: Decimal, currency = LIST_CURRENCY): Charges {
  return { monthly: Money.of(monthly, currency), upfront: Money.of(upfront, currency) };
}

export function addCharges(a: Charges, b: Charges): Charges {
  return { monthly: a.monthly.add(b.monthly), upfront: a.upfront.add(b.upfront) };
}

export function sumCharges(list: readonly Charges[], currency = LIST_CURRENCY): Charges {
  return {
    monthly: Money.sum(
      list.map((c) => c.monthly),
      currency,
    ),
    upfront: Money.sum(
      list.map((c) => c.upfront),
      currency,
    ),
  };
}

/** `pct` percent of both amounts. */
export function percentOfCharges(c: Charges, pct: number): Charges {
  return { monthly: c.monthly.percent(pct), upfront: c.upfront.percent(pct) };
}

export function negateCharges(c: Charges): Charges {
  return { monthly: c.monthly.negate(), upfront: c.upfront.negate() };
}

/** An adjustment as the estimate records it: signed decimal strings in the amounts' currency. */
export function adjustmentOf(
  kind: Adjustment['kind'],
  name: string,
  amounts: Charges,
  explanation: string,
): Adjustment {
  return {
    kind,
    name,
    monthly: amounts.monthly.amount.toString(),
    upfront: amounts.upfront.amount.toString(),
    explanation,
  };
}
