import type { CatalogShard, ShardCoverage } from '../../core';
import { shardCoverage } from '../../core';

/**
 * Published catalog shards, versioned. Every version put is kept (an estimate records the catalog
 * version it used and can be re-priced and diffed against a newer one); "latest" per service and
 * region is the newest version put, never moved back by a late put of an older version.
 */
export interface StoredShardInfo {
  readonly service: string;
  readonly region: string;
  readonly version: string;
  readonly publishedAt: string;
  readonly source: string;
  readonly records: number;
  /** Where the body lives (the S3 key in AWS): `catalog/<version>/<service>/<region>.json.gz`. */
  readonly bodyKey: string;
  /** Changes whenever the body changes: clients send it back as If-None-Match. */
  readonly etag: string;
  readonly storedAt: string;
  /**
   * The shard's coverage summary (core's `shardCoverage`), computed by `put` from the shard it
   * stores and kept in the same index entry as the version, so "latest" and its summary move
   * together (DECISIONS 98). Absent for a shard stored before summaries were kept (or one whose
   * summary does not read back): the admin catalog page then computes it from the body.
   */
  readonly coverage?: ShardCoverage;
}

export interface StoredShard {
  readonly info: StoredShardInfo;
  readonly shard: CatalogShard;
}

export interface CatalogStore {
  /**
   * Store a shard version (replacing the same version's body) with its coverage summary, and move
   * "latest" when it is newer.
   */
  put(shard: CatalogShard): Promise<StoredShardInfo>;
  latest(service: string, region: string): Promise<StoredShard | undefined>;
  /** Only the index entry of the latest version (cheap: for ETag checks). */
  latestInfo(service: string, region: string): Promise<StoredShardInfo | undefined>;
  get(service: string, region: string, version: string): Promise<StoredShard | undefined>;
  /** Every stored version of a shard, newest first. */
  versions(service: string, region: string): Promise<StoredShardInfo[]>;
}

/** S3 key of a shard body: catalog/<version>/<service>/<region>.json.gz */
export function shardBodyKey(service: string, region: string, version: string): string {
  return `catalog/${version}/${service}/${region}.json.gz`;
}

/**
 * A shard's index entry as every store writes it: what the shard is, where its body lies, and its
 * coverage summary, computed from the records being stored (DECISIONS 98).
 */
export function storedShardInfo(
  shard: CatalogShard,
  stored: { readonly etag: string; readonly storedAt: string },
): StoredShardInfo {
  return {
    service: shard.service,
    region: shard.region,
    version: shard.version,
    publishedAt: shard.publishedAt,
    source: shard.source,
    records: shard.records.length,
    bodyKey: shardBodyKey(shard.service, shard.region, shard.version),
    etag: stored.etag,
    storedAt: stored.storedAt,
    coverage: shardCoverage(shard),
  };
}
