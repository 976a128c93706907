import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CatalogSnapshot } from '../../../core';
import { MemoryCatalogStore } from '../../../backend/adapters/memory/catalog-store';
import { EmbeddedCatalogSource } from '../../../backend/adapters/aws/embedded-catalog-source';
import {
  readEmbeddedIndex,
  readEmbeddedSnapshot,
} from '../../../backend/adapters/embedded-catalog-files';
import { EmbeddedCoverageFiles } from '../../../backend/adapters/embedded-coverage-files';
import { LayeredCatalogSource } from '../../../backend/use-cases/calculations/layered-catalog-source';
import { catalogCoverageNow } from '../../../backend/use-cases/catalog/catalog-coverage';
import { regionCoverage, shardCoverage, summarisedShards } from '../../../core';
import { catalogFiles } from '../../../scripts/snapshot/catalog-files';
import { coverageSnapshot, shardOf } from '../api/coverage-fixtures';

const REPO_DATA = path.resolve(__dirname, '../../../core/catalog/data');

/** Catalog files under `dir` read by `run` (their names, in order of reading). */
async function filesRead(dir: string, run: () => Promise<unknown>): Promise<string[]> {
  const spy = jest.spyOn(fs, 'readFileSync');
  try {
    await run();
    return spy.mock.calls
      .map(([file]) => String(file))
      .filter((file) => file.startsWith(dir))
      .map((file) => path.basename(file));
  } finally {
    spy.mockRestore();
  }
}

/** The files the catalog build writes for `snapshot`, in a new folder. */
function writeCatalog(snapshot: CatalogSnapshot, regions: readonly string[]): string {
  const dir = fs.mkdtempSync(path.join(tmpdir(), 'embedded-coverage-'));
  const built = {
    snapshot,
    regions,
    feeds: [],
    curatedRecords: 0,
    merge: {
      superseded: 0,
      changes: [],
      duplicates: 0,
      roundedCopies: 0,
      confirmed: 0,
      examples: [],
    },
  };
  for (const [name, text] of catalogFiles(built)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('coverage.json committed with the embedded catalog', () => {
  it("holds each shard's coverage, and each region's, as computed live from the committed region files", async () => {
    const index = readEmbeddedIndex(REPO_DATA);
    expect(index.coverage).toBe('coverage.json');
    const read = await new EmbeddedCoverageFiles(REPO_DATA).summaries();
    expect([...read.regions.keys()]).toEqual(index.regions.map((r) => r.region));
    for (const entry of index.regions) {
      // A snapshot per region, so one region is resident at a time.
      const shards = readEmbeddedSnapshot(REPO_DATA).shards.filter(
        (s) => s.region === entry.region,
      );
      const stored = read.regions.get(entry.region);
      expect(stored?.shards).toEqual(summarisedShards(entry.shards));
      expect(stored?.perShard.map((p) => p.summary)).toEqual(
        shards.map((s) => shardCoverage(s).summary),
      );
      // The shards' summaries joined are the region's, computed over all of its shards at once.
      expect(stored?.summary).toEqual(regionCoverage(entry.region, shards));
    }
  });
});

describe('EmbeddedCoverageFiles (backend/adapters/embedded-coverage-files)', () => {
  const regions = ['us-east-1', 'eu-west-1'];

  it('reads the summaries the build wrote, without reading a region file', async () => {
    const dir = writeCatalog(coverageSnapshot(), regions);
    const files = new EmbeddedCoverageFiles(dir);
    let read: Awaited<ReturnType<EmbeddedCoverageFiles['summaries']>> | undefined;
    const names = await filesRead(dir, async () => {
      read = await files.summaries();
    });
    expect(names).toEqual(['index.json', 'coverage.json']);
    const euWest1 = coverageSnapshot().shards.filter((s) => s.region === 'eu-west-1');
    expect(read?.regions.get('eu-west-1')?.summary).toEqual(regionCoverage('eu-west-1', euWest1));
    expect(read?.regions.get('eu-west-1')?.perShard.map((p) => p.shard.service)).toEqual([
      'AmazonEC2',
      'AmazonS3',
    ]);
  });

  it('names the file when the index lists no coverage or the coverage is of another build', async () => {
    const dir = writeCatalog(coverageSnapshot(), regions);
    const indexFile = path.join(dir, 'index.json');
    const index = JSON.parse(fs.readFileSync(indexFile, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(indexFile, JSON.stringify({ ...index, version: 'embedded-next' }));
    await expect(new EmbeddedCoverageFiles(dir).summaries()).rejects.toThrow(
      `${path.join(dir, 'coverage.json')} is of catalog embedded-test, index.json of embedded-next`,
    );
    fs.writeFileSync(indexFile, JSON.stringify({ ...index, coverage: undefined }));
    await expect(new EmbeddedCoverageFiles(dir).summaries()).rejects.toThrow(
      `${indexFile} names no coverage file`,
    );
  });
});

describe('GET /admin/catalog/coverage over the committed catalog', () => {
  it('reads no region file, also for a region the store published a shard of', async () => {
    const embedded = new EmbeddedCatalogSource();
    const store = new MemoryCatalogStore();
    const deps = {
      catalog: new LayeredCatalogSource(embedded, store),
      embeddedCoverage: new EmbeddedCoverageFiles(),
      catalogStore: store,
    };
    const plain = await catalogCoverageNow(deps);
    const read = await filesRead(REPO_DATA, () => catalogCoverageNow(deps));
    expect(read).toEqual([]);
    // A later publication of me-south-1's public IPv4 prices (one record instead of two).
    const vpc = readEmbeddedSnapshot(REPO_DATA).shards.find(
      (s) => s.region === 'me-south-1' && s.service === 'AmazonVPC',
    );
    const [record] = vpc?.records ?? [];
    if (!record) throw new Error('the embedded catalog has no AmazonVPC shard in me-south-1');
    await store.put(shardOf([{ ...record, effectiveDate: '2027-01-01T00:00:00Z' }], '2027-01-01'));
    let overlaid = plain;
    const names = await filesRead(REPO_DATA, async () => {
      overlaid = await catalogCoverageNow(deps);
    });
    expect(names).toEqual([]);
    expect(overlaid.computedLive).toEqual([]);
    const region = (c: typeof plain, r: string) => c.regions.find((x) => x.region === r);
    expect(region(overlaid, 'us-east-1')).toEqual(region(plain, 'us-east-1'));
    const before = region(plain, 'me-south-1');
    expect(region(overlaid, 'me-south-1')).toEqual({
      ...before,
      records: (before?.records ?? 0) - 1,
      services: before?.services.map((s) =>
        s.service === 'AmazonVPC'
          ? { ...s, records: 1, oldest: '2025-11-04', newest: '2025-11-04' }
          : s,
      ),
    });
  });
});
