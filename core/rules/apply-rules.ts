import type { Adjustment } from '../estimate/estimate';
import { Decimal } from '../money/decimal';
import { formatMoney } from '../money/format';
import type { EstimateSettings } from '../requirements/requirements';
import { RulesInputError } from './rules-input-error';
import { supportFee } from './support-plans';

/** A line's list amounts, keyed by its service kind (`ec2`, `s3`… or `support`). */
export interface ChargeLine {
  readonly service: string;
  readonly monthly: Decimal;
  readonly upfront: Decimal;
}

export interface RulesResult {
  readonly adjustments: Adjustment[];
  readonly monthly: Decimal;
  readonly upfront: Decimal;
  readonly currency: string;
}

interface Amounts {
  monthly: Decimal;
  upfront: Decimal;
}

/**
 * Business rules after list prices, in this order, each a visible adjustment:
 * 1. AWS Support on the monthly list charges before discounts (an upfront fee adds the support
 *    it attracts in the month it is paid); 2. discounts, each on list prices (not compounded);
 * 3. partner margin on the discounted subtotal; 4. credits (never below zero); 5. tax;
 * 6. currency conversion at the stated rate and date.
 */
export function applyRules(
  lines: readonly ChargeLine[],
  settings: EstimateSettings,
  asOf: string,
): RulesResult {
  const adjustments: Adjustment[] = [];
  const list = sum(lines);
  const byService = lines.map((l) => ({ ...l }));
  let running: Amounts = { ...list };

  const plan = settings.supportPlan;
  if (plan && plan !== 'none') {
    const monthlyFee = supportFee(plan, list.monthly, asOf);
    const withUpfront = supportFee(plan, list.monthly.add(list.upfront), asOf);
    const upfrontFee = list.upfront.isZero()
      ? Decimal.ZERO
      : withUpfront.fee.subtract(monthlyFee.fee);
    const upfrontWords = upfrontFee.isZero()
      ? ''
      : ` In the month the upfront fees are paid, support is computed on ${formatMoney(list.monthly.add(list.upfront))}: ${formatMoney(withUpfront.fee)}, i.e. ${formatMoney(upfrontFee)} more, shown as upfront.`;
    adjustments.push(
      adjustment(
        'support',
        'AWS Support',
        { monthly: monthlyFee.fee, upfront: upfrontFee },
        monthlyFee.explanation + upfrontWords,
      ),
    );
    byService.push({ service: 'support', monthly: monthlyFee.fee, upfront: upfrontFee });
    running = add(running, { monthly: monthlyFee.fee, upfront: upfrontFee });
  }

  for (const discount of settings.discounts ?? []) {
    checkPct(`discounts[${discount.name}].percent`, discount.percent);
    const applies = byService.filter(
      (l) => !discount.services || discount.services.includes(l.service),
    );
    const base = sum(applies);
    const off = {
      monthly: base.monthly.percent(discount.percent).negate(),
      upfront: base.upfront.percent(discount.percent).negate(),
    };
    const scope = discount.services ? `on ${discount.services.join(', ')}` : 'on all charges';
    adjustments.push(
      adjustment(
        'discount',
        discount.name,
        off,
        `${discount.percent} % ${scope} at list price: ${formatMoney(base.monthly)}/month × ${discount.percent} % = ${formatMoney(off.monthly.negate())}/month off${base.upfront.isZero() ? '' : `; ${formatMoney(base.upfront)} upfront × ${discount.percent} % = ${formatMoney(off.upfront.negate())} off`}.`,
      ),
    );
    running = add(running, off);
  }

  if (settings.partnerMarginPct !== undefined && settings.partnerMarginPct !== 0) {
    checkPct('partnerMarginPct', settings.partnerMarginPct, true);
    const pct = settings.partnerMarginPct;
    const margin = { monthly: running.monthly.percent(pct), upfront: running.upfront.percent(pct) };
    adjustments.push(
      adjustment(
        'margin',
        'Partner margin',
        margin,
        `${pct} % on ${formatMoney(running.monthly)}/month = ${formatMoney(margin.monthly)}/month${running.upfront.isZero() ? '' : ` and on ${formatMoney(running.upfront)} upfront = ${formatMoney(margin.upfront)}`}.`,
      ),
    );
    running = add(running, margin);
  }

  if (settings.monthlyCreditsUsd !== undefined && settings.monthlyCreditsUsd !== 0) {
    const credit = Decimal.from(settings.monthlyCreditsUsd);
    if (credit.isNegative())
      throw new RulesInputError(
        'monthlyCreditsUsd',
        `must be ≥ 0, got ${settings.monthlyCreditsUsd}.`,
      );
    const applied = Decimal.min(credit, Decimal.max(running.monthly, Decimal.ZERO));
    const capped = applied.lessThan(credit)
      ? ` (capped at the monthly charges of ${formatMoney(running.monthly)})`
      : '';
    adjustments.push(
      adjustment(
        'credit',
        'AWS credits',
        { monthly: applied.negate(), upfront: Decimal.ZERO },
        `${formatMoney(credit)}/month of credits${capped} = ${formatMoney(applied.negate())}/month.`,
      ),
    );
    running = add(running, { monthly: applied.negate(), upfront: Decimal.ZERO });
  }

  if (settings.taxPct !== undefined && settings.taxPct !== 0) {
    checkPct('taxPct', settings.taxPct);
    const tax = {
      monthly: running.monthly.percent(settings.taxPct),
      upfront: running.upfront.percent(settings.taxPct),
    };
    adjustments.push(
      adjustment(
        'tax',
        `Tax ${settings.taxPct} %`,
        tax,
        `${settings.taxPct} % of ${formatMoney(running.monthly)}/month = ${formatMoney(tax.monthly)}/month${running.upfront.isZero() ? '' : `; of ${formatMoney(running.upfront)} upfront = ${formatMoney(tax.upfront)}`}.`,
      ),
    );
    running = add(running, tax);
  }

  let currency = 'USD';
  if (settings.fx) {
    const { fx } = settings;
    if (!/^[A-Z]{3}$/.test(fx.currency))
      throw new RulesInputError(
        'fx.currency',
        `must be an ISO 4217 code like PHP, got '${fx.currency}'.`,
      );
    if (!Decimal.isDecimal(fx.rate) || !Decimal.from(fx.rate).greaterThan(0))
      throw new RulesInputError('fx.rate', `must be a positive decimal, got '${fx.rate}'.`);
    const rate = Decimal.from(fx.rate);
    const converted = {
      monthly: running.monthly.multiply(rate),
      upfront: running.upfront.multiply(rate),
    };
    const source = fx.source ? `, source ${fx.source}` : '';
    // For kind 'fx' the amounts are the converted totals in the new currency, not a delta.
    adjustments.push(
      adjustment(
        'fx',
        `Currency USD → ${fx.currency}`,
        converted,
        `${formatMoney(running.monthly)}/month × ${fx.rate} ${fx.currency}/USD (rate as of ${fx.asOf}${source}) = ${formatMoney(converted.monthly, { currency: fx.currency, symbol: false })}/month${running.upfront.isZero() ? '' : `; upfront ${formatMoney(converted.upfront, { currency: fx.currency, symbol: false })}`}.`,
      ),
    );
    running = converted;
    currency = fx.currency;
  }
  return { adjustments, monthly: running.monthly, upfront: running.upfront, currency };
}

function adjustment(
  kind: Adjustment['kind'],
  name: string,
  amounts: Amounts,
  explanation: string,
): Adjustment {
  return {
    kind,
    name,
    monthly: amounts.monthly.toString(),
    upfront: amounts.upfront.toString(),
    explanation,
  };
}

function sum(lines: readonly { monthly: Decimal; upfront: Decimal }[]): Amounts {
  let monthly = Decimal.ZERO;
  let upfront = Decimal.ZERO;
  for (const l of lines) {
    monthly = monthly.add(l.monthly);
    upfront = upfront.add(l.upfront);
  }
  return { monthly, upfront };
}

function add(a: Amounts, b: Amounts): Amounts {
  return { monthly: a.monthly.add(b.monthly), upfront: a.upfront.add(b.upfront) };
}

function checkPct(field: string, value: number, allowNegative = false): void {
  if (!Number.isFinite(value) || value > 100 || (!allowNegative && value < 0)) {
    throw new RulesInputError(
      field,
      `must be a percentage between ${allowNegative ? '-100' : '0'} and 100, got ${value}.`,
    );
  }
}
