import { createHash } from 'node:crypto';
import type { CatalogShard, EncodedShard, TermPart } from '../../../core';
import { encodeShard, shardPartRecords } from '../../../core';
import { NotFoundError } from '../../http/errors';
import type { CatalogCache } from './catalog-cache';

export interface PricingData {
  readonly catalogVersion: string;
  readonly region: string;
  /** Present when the answer holds one term part only (`?terms=`). */
  readonly terms?: TermPart;
  readonly shards: readonly EncodedShard[];
}

/** One serialised answer per (catalog version, region, terms), kept with its ETag. */
const cache = new Map<string, { body: string; etag: string }>();

/**
 * The shards with the records of `terms` only (shards left with none are left out); every shard
 * whole when `terms` is absent. The embedded catalog reads only the files the part needs.
 */
function partOf(shards: readonly CatalogShard[], terms: TermPart | undefined): CatalogShard[] {
  if (!terms) return [...shards];
  return shards
    .map((s) => ({
      service: s.service,
      region: s.region,
      version: s.version,
      publishedAt: s.publishedAt,
      source: s.source,
      records: shardPartRecords(s, terms),
    }))
    .filter((s) => terms === 'on-demand' || s.records.length > 0);
}

/**
 * GET /calculations/pricing-data?region=R[&terms=on-demand|commitments]: the region's shards (plus
 * the global ones) in core's compact shard encoding — with `terms`, only the records of that term
 * part (DECISIONS 95: the add-in fetches the commitments only for a Reserved or Savings Plans
 * cell or estimate) — with an ETag derived from the body so clients revalidate cheaply.
 */
export async function pricingData(
  deps: { catalog: CatalogCache },
  region: string,
  terms?: TermPart,
): Promise<{ body: string; etag: string }> {
  const snapshot = await deps.catalog.snapshot();
  const key = `${snapshot.version}|${region}|${terms ?? 'all'}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const shards = snapshot.shards.filter((s) => s.region === region);
  if (!shards.length) {
    const regions = [...new Set(snapshot.shards.map((s) => s.region))]
      .filter((r) => r !== 'global')
      .sort();
    throw new NotFoundError(
      `The catalog has no prices for region ${region}; priced regions: ${regions.join(', ')}.`,
    );
  }
  const global = snapshot.shards.filter((s) => s.region === 'global');
  const data: PricingData = {
    catalogVersion: snapshot.version,
    region,
    ...(terms ? { terms } : {}),
    shards: partOf([...shards, ...global], terms).map(encodeShard),
  };
  const body = JSON.stringify(data);
  const entry = {
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
  };
  cache.set(key, entry);
  return entry;
}
