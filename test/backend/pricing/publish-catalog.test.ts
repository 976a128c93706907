import { MemoryCatalogStore } from '../../../backend/adapters/memory/catalog-store';
import { publishCatalog } from '../../../backend/pricing/publish-catalog';
import type { CatalogShard, PriceRecord } from '../../../core';

function shard(version: string, prices: string[]): CatalogShard {
  const records: PriceRecord[] = prices.map((price, i) => {
    const sku = `SKU${String(i).padStart(13, '0')}`;
    return {
      id: `${sku}.JRTCKXETXF.6YS6EN2CT7`,
      sku,
      service: 'AmazonECS',
      productFamily: 'Compute',
      region: 'us-east-1',
      attributes: { usagetype: `USE1-Fargate-${i}` },
      unit: 'hours',
      beginRange: '0',
      endRange: 'Inf',
      price,
      currency: 'USD',
      term: { type: 'OnDemand' },
      effectiveDate: '2025-08-01T00:00:00Z',
    };
  });
  return {
    service: 'AmazonECS',
    region: 'us-east-1',
    version,
    publishedAt: '2025-08-28T17:27:23Z',
    source: 'test',
    records,
  };
}

const snapshot = (s: CatalogShard) => ({
  version: s.version,
  createdAt: '2025-09-01T00:00:00Z',
  shards: [s],
});
const need = {
  label: 'Fargate vCPU',
  query: {
    service: 'AmazonECS',
    region: 'us-east-1',
    productFamily: 'Compute',
    attributes: { usagetype: 'USE1-Fargate-0' },
  },
};

describe('publishCatalog', () => {
  it('stores a first catalog that passes the gate', async () => {
    const store = new MemoryCatalogStore();
    const result = await publishCatalog(
      store,
      snapshot(shard('20250801000000', ['0.0404800000', '0.0044450000'])),
      { needs: [need] },
    );
    expect(result.report.passed).toBe(true);
    expect(result.stored.map((s) => s.version)).toEqual(['20250801000000']);
    expect((await store.latestInfo('AmazonECS', 'us-east-1'))?.version).toBe('20250801000000');
  });

  it('refuses, and stores nothing, when too many prices moved since the stored latest', async () => {
    const store = new MemoryCatalogStore();
    await publishCatalog(
      store,
      snapshot(shard('20250801000000', ['0.0404800000', '0.0044450000'])),
    );
    const result = await publishCatalog(
      store,
      snapshot(shard('20250901000000', ['0.0504800000', '0.0044450000'])),
      { maxMovedShare: 0.1 },
    );
    expect(result.report.passed).toBe(false);
    expect(result.report.text).toContain('50.0% of prices moved or vanished (1 of 2)');
    expect(result.stored).toEqual([]);
    expect((await store.versions('AmazonECS', 'us-east-1')).map((v) => v.version)).toEqual([
      '20250801000000',
    ]);
  });

  it('keeps the earlier version when a newer one passes', async () => {
    const store = new MemoryCatalogStore();
    await publishCatalog(
      store,
      snapshot(shard('20250801000000', ['0.0404800000', '0.0044450000'])),
    );
    const result = await publishCatalog(
      store,
      snapshot(shard('20250901000000', ['0.0404800000', '0.0044450000'])),
    );
    expect(result.report.movedShare).toBe(0);
    expect((await store.versions('AmazonECS', 'us-east-1')).map((v) => v.version)).toEqual([
      '20250901000000',
      '20250801000000',
    ]);
    expect(
      (await store.get('AmazonECS', 'us-east-1', '20250801000000'))?.shard.records,
    ).toHaveLength(2);
  });

  it('refuses a catalog missing a needed price', async () => {
    const store = new MemoryCatalogStore();
    const result = await publishCatalog(store, snapshot(shard('20250801000000', [])), {
      needs: [need],
    });
    expect(result.report.problems.map((p) => p.kind)).toEqual(['missing']);
    expect(await store.latest('AmazonECS', 'us-east-1')).toBeUndefined();
  });
});
