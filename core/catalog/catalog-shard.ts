import type { PriceRecord } from './price-record';
import type { TermPart } from './term-parts';

/**
 * The prices of one service in one region, as published on one date.
 * `version` is the Price List publication version (e.g. `20250912225308`) or, for curated
 * shards, the ISO date of the newest price it holds.
 */
export interface CatalogShard {
  readonly service: string;
  readonly region: string;
  readonly version: string;
  /** ISO date-time the source was published (Price List `publicationDate`). */
  readonly publishedAt: string;
  /** Where the records came from: `aws-price-list:<offer file path>` or `curated:<what>`. */
  readonly source: string;
  /** Every record, of every term. */
  readonly records: readonly PriceRecord[];
  /**
   * The records of one term part, when the shard can hand them out without reading the other part
   * (the embedded catalog's lazy shards); absent: filter `records` by `termPart`.
   */
  readonly partRecords?: (part: TermPart) => readonly PriceRecord[];
}

/** A set of shards published together; an estimate records `catalogVersion` = this `version`. */
export interface CatalogSnapshot {
  readonly version: string;
  readonly createdAt: string;
  readonly shards: readonly CatalogShard[];
}
