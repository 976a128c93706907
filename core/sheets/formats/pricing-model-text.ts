import type { LeaseLength, PurchaseOption } from '../../catalog/price-record';
import type { PricingModel } from '../../requirements/pricing-model';

/**
 * Pricing models as text, in the AWS Pricing Calculator bulk-import wording
 * (`On-Demand`, `1 Yr No Upfront Compute Savings Plan`, `3 Yr All Upfront EC2 Instance Savings Plan`,
 * `1 Yr No Upfront Standard Reserved`, older `3 Yr All Upfront Reserved`) plus `Spot (70%)`.
 * Our template uses the same strings so one parser serves both.
 */

const UPFRONT: Record<string, PurchaseOption> = {
  no: 'No Upfront',
  partial: 'Partial Upfront',
  all: 'All Upfront',
};

export function parsePricingModel(text: string): PricingModel | undefined {
  const t = text.trim().replace(/\s+/g, ' ').toLowerCase();
  if (t === 'on-demand' || t === 'on demand' || t === 'ondemand') return { kind: 'on-demand' };
  const spot = /^spot(?: \((\d+(?:\.\d+)?)\s*%(?: discount)?\))?$/.exec(t);
  if (spot)
    return spot[1] === undefined ? undefined : { kind: 'spot', discountPct: Number(spot[1]) };
  const m = /^([13]) ?(?:yr|year|years) (no|partial|all) upfront (.+)$/.exec(t);
  if (!m) return undefined;
  const term: LeaseLength = m[1] === '1' ? '1yr' : '3yr';
  const purchaseOption = UPFRONT[m[2]!]!;
  switch (m[3]) {
    case 'compute savings plan':
    case 'compute savings plans':
      return { kind: 'savings-plan', plan: 'compute', term, purchaseOption };
    case 'ec2 instance savings plan':
    case 'ec2 instance savings plans':
      return { kind: 'savings-plan', plan: 'ec2-instance', term, purchaseOption };
    case 'reserved':
    case 'standard reserved':
    case 'standard reserved instance':
      return { kind: 'reserved', term, offeringClass: 'standard', purchaseOption };
    case 'convertible reserved':
    case 'convertible reserved instance':
      return { kind: 'reserved', term, offeringClass: 'convertible', purchaseOption };
    default:
      return undefined;
  }
}

/** The inverse of parsePricingModel: the calculator's wording for a model. */
export function formatPricingModel(model: PricingModel): string {
  switch (model.kind) {
    case 'on-demand':
      return 'On-Demand';
    case 'spot':
      return `Spot (${model.discountPct}%)`;
    case 'savings-plan': {
      const plan = model.plan === 'compute' ? 'Compute' : 'EC2 Instance';
      return `${model.term === '1yr' ? 1 : 3} Yr ${model.purchaseOption} ${plan} Savings Plan`;
    }
    case 'reserved': {
      const cls = model.offeringClass === 'standard' ? 'Standard' : 'Convertible';
      return `${model.term === '1yr' ? 1 : 3} Yr ${model.purchaseOption} ${cls} Reserved`;
    }
  }
}

/** The dropdown list of our template and the values named in messages. */
export const PRICING_MODEL_CHOICES: readonly string[] = [
  'On-Demand',
  ...(['1yr', '3yr'] as const).flatMap((term) =>
    (['No Upfront', 'Partial Upfront', 'All Upfront'] as const).flatMap((purchaseOption) => [
      formatPricingModel({ kind: 'savings-plan', plan: 'compute', term, purchaseOption }),
      formatPricingModel({ kind: 'savings-plan', plan: 'ec2-instance', term, purchaseOption }),
      formatPricingModel({ kind: 'reserved', offeringClass: 'standard', term, purchaseOption }),
    ]),
  ),
  'Spot (70%)',
];
