import type { CatalogShard, TermPart } from '../../../core';
import { TERM_PARTS, shardPartRecords } from '../../../core';
import { embeddedRegionShards } from '../../../backend/adapters/embedded-catalog-files';

/**
 * The repository's embedded catalog for one region, as the shard set `GET /calculations/pricing-data`
 * returns: every term, or with `terms` the records of that term part only (`&terms=`).
 */
export function pricingDataBody(
  region: string,
  terms?: TermPart,
): {
  version: string;
  createdAt: string;
  shards: CatalogShard[];
} {
  const shards = embeddedRegionShards(region);
  return {
    version: `embedded-${region}`,
    createdAt: '2026-11-26T00:00:00Z',
    shards: terms
      ? shards.map((s) => ({ ...s, records: [...shardPartRecords(s, terms)] }))
      : [...shards],
  };
}

/** The On-Demand hourly price of a Linux shared-tenancy instance type, read straight from the shard. */
export function linuxHourly(
  body: { shards: readonly CatalogShard[] },
  instanceType: string,
): string {
  const ec2 = body.shards.find((s) => s.service === 'AmazonEC2');
  const record = ec2?.records.find(
    (r) =>
      r.productFamily === 'Compute Instance' &&
      r.term.type === 'OnDemand' &&
      r.attributes.instanceType === instanceType &&
      r.attributes.operatingSystem === 'Linux' &&
      r.attributes.tenancy === 'Shared' &&
      r.attributes.preInstalledSw === 'NA',
  );
  if (!record) throw new Error(`fixture: no Linux On-Demand price for ${instanceType}`);
  return record.price;
}

/** A fetch that serves pricing-data from the embedded catalog with an ETag, and counts calls. */
export function pricingFetch(): {
  fetch: (input: string, init?: RequestInit) => Promise<Response>;
  calls: string[];
} {
  const calls: string[] = [];
  const fetch = async (input: string, init?: RequestInit): Promise<Response> => {
    calls.push(input);
    const url = new URL(input);
    if (url.pathname !== '/calculations/pricing-data') return new Response('{}', { status: 404 });
    const region = url.searchParams.get('region') ?? '';
    const asked = url.searchParams.get('terms');
    const terms = TERM_PARTS.find((t) => t === asked);
    if (asked !== null && !terms) return new Response('{}', { status: 400 });
    const etag = `"v1-${region}-${terms ?? 'all'}"`;
    const headers = new Headers(init?.headers);
    if (headers.get('If-None-Match') === etag) return new Response(null, { status: 304 });
    try {
      return new Response(JSON.stringify(pricingDataBody(region, terms)), {
        status: 200,
        headers: { ETag: etag },
      });
    } catch {
      return new Response(
        JSON.stringify({ error: 'not_found', message: `No catalog for ${region}` }),
        { status: 404 },
      );
    }
  };
  return { fetch, calls };
}
