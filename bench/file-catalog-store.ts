/**
 * A CatalogStore on files, for the benches: a parent process fills it once, each fresh child reads
 * it, so a child's memory holds only what the code it measures reads (in AWS the bodies are in S3
 * and the index entries in DynamoDB, outside the function). `index.json` holds the latest index
 * entry per service and region (with its coverage summary), `<version>/<service>/<region>.json`
 * each body.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogShard, EncodedShard } from '../core';
import { decodeShard } from '../core';
import type { CatalogStore, StoredShard, StoredShardInfo } from '../backend/ports/catalog-store';
import { shardBody, storedShardInfo } from '../backend/ports/catalog-store';

type Index = Record<string, StoredShardInfo>;

export class FileCatalogStore implements CatalogStore {
  private index: Index | undefined;

  constructor(private readonly dir: string) {}

  /** Fills the store (parent only): every shard's body and latest entry, written once. */
  static fill(dir: string, shards: readonly CatalogShard[], summaries: boolean): void {
    const index: Index = {};
    for (const shard of shards) {
      const file = path.join(dir, shard.version, shard.service, `${shard.region}.json`);
      mkdirSync(path.dirname(file), { recursive: true });
      const { json, bodyKey } = shardBody(shard);
      writeFileSync(file, json);
      const { coverage, ...entry } = storedShardInfo(shard, {
        bodyKey,
        etag: `"${shard.version}"`,
        storedAt: shard.publishedAt,
      });
      index[`${shard.service}|${shard.region}`] = summaries ? { ...entry, coverage } : entry;
    }
    writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
  }

  async put(): Promise<StoredShardInfo> {
    throw new Error('FileCatalogStore is filled by FileCatalogStore.fill only.');
  }

  async latestInfo(service: string, region: string): Promise<StoredShardInfo | undefined> {
    this.index ??= JSON.parse(readFileSync(path.join(this.dir, 'index.json'), 'utf8')) as Index;
    return this.index[`${service}|${region}`];
  }

  async latest(service: string, region: string): Promise<StoredShard | undefined> {
    const info = await this.latestInfo(service, region);
    return info && this.get(service, region, info.version);
  }

  async get(service: string, region: string, version: string): Promise<StoredShard | undefined> {
    const info = await this.latestInfo(service, region);
    if (info?.version !== version) return undefined;
    const file = path.join(this.dir, version, service, `${region}.json`);
    return { info, shard: decodeShard(JSON.parse(readFileSync(file, 'utf8')) as EncodedShard) };
  }

  async versions(service: string, region: string): Promise<StoredShardInfo[]> {
    const info = await this.latestInfo(service, region);
    return info ? [info] : [];
  }
}
