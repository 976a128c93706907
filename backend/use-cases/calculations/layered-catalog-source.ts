import type { CatalogShard, CatalogSnapshot } from '../../../core';
import { logger } from '../../observability/logger';
import type { CatalogOutline, CatalogOutlineSource } from '../../ports/catalog-outline';
import type { CatalogSource } from '../../ports/catalog-source';
import type { CatalogStore, StoredShardInfo } from '../../ports/catalog-store';

/**
 * The embedded snapshot with every shard replaced by the catalog store's latest version when that
 * one was published later (a Price List import ran since the snapshot was committed). The
 * snapshot version then names the overlay, so estimates record which prices they used. If the
 * store cannot be read, the embedded prices are used and the failure is logged. `outline()` makes
 * the same choice from the store's index entries alone, reading no shard body.
 */
export class LayeredCatalogSource implements CatalogSource, CatalogOutlineSource {
  constructor(
    private readonly base: CatalogSource,
    private readonly store: CatalogStore,
  ) {}

  async snapshot(): Promise<CatalogSnapshot> {
    const base = await this.base.snapshot();
    try {
      const newer = await this.newerInfos(base.shards);
      if (!newer.size) return base;
      const replaced = await this.bodies([...newer.values()]);
      return {
        version: layeredVersion(base.version, [...newer.values()]),
        createdAt: base.createdAt,
        shards: base.shards.map((s) => replaced.get(key(s)) ?? s),
      };
    } catch (err) {
      logUnreadable(err);
      return base;
    }
  }

  async outline(): Promise<CatalogOutline> {
    const base = await this.base.snapshot();
    let newer = new Map<string, StoredShardInfo>();
    try {
      newer = await this.newerInfos(base.shards);
    } catch (err) {
      logUnreadable(err);
    }
    const infos = [...newer.values()];
    return {
      version: infos.length ? layeredVersion(base.version, infos) : base.version,
      shards: base.shards.map((s) => {
        const info = newer.get(key(s));
        if (!info) return { ...identity(s), origin: 'embedded' };
        return {
          ...identity(info),
          origin: 'store',
          ...(info.coverage ? { coverage: info.coverage } : {}),
        };
      }),
    };
  }

  /** The store's latest index entry of each shard it published later than the embedded one. */
  private async newerInfos(shards: readonly CatalogShard[]): Promise<Map<string, StoredShardInfo>> {
    const out = new Map<string, StoredShardInfo>();
    // Bounded parallelism: one small index read per shard.
    await inParallel(shards, async (s) => {
      const info = await this.store.latestInfo(s.service, s.region);
      if (info && info.publishedAt > s.publishedAt) out.set(key(s), info);
    });
    return out;
  }

  /** The bodies of exactly the versions chosen (a later put cannot slip in between). */
  private async bodies(infos: readonly StoredShardInfo[]): Promise<Map<string, CatalogShard>> {
    const out = new Map<string, CatalogShard>();
    await inParallel(infos, async (info) => {
      const stored = await this.store.get(info.service, info.region, info.version);
      if (!stored)
        throw new Error(
          `The catalog store lists ${info.service}/${info.region} version ${info.version} as latest but has no such version.`,
        );
      out.set(key(info), stored.shard);
    });
    return out;
  }
}

function identity(s: Pick<CatalogShard, 'service' | 'region' | 'version' | 'publishedAt'>) {
  return { service: s.service, region: s.region, version: s.version, publishedAt: s.publishedAt };
}

/** `<embedded version>+store-<shards replaced>-<newest version among them>`. */
function layeredVersion(base: string, replaced: readonly StoredShardInfo[]): string {
  const newest = replaced
    .map((s) => s.version)
    .sort()
    .at(-1);
  return `${base}+store-${replaced.length}-${newest}`;
}

function logUnreadable(err: unknown): void {
  logger.error('catalog store unreadable; pricing with the embedded snapshot', {
    err: err as Error,
  });
}

async function inParallel<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const workers = Array.from({ length: 8 }, async () => {
    for (let item = queue.shift(); item; item = queue.shift()) await work(item);
  });
  await Promise.all(workers);
}

function key(s: { service: string; region: string }): string {
  return `${s.service}|${s.region}`;
}
