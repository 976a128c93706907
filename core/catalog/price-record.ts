import type {
  LEASE_LENGTHS,
  OFFERING_CLASSES,
  PURCHASE_OPTIONS,
  SAVINGS_PLAN_TYPES,
} from '../vocabulary/pricing-models';

/**
 * One price dimension of the AWS Price List, as the catalog keeps it.
 *
 * `id` is the Price List rateCode (`SKU.offerTermCode.rateCode`, or `planSku.discountedSku` for
 * Savings Plans). An entry curated by hand from a published AWS price (not from an official Price
 * List file) never gets an invented rateCode: its id starts with `curated:` and says what it is,
 * e.g. `curated:AmazonEC2:ap-southeast-1:m7g.large:Linux:OnDemand`.
 */
export interface PriceRecord {
  readonly id: string;
  readonly sku: string;
  /** Offer code, e.g. `AmazonEC2`, `AmazonS3`, `AWSLambda`. */
  readonly service: string;
  readonly productFamily: string;
  /** Region code, e.g. `ap-southeast-1`; `global` for services priced without a region. */
  readonly region: string;
  /** The product attributes the engine selects on (JSON attribute names of the Price List). */
  readonly attributes: Readonly<Record<string, string>>;
  /** Price List unit: `Hrs`, `GB-Mo`, `Requests`, `Quantity`, `GB`, `Lambda-GB-Second`, … */
  readonly unit: string;
  /** Tier start in `unit`, a decimal string (`"0"` when untiered). */
  readonly beginRange: string;
  /** Tier end in `unit`, a decimal string or `"Inf"`. */
  readonly endRange: string;
  /** Price per unit as a decimal string exactly as published (`"0.0960000000"`). */
  readonly price: string;
  readonly currency: string;
  readonly term: Term;
  /** ISO date (or date-time) from which this price applies. */
  readonly effectiveDate: string;
  readonly description?: string;
  /**
   * Where a curated entry's price comes from (page or document, and the date its price reflects).
   * Absent on records imported from an official Price List file, whose shard names the file.
   */
  readonly source?: PriceSource;
  /**
   * The newest source that gives this price too, with a later date, where the build kept this
   * record over it (an official id over a curated copy, an exact price over a rounding of it:
   * DECISIONS 101). Its `asOf` is the date the price is known unchanged; the price stays this
   * record's. Absent when no newer source agrees (and on every record of a shard stored before).
   */
  readonly confirmedBy?: PriceSource;
}

export interface PriceSource {
  /** A public page or document, e.g. `https://aws.amazon.com/s3/pricing/`. */
  readonly reference: string;
  /** The date the price reflects, ISO `YYYY-MM-DD` or `YYYY-MM`. */
  readonly asOf: string;
  readonly note?: string;
  /**
   * The decimal places this source rounds its prices to, when it rounds them (DECISIONS 96): AWS's
   * exact price lies within half a unit of the last of them (5 → within $0.000005 of the price).
   * The build keeps such a record only where no more precise source has a price that rounds to it.
   */
  readonly roundedTo?: number;
}

export type LeaseLength = (typeof LEASE_LENGTHS)[number];
export type PurchaseOption = (typeof PURCHASE_OPTIONS)[number];
export type OfferingClass = (typeof OFFERING_CLASSES)[number];
export type SavingsPlanType = (typeof SAVINGS_PLAN_TYPES)[number];

export type Term =
  | { readonly type: 'OnDemand' }
  | {
      readonly type: 'Reserved';
      readonly leaseContractLength: LeaseLength;
      readonly offeringClass: OfferingClass;
      readonly purchaseOption: PurchaseOption;
    }
  | {
      readonly type: 'SavingsPlan';
      readonly planType: SavingsPlanType;
      readonly leaseContractLength: LeaseLength;
      readonly purchaseOption: PurchaseOption;
    };

export const ON_DEMAND: Term = { type: 'OnDemand' };

/** A stable string for a term, used as part of index keys: `OnDemand`, `Reserved|1yr|standard|No Upfront`. */
export function termKey(term: Term): string {
  switch (term.type) {
    case 'OnDemand':
      return 'OnDemand';
    case 'Reserved':
      return `Reserved|${term.leaseContractLength}|${term.offeringClass}|${term.purchaseOption}`;
    case 'SavingsPlan':
      return `SavingsPlan|${term.planType}|${term.leaseContractLength}|${term.purchaseOption}`;
  }
}

/** The date a record's price reflects: its source's `asOf`, else its effective date (`YYYY-MM[-DD]`). */
export function priceDate(record: PriceRecord): string {
  return record.source?.asOf ?? record.effectiveDate.slice(0, 10);
}

/**
 * The latest date the record's price is known to hold: a newer confirming source's date
 * (`confirmedBy.asOf`) where there is one, else its own price date.
 */
export function confirmedDate(record: PriceRecord): string {
  const own = priceDate(record);
  const confirmed = record.confirmedBy?.asOf;
  return confirmed !== undefined && confirmed > own ? confirmed : own;
}

/** True when the record's id is a curated entry rather than an official rateCode. */
export function isCurated(record: PriceRecord): boolean {
  return record.id.startsWith('curated:');
}
