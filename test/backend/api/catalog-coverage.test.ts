import { MemoryCatalogStore } from '../../../backend/adapters/memory/catalog-store';
import { MemoryEmbeddedCoverage } from '../../../backend/adapters/memory/memory-embedded-coverage';
import type { CatalogOutline, CatalogOutlineSource } from '../../../backend/ports/catalog-outline';
import type { CatalogStore, StoredShardInfo } from '../../../backend/ports/catalog-store';
import { LayeredCatalogSource } from '../../../backend/use-cases/calculations/layered-catalog-source';
import { catalogCoverageNow } from '../../../backend/use-cases/catalog/catalog-coverage';
import type { CatalogShard, CatalogSnapshot } from '../../../core';
import { EmbeddedCatalogError, catalogCoverage } from '../../../core';
import { coverageSnapshot, ec2Shard, s3Shard, unreadable } from './coverage-fixtures';

/** A store whose bodies are counted, and whose index entries can drop or alter their summary. */
class WatchedStore extends MemoryCatalogStore {
  bodyReads: string[] = [];
  summary: (info: StoredShardInfo) => StoredShardInfo = (info) => info;

  override async latestInfo(service: string, region: string) {
    const info = await super.latestInfo(service, region);
    return info && this.summary(info);
  }
  override async get(service: string, region: string, version: string) {
    this.bodyReads.push(`${service} ${region} ${version}`);
    return super.get(service, region, version);
  }
}

/** The admin deps of the catalog page: `embedded` as the catalog in use, overlaid with `store`. */
function deps(embedded: CatalogSnapshot, store: CatalogStore = new WatchedStore()) {
  // The shared embedded snapshot's records are never read: summaries instead.
  const shared = unreadable(embedded);
  const layered = new LayeredCatalogSource({ snapshot: async () => shared }, store);
  return {
    catalog: layered,
    embeddedCoverage: new MemoryEmbeddedCoverage(embedded),
    catalogStore: store,
    /** The snapshot the calculations price with (bodies read, records decoded). */
    priced: () => new LayeredCatalogSource({ snapshot: async () => embedded }, store).snapshot(),
  };
}

const replacedIn = (region: string, shard: CatalogShard): CatalogShard[] =>
  coverageSnapshot().shards.map((s) =>
    s.region === region && s.service === shard.service ? shard : s,
  );

describe('GET /admin/catalog/coverage (use case)', () => {
  it('answers an embedded catalog from the precomputed shard summaries', async () => {
    const store = new WatchedStore();
    const d = deps(coverageSnapshot(), store);
    const coverage = await catalogCoverageNow(d);
    expect(coverage).toEqual({ ...catalogCoverage(coverageSnapshot()), computedLive: [] });
    expect(store.bodyReads).toEqual([]);
    // Worked by hand: 2 EC2 types of 2 current in each region; the S3 page counted once.
    expect(coverage.regions.map((r) => [r.region, r.records, r.columns])).toEqual([
      ['us-east-1', 4, [{ title: 'EC2 Linux OD', priced: 2, current: 2 }]],
      ['eu-west-1', 4, [{ title: 'EC2 Linux OD', priced: 2, current: 2 }]],
    ]);
    expect(coverage.sources.find((s) => s.source === 'https://aws.amazon.com/s3/pricing')).toEqual(
      expect.objectContaining({ references: 1, records: 2 }),
    );
  });

  it("joins a published shard's stored summary with the region's embedded ones, reading no body", async () => {
    const store = new WatchedStore();
    // A later EC2 publication for eu-west-1 that prices m5.large only.
    const published = ec2Shard('eu-west-1', '2026-06-01', ['m5.large']);
    await store.put(published);
    const d = deps(coverageSnapshot(), store);
    const coverage = await catalogCoverageNow(d);
    expect(store.bodyReads).toEqual([]);
    expect(coverage).toEqual({
      ...catalogCoverage({
        ...coverageSnapshot(),
        version: 'embedded-test+store-1-2026-06-01',
        shards: replacedIn('eu-west-1', published),
      }),
      computedLive: [],
    });
    const euWest1 = coverage.regions.find((r) => r.region === 'eu-west-1');
    expect(euWest1?.services.find((s) => s.service === 'AmazonEC2')).toMatchObject({
      records: 2,
      newest: '2026-06-01',
    });
    expect(euWest1?.columns).toEqual([{ title: 'EC2 Linux OD', priced: 1, current: 1 }]);
  });

  it('computes from its body only a published shard without a usable summary, and names it', async () => {
    const store = new WatchedStore();
    const ec2 = ec2Shard('eu-west-1', '2026-06-01', ['m5.large']);
    const s3 = {
      ...s3Shard('us-east-1'),
      version: '2026-07-01',
      publishedAt: '2026-07-01T00:00:00Z',
    };
    await store.put(ec2);
    await store.put(s3);
    // EC2 as stored before summaries existed; S3's summary of an older computation.
    store.summary = (info) =>
      info.service === 'AmazonEC2'
        ? { ...info, coverage: undefined }
        : { ...info, coverage: info.coverage && { ...info.coverage, format: 'old/0' } };
    const d = deps(coverageSnapshot(), store);
    const coverage = await catalogCoverageNow(d);
    expect(store.bodyReads.sort()).toEqual([
      'AmazonEC2 eu-west-1 2026-06-01',
      'AmazonS3 us-east-1 2026-07-01',
    ]);
    expect(coverage.computedLive).toEqual([
      {
        region: 'us-east-1',
        service: 'AmazonS3',
        version: '2026-07-01',
        reason: expect.stringMatching(/^summary of format old\/0, not /),
      },
      {
        region: 'eu-west-1',
        service: 'AmazonEC2',
        version: '2026-06-01',
        reason: 'no stored summary',
      },
    ]);
    const { computedLive: _, ...rest } = coverage;
    expect(rest).toEqual(catalogCoverage(await d.priced()));
  });

  it('after a refresh that stopped half way, describes exactly the shards the API prices with', async () => {
    const memory = new WatchedStore();
    let puts = 0;
    // The refresh publishes eu-west-1's EC2, then fails storing us-east-1's.
    const failing: CatalogStore = Object.assign(Object.create(memory) as CatalogStore, {
      put: (shard: CatalogShard) => {
        puts += 1;
        return puts === 1 ? memory.put(shard) : Promise.reject(new Error('S3 timed out'));
      },
    });
    await failing.put(ec2Shard('eu-west-1', '2026-06-01', ['m5.large']));
    await expect(failing.put(ec2Shard('us-east-1', '2026-06-01', ['c5.large']))).rejects.toThrow(
      'S3 timed out',
    );
    const d = deps(coverageSnapshot(), memory);
    const coverage = await catalogCoverageNow(d);
    const priced = await d.priced();
    expect(priced.shards.filter((s) => s.version === '2026-06-01').map((s) => s.region)).toEqual([
      'eu-west-1',
    ]);
    expect(coverage).toEqual({ ...catalogCoverage(priced), computedLive: [] });
  });

  it('refuses an embedded shard the precomputed coverage does not hold, naming it', async () => {
    const other = { ...coverageSnapshot(), shards: [ec2Shard('ap-southeast-1')] };
    const store = new WatchedStore();
    await expect(
      catalogCoverageNow({
        catalog: new LayeredCatalogSource({ snapshot: async () => other }, store),
        embeddedCoverage: new MemoryEmbeddedCoverage(coverageSnapshot()),
        catalogStore: store,
      }),
    ).rejects.toThrow(EmbeddedCatalogError);
  });

  it('answers once per outline, and tries again after a failure', async () => {
    let outline: CatalogOutline = { version: 'v-1', shards: [] };
    let loads = 0;
    const catalog: CatalogOutlineSource = {
      outline: async () => {
        loads += 1;
        return outline;
      },
    };
    let failing = true;
    const memory = new MemoryEmbeddedCoverage(coverageSnapshot());
    const embeddedCoverage = {
      summaries: () =>
        failing ? Promise.reject(new Error('coverage.json unreadable')) : memory.summaries(),
    };
    const catalogStore = new MemoryCatalogStore();
    const d = { catalog, embeddedCoverage, catalogStore };
    await expect(catalogCoverageNow(d)).rejects.toThrow('coverage.json unreadable');
    failing = false;
    const first = await catalogCoverageNow(d);
    expect(await catalogCoverageNow(d)).toBe(first);
    expect(loads).toBe(3);
    // Another outline (a shard published since) is answered again.
    outline = { version: 'v-2', shards: [] };
    expect((await catalogCoverageNow(d)).version).toBe('v-2');
  });
});
