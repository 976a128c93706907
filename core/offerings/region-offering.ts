import type { CatalogShard } from '../catalog/catalog-shard';
import { shardPartRecords } from '../catalog/term-parts';
import type { PriceCatalog } from '../catalog/price-catalog';
import type { PriceQuery } from '../catalog/price-query';

/**
 * Whether AWS sells a product in a region, as far as we know for certain:
 * - `offered`: some record of the shard is this product (any term or unit; a curated shard's
 *   commitments part is not read for this — the answer is `unknown` either way, and an On-Demand
 *   estimate must not load the commitments file to give it);
 * - `not-offered`: the shard is an official AWS Price List offer file (`source` `aws-price-list:…`),
 *   which lists every product AWS sells in the region, and none of its records is this product;
 * - `unknown`: the shard is curated or absent — a product missing from it may well be sold, we
 *   just have no price ("price not in catalog"). Absence from our catalog is never proof.
 */
export type RegionOffering = 'offered' | 'not-offered' | 'unknown';

const OFFICIAL_SOURCE = 'aws-price-list:';
const verdicts = new WeakMap<PriceCatalog, Map<string, RegionOffering>>();

export function regionOffering(catalog: PriceCatalog, query: PriceQuery): RegionOffering {
  let cache = verdicts.get(catalog);
  if (!cache) {
    cache = new Map();
    verdicts.set(catalog, cache);
  }
  const names = Object.keys(query.attributes).sort();
  const key = [
    query.service,
    query.region,
    query.productFamily ?? '',
    ...names.map((n) => `${n}=${query.attributes[n]}`),
  ].join('\u0000');
  let verdict = cache.get(key);
  if (verdict === undefined) {
    verdict = decide(catalog, query, names);
    cache.set(key, verdict);
  }
  return verdict;
}

function decide(
  catalog: PriceCatalog,
  query: PriceQuery,
  names: readonly string[],
): RegionOffering {
  const shard = catalog.shard(query.service, query.region);
  if (!shard) return 'unknown';
  const official = shard.source.startsWith(OFFICIAL_SOURCE);
  if (holds(shard, 'on-demand', query, names)) return 'offered';
  if (!official) return 'unknown';
  return holds(shard, 'commitments', query, names) ? 'offered' : 'not-offered';
}

function holds(
  shard: CatalogShard,
  part: 'on-demand' | 'commitments',
  query: PriceQuery,
  names: readonly string[],
): boolean {
  return shardPartRecords(shard, part).some(
    (r) =>
      (query.productFamily === undefined || r.productFamily === query.productFamily) &&
      names.every((n) => r.attributes[n] === query.attributes[n]),
  );
}
