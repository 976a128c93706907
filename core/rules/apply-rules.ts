import type { Adjustment } from '../estimate/estimate';
import type { Decimal } from '../money/decimal';
import type { EstimateSettings } from '../requirements/requirements';
import { chargesOf, sumCharges } from './charges';
import { discountsRule, supportRule } from './list-rules';
import type { Rule, RulesState } from './rules-state';
import { creditsRule, fxRule, marginRule, taxRule } from './total-rules';

/** A line's list amounts (USD), keyed by its service kind (`ec2`, `s3`… or `support`). */
export interface ChargeLine {
  readonly service: string;
  readonly monthly: Decimal;
  readonly upfront: Decimal;
}

export interface RulesResult {
  readonly adjustments: Adjustment[];
  /** The totals after every rule, in `currency`. */
  readonly monthly: Decimal;
  readonly upfront: Decimal;
  readonly currency: string;
}

/**
 * Business rules after list prices, in this order, each a visible adjustment:
 * 1. AWS Support on the monthly list charges before discounts (an upfront fee adds the support
 *    it attracts in the month it is paid); 2. discounts, each on list prices (not compounded);
 * 3. partner margin on the discounted subtotal; 4. credits (never below zero); 5. tax;
 * 6. currency conversion at the stated rate and date.
 */
export const RULES: readonly Rule[] = [
  supportRule,
  discountsRule,
  marginRule,
  creditsRule,
  taxRule,
  fxRule,
];

/** Amounts travel as Money through the rules: USD until the FX rule converts them. */
export function applyRules(
  lines: readonly ChargeLine[],
  settings: EstimateSettings,
  asOf: string,
): RulesResult {
  const byService = lines.map((l) => ({
    service: l.service,
    charges: chargesOf(l.monthly, l.upfront),
  }));
  const list = sumCharges(byService.map((l) => l.charges));
  const start: RulesState = { list, byService, running: list, adjustments: [] };
  const end = RULES.reduce((state, rule) => rule(state, settings, asOf), start);
  return {
    adjustments: [...end.adjustments],
    monthly: end.running.monthly.amount,
    upfront: end.running.upfront.amount,
    currency: end.running.monthly.currency,
  };
}
