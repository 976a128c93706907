import type { CatalogShard, CatalogSnapshot } from '../../../core';
import { shardCoverage } from '../../../core';
import { CachedCatalogOutline } from '../../../backend/use-cases/catalog/cached-outline';
import { MemoryCatalogStore } from '../../../backend/adapters/memory/catalog-store';
import type { CatalogStore } from '../../../backend/ports/catalog-store';
import { LayeredCatalogSource } from '../../../backend/use-cases/calculations/layered-catalog-source';

const shard = (service: string, version: string, price: string): CatalogShard => ({
  service,
  region: 'ap-southeast-1',
  version,
  publishedAt: `${version}T00:00:00Z`,
  source: 'curated:test',
  records: [
    {
      id: `curated:${service}:${version}`,
      sku: 'SKU',
      service,
      productFamily: 'Storage',
      region: 'ap-southeast-1',
      attributes: { volumeApiName: 'gp3' },
      unit: 'GB-Mo',
      beginRange: '0',
      endRange: 'Inf',
      price,
      currency: 'USD',
      term: { type: 'OnDemand' },
      effectiveDate: version,
    },
  ],
});

const base: CatalogSnapshot = {
  version: 'embedded-1',
  createdAt: '2026-01-01T00:00:00Z',
  shards: [shard('AmazonEC2', '2026-01-01', '0.08'), shard('AmazonS3', '2026-01-01', '0.025')],
};

describe('catalog: embedded snapshot overlaid with newer published shards', () => {
  it('replaces only shards the store published later, and names the overlay in the version', async () => {
    const store = new MemoryCatalogStore();
    await store.put(shard('AmazonEC2', '2026-06-01', '0.09'));
    await store.put(shard('AmazonS3', '2025-12-01', '0.02'));
    const snap = await new LayeredCatalogSource({ snapshot: async () => base }, store).snapshot();
    expect(snap.shards.map((s) => [s.service, s.version])).toEqual([
      ['AmazonEC2', '2026-06-01'],
      ['AmazonS3', '2026-01-01'],
    ]);
    expect(snap.version).toBe('embedded-1+store-1-2026-06-01');
  });

  it('keeps the embedded snapshot as is when the store has nothing newer or cannot be read', async () => {
    const empty = await new LayeredCatalogSource(
      { snapshot: async () => base },
      new MemoryCatalogStore(),
    ).snapshot();
    expect(empty).toBe(base);
    const fail = async (): Promise<never> => Promise.reject(new Error('table missing'));
    const broken: CatalogStore = {
      put: fail,
      latest: fail,
      latestInfo: fail,
      get: fail,
      versions: fail,
    };
    expect(await new LayeredCatalogSource({ snapshot: async () => base }, broken).snapshot()).toBe(
      base,
    );
  });
});

describe('catalog outline: the same choice of shards, from index entries alone', () => {
  it('names each shard in use and where it comes from, with the summary stored with it, reading no body', async () => {
    const store = new MemoryCatalogStore();
    await store.put(shard('AmazonEC2', '2026-06-01', '0.09'));
    await store.put(shard('AmazonS3', '2025-12-01', '0.02'));
    const get = jest.spyOn(store, 'get');
    const latest = jest.spyOn(store, 'latest');
    const layered = new LayeredCatalogSource({ snapshot: async () => base }, store);
    const outline = await layered.outline();
    expect(get).not.toHaveBeenCalled();
    expect(latest).not.toHaveBeenCalled();
    expect(outline).toEqual({
      version: 'embedded-1+store-1-2026-06-01',
      shards: [
        {
          service: 'AmazonEC2',
          region: 'ap-southeast-1',
          version: '2026-06-01',
          publishedAt: '2026-06-01T00:00:00Z',
          origin: 'store',
          coverage: shardCoverage(shard('AmazonEC2', '2026-06-01', '0.09')),
        },
        {
          service: 'AmazonS3',
          region: 'ap-southeast-1',
          version: '2026-01-01',
          publishedAt: '2026-01-01T00:00:00Z',
          origin: 'embedded',
        },
      ],
    });
    const snapshot = await layered.snapshot();
    expect(snapshot.version).toBe(outline.version);
    expect(snapshot.shards.map((s) => [s.service, s.version])).toEqual(
      outline.shards.map((s) => [s.service, s.version]),
    );
  });

  it('outlines the embedded catalog when the store cannot be read', async () => {
    const fail = async (): Promise<never> => Promise.reject(new Error('table missing'));
    const broken: CatalogStore = {
      put: fail,
      latest: fail,
      latestInfo: fail,
      get: fail,
      versions: fail,
    };
    const outline = await new LayeredCatalogSource(
      { snapshot: async () => base },
      broken,
    ).outline();
    expect(outline.version).toBe('embedded-1');
    expect(outline.shards.map((s) => s.origin)).toEqual(['embedded', 'embedded']);
  });

  it('is read at most once per TTL when cached, one load for concurrent readers', async () => {
    let loads = 0;
    let now = 0;
    const cached = new CachedCatalogOutline(
      {
        outline: async () => {
          loads += 1;
          return { version: `v-${loads}`, shards: [] };
        },
      },
      60_000,
      () => now,
    );
    const [a, b] = await Promise.all([cached.outline(), cached.outline()]);
    expect([a.version, b.version, loads]).toEqual(['v-1', 'v-1', 1]);
    now = 59_999;
    expect((await cached.outline()).version).toBe('v-1');
    now = 60_000;
    expect((await cached.outline()).version).toBe('v-2');
  });
});
