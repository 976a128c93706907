import type { LeaseLength, PurchaseOption } from '../catalog/price-record';
import type { PricingModel } from '../requirements/pricing-model';

/** Commitment terms, purchase options, RI classes and Savings Plans kinds (the PricingModel's words). */
export const LEASE_LENGTHS = ['1yr', '3yr'] as const;
export const PURCHASE_OPTIONS = ['No Upfront', 'Partial Upfront', 'All Upfront'] as const;
export const OFFERING_CLASSES = ['standard', 'convertible'] as const;
export const SAVINGS_PLAN_KINDS = ['compute', 'ec2-instance'] as const;
/** The Price List's names of the Savings Plans kinds (`planType` of a SavingsPlan term). */
export const SAVINGS_PLAN_TYPES = ['ComputeSavingsPlans', 'EC2InstanceSavingsPlans'] as const;

const UPFRONT: Record<string, PurchaseOption> = {
  no: 'No Upfront',
  partial: 'Partial Upfront',
  all: 'All Upfront',
};

/**
 * A pricing model as text — one parser for sheet cells and formula arguments. Accepts the AWS
 * Pricing Calculator bulk-import wording (`On-Demand`, `1 Yr No Upfront Compute Savings Plan`,
 * `3 Yr All Upfront EC2 Instance Savings Plan`, `1 Yr No Upfront Standard Reserved`, older
 * `3 Yr All Upfront Reserved`, `Spot (70%)`, `Spot (70% discount)`) and the short forms
 * (`od`, `spot 70`, `1yr reserved`, `3 year all upfront convertible ri`, `1yr sp`; no upfront
 * unless one is named). A Spot discount is below 100 %. Undefined when the text is none of these.
 */
export function parsePricingModel(text: string): PricingModel | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');
  if (t === 'on-demand' || t === 'on demand' || t === 'ondemand' || t === 'od')
    return { kind: 'on-demand' };
  const spot = /^spot ?(?:[:(] ?)?(\d+(?:\.\d+)?) ?%?(?: discount)?\)?$/.exec(t);
  if (spot) {
    const discountPct = Number(spot[1]);
    return discountPct < 100 ? { kind: 'spot', discountPct } : undefined;
  }
  return commitment(t);
}

/** Reserved or Savings Plans text (already lower-cased, single-spaced). */
function commitment(t: string): PricingModel | undefined {
  const termMatch = /\b([13]) ?-? ?(?:yr|year|years|y)\b/.exec(t);
  if (!termMatch) return undefined;
  const term: LeaseLength = termMatch[1] === '1' ? '1yr' : '3yr';
  const upfront = /\b(no|partial|all) upfront\b/.exec(t)?.[1];
  // "Some Upfront" names no purchase option: refused rather than read as No Upfront.
  if (upfront === undefined && /\bupfront\b/.test(t)) return undefined;
  const purchaseOption = UPFRONT[upfront ?? 'no']!;
  if (/\b(savings plans?|sp)\b/.test(t)) {
    const plan = /\b(ec2 instance|instance)\b/.test(t) ? 'ec2-instance' : 'compute';
    return { kind: 'savings-plan', plan, term, purchaseOption };
  }
  if (/\b(reserved|ri)\b/.test(t)) {
    const offeringClass = /\bconvertible\b/.test(t) ? 'convertible' : 'standard';
    return { kind: 'reserved', term, offeringClass, purchaseOption };
  }
  return undefined;
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
  ...LEASE_LENGTHS.flatMap((term) =>
    PURCHASE_OPTIONS.flatMap((purchaseOption) => [
      formatPricingModel({ kind: 'savings-plan', plan: 'compute', term, purchaseOption }),
      formatPricingModel({ kind: 'savings-plan', plan: 'ec2-instance', term, purchaseOption }),
      formatPricingModel({ kind: 'reserved', offeringClass: 'standard', term, purchaseOption }),
    ]),
  ),
  'Spot (70%)',
];
