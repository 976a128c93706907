import { Decimal, formatMoney } from '../../core';

/**
 * An amount as the API sends it (a decimal string such as `"5240.232"`), as the front ends show it:
 * core's `formatMoney` — exact, rounded half-up to cents, thousands grouped — with the currency's
 * symbol (`$5,240.23`) or its code (`USD 5,240.23`). No float ever touches the amount. Text that is
 * not a decimal is shown as it came, so a malformed value is visible instead of `NaN` or a crash.
 */
export function moneyText(amount: string, currency: string, style: 'symbol' | 'code'): string {
  if (!Decimal.isDecimal(amount)) return `${currency} ${amount}`;
  return formatMoney(Decimal.from(amount), { currency, symbol: style === 'symbol' });
}
