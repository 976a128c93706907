/**
 * @module core/embedded — the catalog snapshot committed in the repository, so the product prices
 * with no AWS account and no network. A second public entry of core (kept out of core/index.ts so
 * that code which does not need the price data does not bundle it).
 *
 * One file per region (core/catalog/data, written by `npm run catalog:build`) in core's shard codec;
 * each shard's records are decoded on first use, so a process that prices one region decodes only
 * that region. Records carry the AWS rateCode where a feed or Price List file gave one, else a
 * `curated:` id; every record names its source and date (core/catalog/data/README.md).
 */
import type { CatalogShard, CatalogSnapshot } from './catalog/catalog-shard';
import { decodeRegion } from './catalog/shard-decoder';
import index from './catalog/data/index.json';
import { REGION_FILES } from './catalog/data/region-files';

let memo: CatalogSnapshot | undefined;

/** The embedded snapshot, built once and then shared (it is immutable). */
export function embeddedSnapshot(): CatalogSnapshot {
  if (!memo) {
    const shards: CatalogShard[] = REGION_FILES.flatMap((file) => decodeRegion(file));
    memo = Object.freeze({
      version: index.version,
      createdAt: index.createdAt,
      shards: Object.freeze(shards),
    });
  }
  return memo;
}

/** Regions the embedded snapshot prices (plus `global` for Route 53 and CloudFront). */
export const EMBEDDED_REGIONS: readonly string[] = index.regions;
