import type { LeaseLength, OfferingClass, PurchaseOption } from '../catalog/price-record';
import type { SAVINGS_PLAN_KINDS } from '../vocabulary/pricing-models';

/** How compute is bought. Applies to EC2 (and RDS/ElastiCache where the model exists). */
export type PricingModel =
  | { readonly kind: 'on-demand' }
  | {
      readonly kind: 'reserved';
      readonly term: LeaseLength;
      readonly offeringClass: OfferingClass;
      readonly purchaseOption: PurchaseOption;
    }
  | {
      readonly kind: 'savings-plan';
      readonly plan: (typeof SAVINGS_PLAN_KINDS)[number];
      readonly term: LeaseLength;
      readonly purchaseOption: PurchaseOption;
    }
  /** Spot at a stated discount from On-Demand (the calculator's "historical average discount"). */
  | { readonly kind: 'spot'; readonly discountPct: number };

export const ON_DEMAND_MODEL: PricingModel = { kind: 'on-demand' };

/**
 * Whether a pricing model is priced from Reserved or Savings Plans rates (the embedded catalog's
 * commitments file, DECISIONS 95); On-Demand and Spot (a discount on On-Demand) are not.
 */
export function isCommitmentModel(model: PricingModel | undefined): boolean {
  return model?.kind === 'reserved' || model?.kind === 'savings-plan';
}
