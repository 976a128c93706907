import type { PriceRecord, Term } from './price-record';

/**
 * What a cost component asks the catalog for: exact matches on service, region, product family,
 * term, unit and the listed attributes. A tiered price answers with every tier record.
 */
export interface PriceQuery {
  readonly service: string;
  readonly region: string;
  readonly productFamily?: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** Defaults to On-Demand. */
  readonly term?: Term;
  /** Price List unit, e.g. `Hrs` vs `Quantity` to tell an RI's hourly rate from its upfront fee. */
  readonly unit?: string;
}

export type PriceLookup =
  /** Records in ascending `beginRange`; one record when the price is not tiered. */
  | { readonly status: 'found'; readonly records: readonly PriceRecord[] }
  | { readonly status: 'missing'; readonly query: PriceQuery }
  /** More than one record for the same tier: the catalog cannot say which applies. */
  | {
      readonly status: 'ambiguous';
      readonly query: PriceQuery;
      readonly records: readonly PriceRecord[];
    };
