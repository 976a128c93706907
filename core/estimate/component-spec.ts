import type { PriceQuery } from '../catalog/price-query';
import type { Decimal } from '../money/decimal';
import type { CostLine } from './estimate';

/**
 * What a priced resource says about one cost component, before any price is known
 * (infracost's model): a name like AWS's pricing pages, a unit, the monthly (or upfront) quantity
 * in the price record's unit, and the query that finds its price. The pricing step turns it into
 * one `CostComponent` per tier.
 */
export interface ComponentSpec {
  /** `Instance usage (Linux, On-Demand, m7g.large)`, `Storage (gp3)`, `Requests`. */
  readonly name: string;
  /** Display unit of the quantity, plural: `hours`, `GB-months`, `requests`, `GB-seconds`. */
  readonly unit: string;
  readonly charge: 'monthly' | 'upfront';
  /** Quantity in the price record's unit for the whole line; null = the requirement gave no usage. */
  readonly quantity: Decimal | null;
  readonly query: PriceQuery;
  /** Split the quantity over the price's tiers (records' beginRange/endRange), one component each. */
  readonly tiered?: boolean;
  /** With `tiered`: the tiers apply to each unit apart (io2 IOPS tiers are per volume), not to the line's sum. */
  readonly tiersPerUnit?: PerUnitTiers;
  /** How the quantity was reached, in words: `2 × m7g.large × 730 h`. Defaults to `<quantity> <unit>`. */
  readonly quantityWords?: string;
  /** A stated factor on the catalog price, e.g. Spot = On-Demand × (1 − 70 %). */
  readonly priceFactor?: { readonly factor: Decimal; readonly words: string };
  /** Extra sentence for the explanation (free tier applied, amortisation…). */
  readonly note?: string;
  /** An upfront payment's term: the explanation also shows it spread per month (cost ÷ months). */
  readonly amortizeOverMonths?: number;
}

/**
 * Tiers counted per unit: one unit's quantity (`perUnit`, e.g. one volume's provisioned IOPS) is
 * split over the tiers, and each tier's part counts `count` times, times `factor` (a part-month
 * share). `count × perUnit × factor` is the spec's quantity.
 */
export interface PerUnitTiers {
  readonly count: Decimal;
  readonly perUnit: Decimal;
  readonly factor?: Decimal;
  /** What one unit's part is counted in: `IOPS`. */
  readonly unitLabel: string;
  /** The factor in words, appended: ` × (260 h ÷ 730 h)`. */
  readonly factorWords?: string;
}

/** What a priced resource returns for one requirement item. */
export interface LineSpec {
  readonly description: string;
  readonly category: CostLine['category'];
  readonly components: readonly ComponentSpec[];
  readonly warnings: readonly string[];
  /** Months of a reservation or Savings Plan commitment this line carries (12 or 36). */
  readonly termMonths?: number;
}
