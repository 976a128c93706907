import type { ShardCoverage } from '../../core';

/** One shard of the catalog the API prices with, without its records. */
export interface OutlinedShard {
  readonly service: string;
  readonly region: string;
  readonly version: string;
  readonly publishedAt: string;
  /** `embedded`: the committed catalog's shard; `store`: the catalog store's latest, which replaced it. */
  readonly origin: 'embedded' | 'store';
  /** For a store shard, the coverage summary stored with it (absent when none was stored). */
  readonly coverage?: ShardCoverage;
}

/** The catalog in use as its version and which shard serves each service and region. */
export interface CatalogOutline {
  readonly version: string;
  readonly shards: readonly OutlinedShard[];
}

/**
 * What the admin function needs of the catalog (its version, each shard's coverage) without
 * reading a shard body: the same choice of shards as the snapshot the calculations price with
 * (LayeredCatalogSource), from index entries alone (DECISIONS 98).
 */
export interface CatalogOutlineSource {
  outline(): Promise<CatalogOutline>;
}
