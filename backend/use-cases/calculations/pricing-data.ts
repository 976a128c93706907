import { createHash } from 'node:crypto';
import type { EncodedShard } from '../../../core';
import { encodeShard } from '../../../core';
import { NotFoundError } from '../../http/errors';
import type { CatalogCache } from './catalog-cache';

export interface PricingData {
  readonly catalogVersion: string;
  readonly region: string;
  readonly shards: readonly EncodedShard[];
}

/** One serialised answer per (catalog version, region), kept with its ETag. */
const cache = new Map<string, { body: string; etag: string }>();

/**
 * GET /calculations/pricing-data?region=R: the region's shards (plus the global ones) in core's
 * compact shard encoding, with an ETag derived from the body so clients revalidate cheaply.
 */
export async function pricingData(
  deps: { catalog: CatalogCache },
  region: string,
): Promise<{ body: string; etag: string }> {
  const snapshot = await deps.catalog.snapshot();
  const key = `${snapshot.version}|${region}`;
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
    shards: [...shards, ...global].map(encodeShard),
  };
  const body = JSON.stringify(data);
  const entry = {
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
  };
  cache.set(key, entry);
  return entry;
}
