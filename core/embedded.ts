/**
 * @module core/embedded — the catalog snapshot committed in the repository, so the product prices
 * with no AWS account and no network. A second public entry of core (kept out of core/index.ts so
 * that code which does not need the ~3 MB of price data does not bundle it).
 *
 * Every record is curated from a public AWS price (its `source` names the page or document and
 * the date the price reflects); see core/catalog/data/README.md for the records' attributes.
 */
import type { CatalogShard, CatalogSnapshot } from './catalog/catalog-shard';
import type { EmbeddedRegionFile } from './catalog/data/embedded-format';
import { decodeRegionFile } from './catalog/data/embedded-format';
import index from './catalog/data/index.json';
import apSoutheast1 from './catalog/data/ap-southeast-1.json';
import usEast1 from './catalog/data/us-east-1.json';
import usWest2 from './catalog/data/us-west-2.json';
import euWest1 from './catalog/data/eu-west-1.json';
import apNortheast1 from './catalog/data/ap-northeast-1.json';
import apSoutheast2 from './catalog/data/ap-southeast-2.json';
import globalServices from './catalog/data/global.json';

const FILES: readonly EmbeddedRegionFile[] = [
  apSoutheast1,
  usEast1,
  usWest2,
  euWest1,
  apNortheast1,
  apSoutheast2,
  globalServices,
];

let memo: CatalogSnapshot | undefined;

/** The embedded snapshot, decoded once and then shared (it is immutable). */
export function embeddedSnapshot(): CatalogSnapshot {
  if (!memo) {
    const shards: CatalogShard[] = FILES.flatMap((file) => decodeRegionFile(file));
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
