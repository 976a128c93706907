import type { CatalogShard, EncodedRecord, EncodedRegion } from '../../../core';
import {
  EMBEDDED_INDEX_FORMAT,
  EmbeddedCatalogError,
  embeddedRegionEntry,
  encodeEmbeddedRegion,
  encodeRegion,
  lazyEmbeddedSnapshot,
  splitRegionShards,
} from '../../../core';
import { curated } from '../../../scripts/snapshot/curated-record';
import { regionFileText } from '../../../scripts/snapshot/catalog-files';

const source = { reference: 'https://aws.amazon.com/s3/pricing/', asOf: '2026-07', note: 'test' };
const shard: CatalogShard = {
  service: 'AmazonS3',
  region: 'ap-southeast-1',
  version: '2026-07-01',
  publishedAt: '2026-07-01T00:00:00Z',
  source: 'curated:test',
  records: [
    curated({
      service: 'AmazonS3',
      region: 'ap-southeast-1',
      productFamily: 'Storage',
      attributes: { volumeType: 'Standard', usagetype: 'APS1-TimedStorage-ByteHrs' },
      unit: 'GB-Mo',
      price: 0.025,
      source,
      beginRange: '0',
      endRange: '51200',
      what: ['Standard', 'storage', '0'],
    }),
    curated({
      service: 'AmazonS3',
      region: 'ap-southeast-1',
      productFamily: 'Storage',
      attributes: { volumeType: 'Standard', usagetype: 'APS1-TimedStorage-ByteHrs' },
      unit: 'GB-Mo',
      price: '0.024',
      source: { reference: source.reference, asOf: '2026-07' },
      beginRange: '51200',
      endRange: '512000',
      term: {
        type: 'Reserved',
        leaseContractLength: '3yr',
        offeringClass: 'convertible',
        purchaseOption: 'All Upfront',
      },
      what: ['Standard', 'storage', '51200'],
      description: 'a description',
    }),
  ],
};

/** The files of the region (by name) as the build encodes them. */
function encodedFiles(region = 'ap-southeast-1'): Record<string, EncodedRegion> {
  return Object.fromEntries(encodeEmbeddedRegion(region, [shard]).files);
}

/** A region's shards as the embedded catalog reads them from `files`, its index listing `listed`. */
function readRegion(
  files: Record<string, EncodedRegion>,
  region = 'ap-southeast-1',
  listed: readonly CatalogShard[] = [shard],
): readonly CatalogShard[] {
  const entry = embeddedRegionEntry(region, listed);
  const index = {
    format: EMBEDDED_INDEX_FORMAT,
    version: 't',
    createdAt: 't',
    regions: [entry],
  } as const;
  return lazyEmbeddedSnapshot(index, (name) => JSON.parse(JSON.stringify(files[name]))).shards;
}

describe('embedded region file format (core shard codec)', () => {
  it('round-trips records exactly (prices, tiers, terms, sources, descriptions)', () => {
    const decoded = readRegion(encodedFiles());
    expect(decoded.map((s) => ({ ...s, records: s.records }))).toEqual([shard]);
    expect(decoded[0]?.records[0]?.price).toBe('0.0250000000');
  });

  it('keeps the Reserved record in the commitments file and the other in the region file', () => {
    const files = encodedFiles();
    expect(Object.keys(files)).toEqual(['ap-southeast-1.json', 'ap-southeast-1.commitments.json']);
    expect(files['ap-southeast-1.json']?.shards[0]?.records).toHaveLength(1);
    expect(files['ap-southeast-1.commitments.json']).toMatchObject({
      region: 'ap-southeast-1',
      terms: 'commitments',
    });
    expect(files['ap-southeast-1.commitments.json']?.shards[0]?.records).toHaveLength(1);
  });

  it('stores a curated source once per shard and a curated id once (id = sku)', () => {
    const [encoded] = encodeRegion('ap-southeast-1', [shard]).shards;
    expect(encoded?.sources).toHaveLength(2);
    expect(encoded?.records.map((r) => r[1])).toEqual([-1, -1]);
  });

  it('writes the committed text one record per line, and it parses back to the same shards', () => {
    const { onDemand, commitments } = splitRegionShards([shard]);
    const texts = [
      regionFileText('ap-southeast-1', onDemand),
      regionFileText('ap-southeast-1', commitments, true),
    ];
    for (const text of texts)
      expect(text.split('\n').filter((l) => l.startsWith('["curated:'))).toHaveLength(1);
    const [main, commitmentsFile] = texts.map((t) => JSON.parse(t) as EncodedRegion);
    expect(commitmentsFile).toEqual(encodedFiles()['ap-southeast-1.commitments.json']);
    const decoded = readRegion({
      'ap-southeast-1.json': main!,
      'ap-southeast-1.commitments.json': commitmentsFile!,
    });
    expect(decoded.map((s) => ({ ...s, records: s.records }))).toEqual([shard]);
  });

  it('refuses a shard of another region in a region file, naming the file', () => {
    const file = encodeRegion('ap-southeast-1', [shard]);
    const [read] = readRegion({ 'us-east-1.json': { ...file, region: 'us-east-1' } }, 'us-east-1', [
      { ...shard, records: shard.records.slice(0, 1) },
    ]);
    expect(() => read?.records).toThrow(EmbeddedCatalogError);
    expect(() => read?.records).toThrow(
      'us-east-1.json: its AmazonS3 shard differs from index.json in region',
    );
  });

  it('names the bad row when a string index is out of range (decoded on first use)', () => {
    const file = encodeRegion('ap-southeast-1', [shard]);
    const [encoded] = file.shards;
    if (!encoded) throw new Error('no shard encoded');
    const row: EncodedRecord = [...encoded.records[1]!];
    row[2] = 9999;
    const broken = { ...file, shards: [{ ...encoded, records: [encoded.records[0]!, row] }] };
    // An index of format 1 (no commitments file): the one region file holds every term.
    const index = {
      format: 'aws-cost-embedded-index/1',
      version: 't',
      createdAt: 't',
      regions: [
        {
          region: 'ap-southeast-1',
          file: 'ap-southeast-1.json',
          shards: [
            {
              ...embeddedRegionEntry('ap-southeast-1', [shard]).shards[0]!,
              records: 2,
              commitments: undefined,
            },
          ],
        },
      ],
    } as const;
    const [lazy] = lazyEmbeddedSnapshot(index, () => JSON.parse(JSON.stringify(broken))).shards;
    expect(() => lazy?.records).toThrow(EmbeddedCatalogError);
    expect(() => lazy?.records).toThrow(
      'ap-southeast-1.json: AmazonS3/ap-southeast-1 records[1]: productFamily points at missing string 9999.',
    );
  });
});
