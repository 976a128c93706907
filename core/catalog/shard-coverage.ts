/**
 * A shard's own coverage summary, and a region's summary from its shards' summaries. Every figure
 * of `regionCoverage` is per service (records, dates and sources per service; a column's types
 * and the region's current-generation types of that kind come from one service's records; EBS
 * volume types from EC2's), and a catalog holds one shard per service and region — so a region's
 * summary is its shards' summaries joined. The catalog store keeps each published shard's summary
 * with it and the embedded catalog's coverage.json each embedded shard's, so the admin catalog page
 * combines summaries instead of decoding records (DECISIONS 98).
 */
import type { CatalogShard } from './catalog-shard';
import type { RegionCoverageSummary } from './coverage-parts';
import { joinSourceTallies } from './coverage-sources';
import type { ColumnCoverage } from './coverage-summary';
import { COVERAGE_COLUMNS, regionCoverage } from './coverage-summary';

/**
 * The computation a stored summary comes from: change it whenever `regionCoverage`'s figures or
 * `COVERAGE_COLUMNS` change, so summaries stored before are computed again instead of read
 * (test/core/catalog/shard-coverage.test.ts pins the columns to this value). 2: a service's dates
 * count a newer source's confirmation of a price (`confirmed`, `oldestPriced`; DECISIONS 101).
 */
export const SHARD_COVERAGE_FORMAT = 'aws-cost-shard-coverage/2';

/** What a stored shard summary describes: the shard by service, region, version and date. */
export interface ShardCoverage {
  readonly format: string;
  readonly service: string;
  readonly region: string;
  readonly version: string;
  readonly publishedAt: string;
  readonly summary: RegionCoverageSummary;
}

/** The coverage summary of one shard, as the catalog store keeps it beside the shard. */
export function shardCoverage(shard: CatalogShard): ShardCoverage {
  return {
    format: SHARD_COVERAGE_FORMAT,
    service: shard.service,
    region: shard.region,
    version: shard.version,
    publishedAt: shard.publishedAt,
    summary: regionCoverage(shard.region, [shard]),
  };
}

type ShardIdentity = Pick<CatalogShard, 'service' | 'region' | 'version' | 'publishedAt'>;

/** Why a stored summary cannot stand for `shard` (null: it can). */
export function staleShardCoverage(
  stored: ShardCoverage | undefined,
  shard: ShardIdentity,
): string | null {
  if (!stored) return 'no stored summary';
  if (stored.format !== SHARD_COVERAGE_FORMAT)
    return `summary of format ${stored.format}, not ${SHARD_COVERAGE_FORMAT}`;
  const fields = ['service', 'region', 'version', 'publishedAt'] as const;
  const differs = fields.find((f) => stored[f] !== shard[f]);
  return differs ? `summary of ${differs} ${stored[differs]}, not ${shard[differs]}` : null;
}

/**
 * A region's summary from the summaries of its shards (one per service), equal to
 * `regionCoverage(region, shards)` (held to it over the whole embedded catalog by a test).
 */
export function joinRegionCoverage(
  region: string,
  parts: readonly RegionCoverageSummary[],
): RegionCoverageSummary {
  const services = parts.flatMap((p) => p.coverage.services);
  const seen = new Set<string>();
  for (const s of services) {
    if (seen.has(s.service))
      throw new Error(`${region} has two shards of ${s.service}: a region has one per service.`);
    seen.add(s.service);
  }
  const columns = new Map<string, ColumnCoverage>(
    parts.flatMap((p) => p.coverage.columns.map((c) => [c.title, c] as const)),
  );
  return {
    coverage: {
      region,
      records: parts.reduce((n, p) => n + p.coverage.records, 0),
      services: [...services].sort((a, b) => (a.service < b.service ? -1 : 1)),
      columns: COVERAGE_COLUMNS.flatMap((c) => columns.get(c.title) ?? []),
      ebsVolumeTypes:
        region === 'global'
          ? null
          : parts.reduce((n, p) => n + (p.coverage.ebsVolumeTypes ?? 0), 0),
    },
    sources: joinSourceTallies(parts.flatMap((p) => p.sources)),
  };
}
