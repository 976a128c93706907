import type { PriceCatalog } from '../catalog/price-catalog';
import type { LineSpec } from '../estimate/component-spec';
import type { Decimal } from '../money/decimal';
import type { PricingModel } from '../requirements/pricing-model';
import type { RequirementItem, ServiceKind } from '../requirements/requirement-items';
import type { SizingPolicy } from '../requirements/sizing-policy';

/** What every priced resource may read besides its own item. */
export interface ResourceContext {
  /** The item's region (its own, else the estimate's). */
  readonly region: string;
  /** Hours in a month (730). */
  readonly hoursInMonth: Decimal;
  /** The estimate's pricing model (an item's own model wins). */
  readonly pricingModel: PricingModel;
  /** Apply AWS's always-free allowances (Lambda, data transfer) unless the item says otherwise. */
  readonly freeTier: boolean;
  /**
   * Read-only catalog, only for choices that need the price list itself (the cheapest instance type
   * that fits). Resources never price from it: they describe components and the pricing step prices them.
   */
  readonly catalog: PriceCatalog;
  /** How sized EC2 items are given a type (the estimate's; absent = the default policy). */
  readonly sizingPolicy?: SizingPolicy;
}

export type ItemOf<K extends ServiceKind> = Extract<RequirementItem, { service: K }>;

/** One priced resource: turns a requirement item into a description of its cost components. */
export interface PricedResource<K extends ServiceKind> {
  readonly service: K;
  describe(item: ItemOf<K>, context: ResourceContext): LineSpec;
}
