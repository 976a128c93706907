import type { PricingModel } from '../requirements/pricing-model';
import type { SupportPlan } from '../requirements/requirements';
import type { RequirementItem, ServiceKind } from '../requirements/requirement-items';
import { SUPPORT_PLAN_KINDS, wordOf } from '../vocabulary/items';
import { SpecError, parseMeasure } from './spec-text';
import { SUPPORT_SPEC } from './service-specs';

/** Services whose items take a pricing model of their own (the rest are billed On-Demand only). */
export const PRICING_MODEL_SERVICES: readonly ServiceKind[] = [
  'ec2',
  'rds',
  'aurora',
  'elasticache',
];

/** Services billed by the hour, whose items take hours per month. */
export const HOURLY_SERVICES: readonly ServiceKind[] = [
  'ec2',
  'ebs',
  'rds',
  'aurora',
  'elasticache',
  'fargate',
  'eks',
  'nat-gateway',
  'load-balancer',
  'public-ipv4',
];

export interface ItemOptions {
  readonly pricingModel?: PricingModel;
  readonly hoursPerMonth?: number;
  readonly quantity?: number;
}

/**
 * A formula's separate arguments (pricing model, hours, quantity) on a spec's item; an argument the
 * service has no use for is refused rather than ignored (`s3 has no pricing model`).
 */
export function withItemOptions(item: RequirementItem, options: ItemOptions): RequirementItem {
  const { service } = item;
  if (options.pricingModel && options.pricingModel.kind !== 'on-demand') {
    if (!PRICING_MODEL_SERVICES.includes(service))
      throw new SpecError(
        `${service} is priced On-Demand only; leave the pricing model blank (models apply to ${PRICING_MODEL_SERVICES.join(', ')})`,
      );
  }
  if (options.hoursPerMonth !== undefined && !HOURLY_SERVICES.includes(service))
    throw new SpecError(`${service} is not billed by the hour; leave hours blank`);
  return {
    ...item,
    ...(options.pricingModel && PRICING_MODEL_SERVICES.includes(service)
      ? { pricingModel: options.pricingModel }
      : {}),
    ...(options.hoursPerMonth !== undefined ? { hoursPerMonth: options.hoursPerMonth } : {}),
    ...(options.quantity !== undefined ? { quantity: options.quantity } : {}),
  } as RequirementItem;
}

export interface SupportSpec {
  readonly plan: Exclude<SupportPlan, 'none'>;
  /** Monthly AWS charges before discounts, USD. */
  readonly monthlyCharges: string;
}

/** `business-plus 2500` → the plan and the charges its fee is computed on. */
export function parseSupportSpec(spec: string): SupportSpec {
  const m = /^(.*?)\s+(?:on\s+)?\$?([\d.,]+[kmb]?)\s*(?:usd)?$/i.exec(spec.trim());
  const plan = m ? wordOf(SUPPORT_PLAN_KINDS, m[1]!) : undefined;
  const charges = m ? parseMeasure(m[2]!, []) : undefined;
  if (!plan || plan === 'none' || charges === undefined) {
    throw new SpecError(
      `support spec "${spec}": write "${SUPPORT_SPEC.grammar}", e.g. "${SUPPORT_SPEC.example}"; plans: ${SUPPORT_PLAN_KINDS.filter((p) => p !== 'none').join(', ')}`,
    );
  }
  return { plan, monthlyCharges: String(charges) };
}
