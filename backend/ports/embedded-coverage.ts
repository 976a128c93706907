import type { CatalogShard, EmbeddedCoverage } from '../../core';

/**
 * The embedded catalog as the admin catalog page reads it: each region's coverage precomputed by
 * the catalog build (coverage.json), and a region's shards read afresh for a region the catalog
 * store has partly replaced — held by the caller only, so computing one region after another
 * keeps one resident at a time (DECISIONS 93).
 */
export interface EmbeddedCoverageSource {
  /** The precomputed coverage, checked against the catalog's index (read once per process). */
  summaries(): Promise<EmbeddedCoverage>;
  /** The embedded shards of `region`, decoded from its file now; nothing else keeps them. */
  regionShards(region: string): Promise<readonly CatalogShard[]>;
}
