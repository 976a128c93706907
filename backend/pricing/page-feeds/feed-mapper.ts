import type { PriceRecord } from '../../../core';
import type { FeedDocument, FeedRow } from './feed-document';
import type { FeedContext } from './feed-records';

/** A row the mapper does not turn into records, and why (counted and reported, never silent). */
export interface Skip {
  readonly skip: string;
}

export type RowResult = readonly PriceRecord[] | Skip;

export function isSkip(result: RowResult): result is Skip {
  return 'skip' in result;
}

/** What a mapper may need besides the row: the document (its `sets`) and joined products. */
export interface MapperEnv {
  readonly document: FeedDocument;
  /**
   * On-Demand records of the same service by SKU, to join Reserved rows to the product they
   * reserve (its attributes), as the Price List hangs Reserved terms off a product.
   */
  readonly products?: ReadonlyMap<string, PriceRecord>;
}

/** Turns the rows of one kind of feed (one `manifest.source`) into price records. */
export interface FeedMapper {
  /** Price List offer code of the records, e.g. `AmazonEC2`. */
  readonly service: string;
  /** True when Reserved rows must be joined to On-Demand products (`MapperEnv.products`). */
  readonly needsProducts?: boolean;
  map(row: FeedRow, ctx: FeedContext, env: MapperEnv): RowResult;
}

/**
 * The product a Reserved row reserves: the On-Demand record with the SKU of its
 * `OnDemand:RateCode`, whose descriptive attributes (`check`) must agree with the row's.
 */
export function joinedProduct(
  row: FeedRow,
  env: MapperEnv,
  check: Readonly<Record<string, string>>,
): PriceRecord | undefined {
  const onDemand = row.rateCode('OnDemand:RateCode');
  const product = env.products?.get(onDemand.slice(0, onDemand.indexOf('.')));
  if (!product) return undefined;
  for (const [name, value] of Object.entries(check)) {
    if (product.attributes[name] !== value)
      throw row.error(
        `says ${name} '${value}' but its On-Demand product ${product.id} has '${product.attributes[name]}'`,
        'OnDemand:RateCode',
      );
  }
  return product;
}
