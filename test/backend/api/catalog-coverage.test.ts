import { MemoryCatalogStore } from '../../../backend/adapters/memory/catalog-store';
import { MemoryEmbeddedCoverage } from '../../../backend/adapters/memory/memory-embedded-coverage';
import type { EmbeddedCoverageSource } from '../../../backend/ports/embedded-coverage';
import { LayeredCatalogSource } from '../../../backend/use-cases/calculations/layered-catalog-source';
import { catalogCoverageNow } from '../../../backend/use-cases/catalog/catalog-coverage';
import type { CatalogSnapshot } from '../../../core';
import { catalogCoverage } from '../../../core';
import { coverageSnapshot, ec2Shard, unreadable } from './coverage-fixtures';

/** The admin deps of the catalog page: `embedded` as the catalog in use, overlaid with `store`. */
function deps(embedded: CatalogSnapshot, store = new MemoryCatalogStore()) {
  const embeddedCoverage = new MemoryEmbeddedCoverage(embedded);
  // The shared embedded snapshot's records are never read: summaries or a fresh read instead.
  const shared = unreadable(embedded);
  const catalog = new LayeredCatalogSource({ snapshot: async () => shared }, store);
  return { catalog, embeddedCoverage };
}

describe('GET /admin/catalog/coverage (use case)', () => {
  it('answers an embedded catalog from the precomputed summaries, reading no region', async () => {
    const d = deps(coverageSnapshot());
    const coverage = await catalogCoverageNow(d);
    expect(coverage).toEqual(catalogCoverage(coverageSnapshot()));
    expect(d.embeddedCoverage.regionReads).toEqual([]);
    // Worked by hand: 2 EC2 types of 2 current in each region; the S3 page counted once.
    expect(coverage.regions.map((r) => [r.region, r.records, r.columns])).toEqual([
      ['us-east-1', 4, [{ title: 'EC2 Linux OD', priced: 2, current: 2 }]],
      ['eu-west-1', 4, [{ title: 'EC2 Linux OD', priced: 2, current: 2 }]],
    ]);
    expect(coverage.sources.find((s) => s.source === 'https://aws.amazon.com/s3/pricing')).toEqual(
      expect.objectContaining({ references: 1, records: 2 }),
    );
  });

  it('computes live only a region the store replaced a shard of, its other shards read afresh', async () => {
    const store = new MemoryCatalogStore();
    // A later EC2 publication for eu-west-1 that prices m5.large only.
    await store.put(ec2Shard('eu-west-1', '2026-06-01', ['m5.large']));
    const d = deps(coverageSnapshot(), store);
    const coverage = await catalogCoverageNow(d);
    expect(d.embeddedCoverage.regionReads).toEqual(['eu-west-1']);
    const layered: CatalogSnapshot = {
      ...coverageSnapshot(),
      version: 'embedded-test+store-1-2026-06-01',
      shards: coverageSnapshot().shards.map((s) =>
        s.region === 'eu-west-1' && s.service === 'AmazonEC2'
          ? ec2Shard('eu-west-1', '2026-06-01', ['m5.large'])
          : s,
      ),
    };
    expect(coverage).toEqual(catalogCoverage(layered));
    const euWest1 = coverage.regions.find((r) => r.region === 'eu-west-1');
    expect(euWest1?.services.find((s) => s.service === 'AmazonEC2')).toMatchObject({
      records: 2,
      newest: '2026-06-01',
    });
    expect(euWest1?.columns).toEqual([{ title: 'EC2 Linux OD', priced: 1, current: 1 }]);
  });

  it('computes a region the summaries do not hold from the catalog in use', async () => {
    const other = { ...coverageSnapshot(), shards: [ec2Shard('ap-southeast-1')] };
    const embeddedCoverage = new MemoryEmbeddedCoverage(coverageSnapshot());
    const coverage = await catalogCoverageNow({
      catalog: { snapshot: async () => other },
      embeddedCoverage,
    });
    expect(coverage).toEqual(catalogCoverage(other));
    expect(embeddedCoverage.regionReads).toEqual([]);
  });

  it('summarises once per loaded snapshot, and tries again after a failure', async () => {
    const snapshot = coverageSnapshot();
    let loads = 0;
    const catalog = {
      snapshot: async () => {
        loads += 1;
        return snapshot;
      },
    };
    let failing = true;
    const memory = new MemoryEmbeddedCoverage(snapshot);
    const embeddedCoverage: EmbeddedCoverageSource = {
      summaries: () =>
        failing ? Promise.reject(new Error('coverage.json unreadable')) : memory.summaries(),
      regionShards: (region) => memory.regionShards(region),
    };
    await expect(catalogCoverageNow({ catalog, embeddedCoverage })).rejects.toThrow(
      'coverage.json unreadable',
    );
    failing = false;
    const first = await catalogCoverageNow({ catalog, embeddedCoverage });
    expect(await catalogCoverageNow({ catalog, embeddedCoverage })).toBe(first);
    expect(loads).toBe(3);
    // A reloaded catalog (a new snapshot object) is summarised again.
    const next = await catalogCoverageNow({
      catalog: { snapshot: async () => ({ ...snapshot, version: 'v-2' }) },
      embeddedCoverage,
    });
    expect(next.version).toBe('v-2');
  });
});
