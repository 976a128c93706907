import type { SUPPORT_PLAN_KINDS } from '../vocabulary/items';
import type { PricingModel } from './pricing-model';
import { isCommitmentModel } from './pricing-model';
import type { RequirementItem } from './requirement-items';
import type { SizingPolicy } from './sizing-policy';

export type SupportPlan = (typeof SUPPORT_PLAN_KINDS)[number];

/** A percentage discount on list prices: customer-wide (no `services`) or per service (e.g. an EDP). */
export interface Discount {
  readonly name: string;
  readonly percent: number;
  /** Service kinds it applies to; all services when absent. */
  readonly services?: readonly string[];
}

export interface FxRate {
  /** ISO 4217 target currency, e.g. `PHP`. Prices are in USD. */
  readonly currency: string;
  /** Units of `currency` per 1 USD, as a decimal string. */
  readonly rate: string;
  /** ISO date the rate was taken. */
  readonly asOf: string;
  readonly source?: string;
}

/** Settings that apply to the whole estimate (the Settings sheet of our template). */
export interface EstimateSettings {
  readonly region: string;
  readonly pricingModel: PricingModel;
  /** Hours in a month; AWS's calculator and this engine use 730. */
  readonly hoursPerMonth?: number;
  readonly discounts?: readonly Discount[];
  /** Partner margin added after discounts, percent. */
  readonly partnerMarginPct?: number;
  /** Credits in USD per month, subtracted after margin. */
  readonly monthlyCreditsUsd?: number;
  /** Tax percent applied last (e.g. 12 for PH VAT). */
  readonly taxPct?: number;
  /** Present when results are shown in another currency than USD. */
  readonly fx?: FxRate;
  readonly supportPlan?: SupportPlan;
  /** Apply AWS's always-free allowances where the engine models them. */
  readonly freeTier?: boolean;
  /** How sized EC2 items are given a type (burstable, processor vendor, minimum generation). */
  readonly sizingPolicy?: SizingPolicy;
}

/** A customer's requirements: what to price, independent of where it was typed in. */
export interface Requirements {
  readonly name?: string;
  readonly customer?: string;
  readonly settings: EstimateSettings;
  readonly items: readonly RequirementItem[];
}

/**
 * Whether pricing these requirements may ask the catalog for a Reserved or Savings Plans rate:
 * the estimate's pricing model or any item's is a commitment. The add-in then downloads the
 * region's commitments too (DECISIONS 95).
 */
export function usesCommitments(requirements: Requirements): boolean {
  return (
    isCommitmentModel(requirements.settings.pricingModel) ||
    requirements.items.some(
      (item) => 'pricingModel' in item && isCommitmentModel(item.pricingModel),
    )
  );
}
