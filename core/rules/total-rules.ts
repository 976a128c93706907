import { Decimal } from '../money/decimal';
import { formatMoney } from '../money/format';
import { Money } from '../money/money';
import { LIST_CURRENCY, adjustmentOf, percentOfCharges } from './charges';
import type { Charges } from './charges';
import { RulesInputError } from './rules-input-error';
import type { Rule } from './rules-state';
import { checkPct, withAdjustment } from './rules-state';

/** " and on $X upfront = $Y" — the upfront half of an explanation, empty when nothing is upfront. */
function upfrontWords(base: Charges, result: Charges, words: (b: string, r: string) => string) {
  return base.upfront.isZero() ? '' : words(formatMoney(base.upfront), formatMoney(result.upfront));
}

/** Partner margin on the discounted subtotal (may be negative, down to -100 %). */
export const marginRule: Rule = (state, settings) => {
  const pct = settings.partnerMarginPct;
  if (pct === undefined || pct === 0) return state;
  checkPct('partnerMarginPct', pct, true);
  const { running } = state;
  const margin = percentOfCharges(running, pct);
  const upfront = upfrontWords(running, margin, (b, r) => ` and on ${b} upfront = ${r}`);
  const explanation = `${pct} % on ${formatMoney(running.monthly)}/month = ${formatMoney(margin.monthly)}/month${upfront}.`;
  return withAdjustment(
    state,
    adjustmentOf('margin', 'Partner margin', margin, explanation),
    margin,
  );
};

/** Monthly AWS credits (USD), never taking the monthly total below zero. */
export const creditsRule: Rule = (state, settings) => {
  const amount = settings.monthlyCreditsUsd;
  if (amount === undefined || amount === 0) return state;
  const credit = Money.of(Decimal.from(amount), LIST_CURRENCY);
  if (credit.amount.isNegative())
    throw new RulesInputError('monthlyCreditsUsd', `must be ≥ 0, got ${amount}.`);
  const { running } = state;
  const applied = Money.min(credit, Money.max(running.monthly, Money.zero(LIST_CURRENCY)));
  const capped =
    applied.compare(credit) < 0
      ? ` (capped at the monthly charges of ${formatMoney(running.monthly)})`
      : '';
  const off: Charges = { monthly: applied.negate(), upfront: Money.zero(LIST_CURRENCY) };
  const explanation = `${formatMoney(credit)}/month of credits${capped} = ${formatMoney(off.monthly)}/month.`;
  return withAdjustment(state, adjustmentOf('credit', 'AWS credits', off, explanation), off);
};

/** Tax on everything before it. */
export const taxRule: Rule = (state, settings) => {
  const pct = settings.taxPct;
  if (pct === undefined || pct === 0) return state;
  checkPct('taxPct', pct);
  const { running } = state;
  const tax = percentOfCharges(running, pct);
  const upfront = upfrontWords(running, tax, (b, r) => `; of ${b} upfront = ${r}`);
  const explanation = `${pct} % of ${formatMoney(running.monthly)}/month = ${formatMoney(tax.monthly)}/month${upfront}.`;
  return withAdjustment(state, adjustmentOf('tax', `Tax ${pct} %`, tax, explanation), tax);
};

/**
 * Currency conversion at the stated rate and date, last. The `fx` adjustment records the converted
 * totals in the new currency (not a delta), and they replace the running total.
 */
export const fxRule: Rule = (state, settings) => {
  const { fx } = settings;
  if (!fx) return state;
  if (!/^[A-Z]{3}$/.test(fx.currency))
    throw new RulesInputError(
      'fx.currency',
      `must be an ISO 4217 code like PHP, got '${fx.currency}'.`,
    );
  if (!Decimal.isDecimal(fx.rate) || !Decimal.from(fx.rate).greaterThan(0))
    throw new RulesInputError('fx.rate', `must be a positive decimal, got '${fx.rate}'.`);
  const rate = Decimal.from(fx.rate);
  const { running } = state;
  const from = running.monthly.currency;
  const converted: Charges = {
    monthly: running.monthly.convert(fx.currency, rate),
    upfront: running.upfront.convert(fx.currency, rate),
  };
  const source = fx.source ? `, source ${fx.source}` : '';
  const upfront = running.upfront.isZero()
    ? ''
    : `; upfront ${formatMoney(converted.upfront, { symbol: false })}`;
  const explanation = `${formatMoney(running.monthly)}/month × ${fx.rate} ${fx.currency}/${from} (rate as of ${fx.asOf}${source}) = ${formatMoney(converted.monthly, { symbol: false })}/month${upfront}.`;
  const adjustment = adjustmentOf(
    'fx',
    `Currency ${from} → ${fx.currency}`,
    converted,
    explanation,
  );
  return { ...state, running: converted, adjustments: [...state.adjustments, adjustment] };
};
