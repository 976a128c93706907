import { createHash } from 'node:crypto';
import type { CatalogShard } from '../../../core';
import { decodeShard, encodeShard } from '../../../core';
import type { CatalogStore, StoredShard, StoredShardInfo } from '../../ports/catalog-store';
import { storedShardInfo } from '../../ports/catalog-store';

/** CatalogStore in memory, for tests and the embedded local mode. Bodies go through the codec. */
export class MemoryCatalogStore implements CatalogStore {
  private readonly bodies = new Map<string, string>();
  private readonly infos = new Map<string, StoredShardInfo>();
  private readonly latestVersion = new Map<string, string>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async put(shard: CatalogShard): Promise<StoredShardInfo> {
    const body = JSON.stringify(encodeShard(shard));
    const info = storedShardInfo(shard, {
      etag: `"${createHash('md5').update(body).digest('hex')}"`,
      storedAt: this.now().toISOString(),
    });
    const key = versionKey(shard.service, shard.region, shard.version);
    this.bodies.set(key, body);
    this.infos.set(key, info);
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
    const key = versionKey(service, region, version);
    const body = this.bodies.get(key);
    const info = this.infos.get(key);
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
