import type { CatalogShard } from '../catalog/catalog-shard';
import { ON_DEMAND } from '../catalog/price-record';
import type { TermPart } from '../catalog/term-parts';
import { shardPartRecords, termPart } from '../catalog/term-parts';
import type { PriceCatalog } from '../catalog/price-catalog';
import type { PriceQuery } from '../catalog/price-query';

/**
 * Whether AWS sells a product in a region, as far as we know for certain:
 * - `offered`: some record of the shard is this product (any unit; its On-Demand records and,
 *   for a Reserved or Savings Plans query, its commitments: an On-Demand estimate never loads the
 *   commitments file for this, DECISIONS 95 — AWS lists every product it sells On-Demand);
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
    termPart(query.term ?? ON_DEMAND),
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
  const commitment = termPart(query.term ?? ON_DEMAND) === 'commitments';
  if (holds(shard, 'on-demand', query, names)) return 'offered';
  if (commitment && holds(shard, 'commitments', query, names)) return 'offered';
  return shard.source.startsWith(OFFICIAL_SOURCE) ? 'not-offered' : 'unknown';
}

function holds(
  shard: CatalogShard,
  part: TermPart,
  query: PriceQuery,
  names: readonly string[],
): boolean {
  return shardPartRecords(shard, part).some(
    (r) =>
      (query.productFamily === undefined || r.productFamily === query.productFamily) &&
      names.every((n) => r.attributes[n] === query.attributes[n]),
  );
}
