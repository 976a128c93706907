import type { CatalogShard, CatalogSnapshot } from '../../../core';
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
