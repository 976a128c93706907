import { Decimal } from '../money/decimal';
import type { Totals } from './estimate';

/** Totals as AWS's calculator shows them, plus the total over the commitment term. */
export function makeTotals(upfront: Decimal, monthly: Decimal, termMonths: number): Totals {
  return {
    upfront: upfront.toString(),
    monthly: monthly.toString(),
    first12Months: upfront.add(monthly.multiply(12)).toString(),
    termMonths,
    totalOverTerm: upfront.add(monthly.multiply(termMonths)).toString(),
  };
}

export function totalsAmounts(totals: Totals): { upfront: Decimal; monthly: Decimal } {
  return { upfront: Decimal.from(totals.upfront), monthly: Decimal.from(totals.monthly) };
}
