import { Decimal } from '../money/decimal';
import { formatMoney } from '../money/format';
import type { Discount } from '../requirements/requirements';
import { adjustmentOf, chargesOf, negateCharges, percentOfCharges, sumCharges } from './charges';
import type { Charges } from './charges';
import type { Rule, RulesState } from './rules-state';
import { checkPct, withAdjustment } from './rules-state';
import { supportFee } from './support-plans';

/**
 * AWS Support on the monthly list charges before discounts; an upfront fee adds the support it
 * attracts in the month it is paid (shown as upfront). Support becomes a service line that
 * discounts on all charges also reduce.
 */
export const supportRule: Rule = (state, settings, asOf) => {
  const plan = settings.supportPlan;
  if (!plan || plan === 'none') return state;
  const { list } = state;
  const monthlyFee = supportFee(plan, list.monthly.amount, asOf);
  const withUpfront = supportFee(plan, list.monthly.amount.add(list.upfront.amount), asOf);
  const upfrontFee = list.upfront.isZero()
    ? Decimal.ZERO
    : withUpfront.fee.subtract(monthlyFee.fee);
  const fee = chargesOf(monthlyFee.fee, upfrontFee);
  const upfrontWords = upfrontFee.isZero()
    ? ''
    : ` In the month the upfront fees are paid, support is computed on ${formatMoney(list.monthly.add(list.upfront))}: ${formatMoney(withUpfront.fee)}, i.e. ${formatMoney(upfrontFee)} more, shown as upfront.`;
  const adjustment = adjustmentOf(
    'support',
    'AWS Support',
    fee,
    monthlyFee.explanation + upfrontWords,
  );
  return {
    ...withAdjustment(state, adjustment, fee),
    byService: [...state.byService, { service: 'support', charges: fee }],
  };
};

/** Each discount on list prices (support included) of the services it names, not compounded. */
export const discountsRule: Rule = (state, settings) =>
  (settings.discounts ?? []).reduce(applyDiscount, state);

function applyDiscount(state: RulesState, discount: Discount): RulesState {
  checkPct(`discounts[${discount.name}].percent`, discount.percent);
  const applies = state.byService.filter(
    (l) => !discount.services || discount.services.includes(l.service),
  );
  const base = sumCharges(applies.map((l) => l.charges));
  const off = negateCharges(percentOfCharges(base, discount.percent));
  const adjustment = adjustmentOf(
    'discount',
    discount.name,
    off,
    discountWords(discount, base, off),
  );
  return withAdjustment(state, adjustment, off);
}

function discountWords(discount: Discount, base: Charges, off: Charges): string {
  const pct = discount.percent;
  const scope = discount.services ? `on ${discount.services.join(', ')}` : 'on all charges';
  const upfront = base.upfront.isZero()
    ? ''
    : `; ${formatMoney(base.upfront)} upfront × ${pct} % = ${formatMoney(off.upfront.negate())} off`;
  return `${pct} % ${scope} at list price: ${formatMoney(base.monthly)}/month × ${pct} % = ${formatMoney(off.monthly.negate())}/month off${upfront}.`;
}
