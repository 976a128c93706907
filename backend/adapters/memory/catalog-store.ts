import { createHash } from 'node:crypto';
import type { CatalogShard } from '../../../core';
import { decodeShard } from '../../../core';
import type { CatalogStore, StoredShard, StoredShardInfo } from '../../ports/catalog-store';
import { shardBody, storedShardInfo } from '../../ports/catalog-store';

/**
 * CatalogStore in memory, for tests and the embedded local mode. Bodies go through the codec and
 * are kept by their content-named key, as in S3 (DECISIONS 100).
 */
export class MemoryCatalogStore implements CatalogStore {
  private readonly bodies = new Map<string, string>();
  private readonly infos = new Map<string, StoredShardInfo>();
  private readonly latestVersion = new Map<string, string>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async put(shard: CatalogShard): Promise<StoredShardInfo> {
    const { json, bodyKey } = shardBody(shard);
    const info = storedShardInfo(shard, {
      bodyKey,
      etag: `"${createHash('md5').update(json).digest('hex')}"`,
      storedAt: this.now().toISOString(),
    });
    this.bodies.set(bodyKey, json);
    this.infos.set(versionKey(shard.service, shard.region, shard.version), info);
    const pointer = pairKey(shard.service, shard.region);
    const current = this.latestVersion.get(pointer);
    if (current === undefined || current <= shard.version)
      this.latestVersion.set(pointer, shard.version);
    return info;
  }

  async latest(service: string, region: string): Promise<StoredShard | undefined> {
    const version = this.latestVersion.get(pairKey(service, region));
    return version === undefined ? undefined : this.get(service, region, version);
  }

  async latestInfo(service: string, region: string): Promise<StoredShardInfo | undefined> {
    const version = this.latestVersion.get(pairKey(service, region));
    return version === undefined ? undefined : this.infos.get(versionKey(service, region, version));
  }

  async get(service: string, region: string, version: string): Promise<StoredShard | undefined> {
    const info = this.infos.get(versionKey(service, region, version));
    const body = info && this.bodies.get(info.bodyKey);
    if (body === undefined || !info) return undefined;
    return { info, shard: decodeShard(JSON.parse(body)) };
  }

  async versions(service: string, region: string): Promise<StoredShardInfo[]> {
    const prefix = `${pairKey(service, region)}#`;
    return [...this.infos]
      .filter(([key]) => key.startsWith(prefix))
      .map(([, info]) => info)
      .sort((a, b) => (a.version < b.version ? 1 : a.version > b.version ? -1 : 0));
  }
}

function pairKey(service: string, region: string): string {
  return `${service}|${region}`;
}

function versionKey(service: string, region: string, version: string): string {
  return `${pairKey(service, region)}#${version}`;
}
