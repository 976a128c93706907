import { createHash } from 'node:crypto';
import type { CatalogShard, ShardCoverage } from '../../core';
import { encodeShard, shardCoverage } from '../../core';

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
  /**
   * Where the body lives (the S3 key in AWS): `catalog/<version>/<service>/<region>.<digest>.json.gz`,
   * named by its content (`shardBody`), so a version stored again with other records gets a new key
   * and the entry naming the old one keeps reading the old body (DECISIONS 100). Entries stored
   * before that name `catalog/<version>/<service>/<region>.json.gz` and still read.
   */
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
   * Store a shard version with its coverage summary, and move "latest" when it is not older. Storing
   * a version again with other records writes its body under a new key before its entries switch
   * to it: a reader sees the old body with the old summary, or the new with the new, never a mix.
   */
  put(shard: CatalogShard): Promise<StoredShardInfo>;
  latest(service: string, region: string): Promise<StoredShard | undefined>;
  /** Only the index entry of the latest version (cheap: for ETag checks). */
  latestInfo(service: string, region: string): Promise<StoredShardInfo | undefined>;
  get(service: string, region: string, version: string): Promise<StoredShard | undefined>;
  /** Every stored version of a shard, newest first. */
  versions(service: string, region: string): Promise<StoredShardInfo[]>;
}

/**
 * A shard body as every store writes it (the codec's JSON), and its S3 key: the first 16 hex digits
 * of the body's SHA-256 name it, `catalog/<version>/<service>/<region>.<digest>.json.gz`. The same
 * records give the same key (a repeated import rewrites the same bytes); other records, another
 * key (DECISIONS 100).
 */
export function shardBody(shard: CatalogShard): {
  readonly json: string;
  readonly bodyKey: string;
} {
  const json = JSON.stringify(encodeShard(shard));
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
  return {
    json,
    bodyKey: `catalog/${shard.version}/${shard.service}/${shard.region}.${digest}.json.gz`,
  };
}

/**
 * A shard's index entry as every store writes it: what the shard is, where its body lies, and its
 * coverage summary, computed from the records being stored (DECISIONS 98).
 */
export function storedShardInfo(
  shard: CatalogShard,
  stored: { readonly bodyKey: string; readonly etag: string; readonly storedAt: string },
): StoredShardInfo {
  return {
    service: shard.service,
    region: shard.region,
    version: shard.version,
    publishedAt: shard.publishedAt,
    source: shard.source,
    records: shard.records.length,
    bodyKey: stored.bodyKey,
    etag: stored.etag,
    storedAt: stored.storedAt,
    coverage: shardCoverage(shard),
  };
}
