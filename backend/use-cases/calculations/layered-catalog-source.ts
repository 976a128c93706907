import type { CatalogShard, CatalogSnapshot } from '../../../core';
import { logger } from '../../observability/logger';
import type { CatalogSource } from '../../ports/catalog-source';
import type { CatalogStore } from '../../ports/catalog-store';

/**
 * The embedded snapshot with every shard replaced by the catalog store's latest version when that
 * one was published later (a Price List import ran since the snapshot was committed). The
 * snapshot version then names the overlay, so estimates record which prices they used. If the
 * store cannot be read, the embedded prices are used and the failure is logged.
 */
export class LayeredCatalogSource implements CatalogSource {
  constructor(
    private readonly base: CatalogSource,
    private readonly store: CatalogStore,
  ) {}

  async snapshot(): Promise<CatalogSnapshot> {
    const base = await this.base.snapshot();
    try {
      const replaced = await this.newerShards(base.shards);
      if (!replaced.size) return base;
      const shards = base.shards.map((s) => replaced.get(key(s)) ?? s);
      const newest = [...replaced.values()]
        .map((s) => s.version)
        .sort()
        .at(-1);
      return {
        version: `${base.version}+store-${replaced.size}-${newest}`,
        createdAt: base.createdAt,
        shards,
      };
    } catch (err) {
      logger.error('catalog store unreadable; pricing with the embedded snapshot', {
        err: err as Error,
      });
      return base;
    }
  }

  private async newerShards(shards: readonly CatalogShard[]): Promise<Map<string, CatalogShard>> {
    const out = new Map<string, CatalogShard>();
    const queue = [...shards];
    // Bounded parallelism: one small index read per shard, bodies only for newer versions.
    const workers = Array.from({ length: 8 }, async () => {
      for (let s = queue.shift(); s; s = queue.shift()) {
        const info = await this.store.latestInfo(s.service, s.region);
        if (!info || info.publishedAt <= s.publishedAt) continue;
        const stored = await this.store.latest(s.service, s.region);
        if (stored) out.set(key(s), stored.shard);
      }
    });
    await Promise.all(workers);
    return out;
  }
}

function key(s: { service: string; region: string }): string {
  return `${s.service}|${s.region}`;
}
