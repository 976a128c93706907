import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogShard, PriceRecord } from '../../../core';
import { embeddedRegionShards } from '../../../backend/adapters/embedded-catalog-files';
import { record } from '../../core/resources/catalog-builder';
import type { RecordInput } from '../../core/resources/catalog-builder';

const ROOT = path.resolve(__dirname, '../../..');

function goldenRecords(file: string, region: string): RecordInput[] {
  const json = JSON.parse(readFileSync(path.join(ROOT, 'test/golden', file), 'utf8')) as {
    catalog: { records: RecordInput[] };
  };
  return json.catalog.records.filter((r) => r.region === region || r.region === 'global');
}

/**
 * ElastiCache cache.t4g.medium (Redis) On-Demand in ap-southeast-1: $0.095 per node-hour, AWS
 * ElastiCache pricing-page feed (b0.p.awsstatic.com, 'elasticache', published 2025-03-14), rate
 * code SDESBWM72QMMJFQ4.JRTCKXETXF.6YS6EN2CT7 — not yet in this branch's embedded snapshot.
 */
const ELASTICACHE_SINGAPORE: RecordInput = {
  id: 'SDESBWM72QMMJFQ4.JRTCKXETXF.6YS6EN2CT7',
  service: 'AmazonElastiCache',
  region: 'ap-southeast-1',
  productFamily: 'Cache Instance',
  attributes: { cacheEngine: 'Redis', instanceType: 'cache.t4g.medium' },
  unit: 'Hrs',
  price: '0.0950000000',
  source: 'AWS ElastiCache pricing-page feed, published 2025-03-14',
};

/** An existing record answers every query `r` answers (same family, tier start, term; r's attributes). */
function covered(shard: CatalogShard | undefined, r: PriceRecord): boolean {
  return (shard?.records ?? []).some(
    (e) =>
      e.productFamily === r.productFamily &&
      e.beginRange === r.beginRange &&
      e.term.type === r.term.type &&
      Object.entries(r.attributes).every(([k, v]) => e.attributes[k] === v),
  );
}

/**
 * The ap-southeast-1 catalog a presales engineer prices a Singapore web application from: the
 * embedded snapshot (region + global shards, as GET /calculations/pricing-data serves them), with
 * the hand-checked records of the golden files (and the ElastiCache rate above) added where the
 * snapshot has no such price. A record the snapshot already has is never added twice.
 */
export function singaporeWebAppShards(): CatalogShard[] {
  const shards = [...embeddedRegionShards('ap-southeast-1'), ...embeddedRegionShards('global')];
  const extra = [
    ...goldenRecords('data-transfer/singapore-network.input.json', 'ap-southeast-1'),
    ...goldenRecords('rds-instance/databases.input.json', 'ap-southeast-1'),
    ELASTICACHE_SINGAPORE,
  ].map(record);
  for (const r of extra) {
    const i = shards.findIndex((s) => s.service === r.service && s.region === r.region);
    if (covered(shards[i], r)) continue;
    if (i >= 0) shards[i] = { ...shards[i]!, records: [...shards[i]!.records, r] };
    else
      shards.push({
        service: r.service,
        region: r.region,
        version: 'test-supplement',
        publishedAt: '2026-11-26T00:00:00Z',
        source: 'test/golden',
        records: [r],
      });
  }
  return shards;
}

/** A fetch serving `shards` as GET /calculations/pricing-data for ap-southeast-1 only. */
export function singaporeFetch(shards: readonly CatalogShard[]) {
  return async (input: string): Promise<Response> => {
    const url = new URL(input);
    const region = url.searchParams.get('region');
    if (url.pathname !== '/calculations/pricing-data' || region !== 'ap-southeast-1')
      return new Response(JSON.stringify({ message: `no catalog for ${region}` }), { status: 404 });
    const body = { version: 'singapore-web-app', createdAt: '2026-11-26T00:00:00Z', shards };
    return new Response(JSON.stringify(body), { status: 200, headers: { ETag: '"sg"' } });
  };
}
