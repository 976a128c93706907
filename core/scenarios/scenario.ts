import type { PricingModel } from '../requirements/pricing-model';
import type { Architecture } from '../requirements/requirement-items';
import type { Discount, EstimateSettings } from '../requirements/requirements';
import type { SizingPolicy } from '../requirements/sizing-policy';

/** One way of buying the same requirements. Every field is optional; absent means "as in the requirements". */
export interface Scenario {
  readonly name: string;
  /** Applied to every EC2, RDS, Aurora and ElastiCache item (item-level models are replaced). */
  readonly pricingModel?: PricingModel;
  /** Moves every item to this region. */
  readonly region?: string;
  /** Swap instance types to this architecture: `arm64` = Graviton (same class and size, cheapest generation). */
  readonly architecture?: Architecture;
  /** Swap instance types to at least this generation (same class, size and architecture). */
  readonly minGeneration?: number;
  /**
   * Sizes every sized EC2 item under this policy, field by field over the estimate's own (e.g.
   * `{ burstable: false }` = "as sized, but no burstable"). Named types are not changed.
   */
  readonly sizingPolicy?: SizingPolicy;
  /** Replaces the discount set. */
  readonly discounts?: readonly Discount[];
  /** Any other settings to override (support plan, tax, FX…). */
  readonly settings?: Partial<EstimateSettings>;
}
