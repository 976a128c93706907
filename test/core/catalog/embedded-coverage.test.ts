import type { EmbeddedIndex } from '../../../core';
import {
  EmbeddedCatalogError,
  catalogCoverage,
  combineCoverage,
  embeddedCoverageJson,
  embeddedRegionEntry,
  isSummarised,
  parseEmbeddedCoverage,
  regionCoverage,
  sameShards,
  shardCoverage,
  summarisedShards,
} from '../../../core';
import { coverageSnapshot, ec2Shard, s3Shard } from '../../backend/api/coverage-fixtures';

const snapshot = coverageSnapshot();
const regions = ['us-east-1', 'eu-west-1'];
const index: EmbeddedIndex = {
  format: 'aws-cost-embedded-index/1',
  version: snapshot.version,
  createdAt: snapshot.createdAt,
  regions: regions.map((r) =>
    embeddedRegionEntry(
      r,
      snapshot.shards.filter((s) => s.region === r),
    ),
  ),
  coverage: 'coverage.json',
};

/** coverage.json as the catalog build writes it for the fixture (through JSON text). */
function file(): Record<string, unknown> {
  const json = embeddedCoverageJson(
    snapshot.version,
    index.regions.map((entry) => {
      const shards = snapshot.shards.filter((s) => s.region === entry.region);
      return {
        region: entry.region,
        shards: summarisedShards(entry.shards).map((shard, i) => ({
          shard,
          summary: shardCoverage(shards[i]!).summary,
        })),
      };
    }),
  );
  return JSON.parse(JSON.stringify(json)) as Record<string, unknown>;
}

describe('coverage per region, combined', () => {
  it('gives the whole catalog’s coverage, a reference in two regions counted once', () => {
    const parts = regions.map((r) =>
      regionCoverage(
        r,
        snapshot.shards.filter((s) => s.region === r),
      ),
    );
    const combined = combineCoverage(snapshot.version, parts);
    expect(combined).toEqual(catalogCoverage(snapshot));
    // 2 regions × (2 Price List hours + 1 EBS page + 1 S3 page): the S3 page is one reference.
    expect(combined.sources).toEqual([
      expect.objectContaining({
        source: 'AWS Price List (records without a source of their own)',
        references: 0,
        records: 4,
      }),
      expect.objectContaining({
        source: 'https://aws.amazon.com/ebs/pricing',
        references: 2,
        records: 2,
      }),
      expect.objectContaining({
        source: 'https://aws.amazon.com/s3/pricing',
        references: 1,
        records: 2,
        oldest: '2025-10-22',
      }),
    ]);
  });
});

describe('coverage.json (the embedded catalog’s precomputed coverage)', () => {
  it('reads back what was written, references restored', () => {
    const read = parseEmbeddedCoverage(file(), index);
    expect(read.version).toBe('embedded-test');
    expect(
      combineCoverage(
        read.version,
        regions.map((r) => read.regions.get(r)!.summary),
      ),
    ).toEqual(catalogCoverage(snapshot));
  });

  it('refuses a file of another build, naming the file and what differs', () => {
    const other = { ...file(), version: 'embedded-old' };
    expect(() => parseEmbeddedCoverage(other, index, 'data/coverage.json')).toThrow(
      /data\/coverage\.json is of catalog embedded-old, index\.json of embedded-test .*catalog:build/,
    );
    const moved = {
      ...index,
      regions: [
        index.regions[0]!,
        embeddedRegionEntry('eu-west-1', [
          ec2Shard('eu-west-1', '2026-01-01'),
          s3Shard('eu-west-1'),
        ]),
      ],
    };
    expect(() => parseEmbeddedCoverage(file(), moved)).toThrow(
      'coverage.json: the shards of eu-west-1 differ from index.json',
    );
    const more = {
      ...index,
      regions: [...index.regions, embeddedRegionEntry('ap-south-1', [s3Shard('ap-south-1')])],
    };
    expect(() => parseEmbeddedCoverage(file(), more)).toThrow(
      'coverage.json has no coverage of ap-south-1 (the file and index.json come from different builds',
    );
  });

  it('refuses a malformed file with an error naming the field', () => {
    expect(() => parseEmbeddedCoverage({ ...file(), format: 'x' }, index)).toThrow(
      EmbeddedCatalogError,
    );
    const f = file();
    type Region = { shards: { sources: { references: number[] }[] }[] };
    const [first, ...rest] = f['regions'] as Region[];
    const [ec2, ...others] = first!.shards;
    const broken = {
      ...f,
      regions: [
        {
          ...first,
          shards: [{ ...ec2, sources: [{ ...ec2!.sources[0], references: [99] }] }, ...others],
        },
        ...rest,
      ],
    };
    expect(() => parseEmbeddedCoverage(broken, index)).toThrow(
      'coverage.json.regions[0].shards[0].sources[0].references: not in the list.',
    );
    expect(() =>
      parseEmbeddedCoverage(
        { ...f, regions: [{ ...first, shards: [{ service: 'AmazonEC2' }] }] },
        index,
      ),
    ).toThrow('coverage.json.regions[0].shards[0]: expected its coverage and sources.');
    expect(() => parseEmbeddedCoverage({ ...f, regions: [null] }, index)).toThrow(
      "coverage.json.regions[0]: expected a region's coverage.",
    );
  });

  it('tells the embedded shards of a region from ones the catalog store replaced', () => {
    const listed = summarisedShards(index.regions[1]!.shards);
    const embedded = snapshot.shards.filter((s) => s.region === 'eu-west-1');
    const replaced = [ec2Shard('eu-west-1', '2026-06-01'), embedded[1]!];
    expect(sameShards(listed, embedded)).toBe(true);
    expect(sameShards(listed, replaced)).toBe(false);
    expect(sameShards(listed, embedded.slice(1))).toBe(false);
    expect(replaced.map((s) => isSummarised(listed, s))).toEqual([false, true]);
  });
});
