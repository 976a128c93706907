import type { CatalogShard, EmbeddedIndex, EncodedRegion } from '../../../core';
import {
  EMBEDDED_INDEX_FORMAT,
  EmbeddedCatalogError,
  PriceCatalog,
  embeddedRegionEntry,
  encodeRegion,
  lazyEmbeddedSnapshot,
  parseEmbeddedIndex,
} from '../../../core';
import { record } from '../resources/catalog-builder';

/** Made-up prices: the test is about which file is read when, not about the prices. */
function shard(service: string, region: string, prices: readonly string[]): CatalogShard {
  return {
    service,
    region,
    version: '2026-01-01',
    publishedAt: '2026-01-01T00:00:00Z',
    source: `curated:${service} test`,
    records: prices.map((price, i) =>
      record({
        id: `curated:${service}:${region}:${i}`,
        service,
        region,
        productFamily: 'Test',
        attributes: { n: String(i) },
        unit: 'Hrs',
        price,
      }),
    ),
  };
}

const REGIONS: Record<string, CatalogShard[]> = {
  'us-east-1': [
    shard('AmazonEC2', 'us-east-1', ['0.1', '0.2']),
    shard('AmazonS3', 'us-east-1', ['0.023']),
  ],
  'eu-west-1': [shard('AmazonEC2', 'eu-west-1', ['0.11'])],
  global: [shard('AmazonRoute53', 'global', ['0.5'])],
};

const INDEX: EmbeddedIndex = {
  format: EMBEDDED_INDEX_FORMAT,
  version: 'embedded-test',
  createdAt: '2026-01-01T00:00:00Z',
  regions: Object.entries(REGIONS).map(([region, shards]) => embeddedRegionEntry(region, shards)),
};

/** A snapshot over the files `files` (parsed JSON by file name), counting the reads. */
function snapshotOver(files: Record<string, unknown>): {
  snapshot: ReturnType<typeof lazyEmbeddedSnapshot>;
  reads: string[];
} {
  const reads: string[] = [];
  const snapshot = lazyEmbeddedSnapshot(INDEX, (file) => {
    reads.push(file);
    if (!(file in files)) throw new Error(`test: no file ${file}`);
    return JSON.parse(JSON.stringify(files[file]));
  });
  return { snapshot, reads };
}

const FILES: Record<string, EncodedRegion> = Object.fromEntries(
  Object.entries(REGIONS).map(([region, shards]) => [
    `${region}.json`,
    encodeRegion(region, shards),
  ]),
);

function records(snapshot: { shards: readonly CatalogShard[] }, service: string, region: string) {
  const found = snapshot.shards.find((s) => s.service === service && s.region === region);
  if (!found) throw new Error(`test: no ${service} shard in ${region}`);
  return found.records;
}

describe('lazyEmbeddedSnapshot: a region file is read when its prices are first read', () => {
  it('knows every shard from the index alone, reading no file', () => {
    const { snapshot, reads } = snapshotOver(FILES);
    const catalog = new PriceCatalog(snapshot);
    expect(catalog.version).toBe('embedded-test');
    expect(catalog.regions()).toEqual(['eu-west-1', 'global', 'us-east-1']);
    expect(snapshot.shards.map((s) => [s.service, s.region, s.version, s.source])).toEqual([
      ['AmazonEC2', 'us-east-1', '2026-01-01', 'curated:AmazonEC2 test'],
      ['AmazonS3', 'us-east-1', '2026-01-01', 'curated:AmazonS3 test'],
      ['AmazonEC2', 'eu-west-1', '2026-01-01', 'curated:AmazonEC2 test'],
      ['AmazonRoute53', 'global', '2026-01-01', 'curated:AmazonRoute53 test'],
    ]);
    expect(reads).toEqual([]);
  });

  it('reads one region file once for all its shards, and no other', () => {
    const { snapshot, reads } = snapshotOver(FILES);
    const catalog = new PriceCatalog(snapshot);
    const found = catalog.lookup({
      service: 'AmazonEC2',
      region: 'eu-west-1',
      productFamily: 'Test',
      attributes: { n: '0' },
    });
    expect(found.status === 'found' && found.records.map((r) => r.price)).toEqual(['0.11']);
    expect(reads).toEqual(['eu-west-1.json']);
    expect(records(snapshot, 'AmazonS3', 'us-east-1').map((r) => r.price)).toEqual(['0.023']);
    expect(records(snapshot, 'AmazonEC2', 'us-east-1').map((r) => r.price)).toEqual(['0.1', '0.2']);
    expect(records(snapshot, 'AmazonEC2', 'us-east-1')).toBe(
      records(snapshot, 'AmazonEC2', 'us-east-1'),
    );
    expect(reads).toEqual(['eu-west-1.json', 'us-east-1.json']);
  });

  it('decodes the records the catalog build encoded, exactly', () => {
    const { snapshot } = snapshotOver(FILES);
    for (const expected of Object.values(REGIONS).flat())
      expect(records(snapshot, expected.service, expected.region)).toEqual(expected.records);
  });
});

describe('lazyEmbeddedSnapshot: a missing or wrong file is an error naming it, never an empty shard', () => {
  const usEast1 = FILES['us-east-1.json']!;

  it('passes on the loader error of a missing file, and reads again on the next use', () => {
    const files: Record<string, unknown> = { ...FILES };
    delete files['us-east-1.json'];
    const { snapshot, reads } = snapshotOver(files);
    expect(() => records(snapshot, 'AmazonS3', 'us-east-1')).toThrow(
      'test: no file us-east-1.json',
    );
    expect(() => records(snapshot, 'AmazonS3', 'us-east-1')).toThrow(
      'test: no file us-east-1.json',
    );
    expect(records(snapshot, 'AmazonEC2', 'eu-west-1')).toHaveLength(1);
    expect(reads).toEqual(['us-east-1.json', 'us-east-1.json', 'eu-west-1.json']);
  });

  it.each([
    [
      'another region',
      { ...usEast1, region: 'us-west-2' },
      'us-east-1.json is not the us-east-1 file of the embedded catalog',
    ],
    [
      'no shards list',
      { region: 'us-east-1' },
      'us-east-1.json is not the us-east-1 file of the embedded catalog',
    ],
    ['not an object', null, 'us-east-1.json is not the us-east-1 file of the embedded catalog'],
    [
      'a shard missing',
      { ...usEast1, shards: usEast1.shards.slice(0, 1) },
      'us-east-1.json has no AmazonS3 shard, which index.json lists.',
    ],
    [
      'a shard the index does not list',
      { ...usEast1, shards: [...usEast1.shards, { ...usEast1.shards[0]!, service: 'AmazonRDS' }] },
      'us-east-1.json holds 3 shards (AmazonEC2, AmazonS3, AmazonRDS); index.json lists 2.',
    ],
    [
      'a record fewer',
      {
        ...usEast1,
        shards: [
          { ...usEast1.shards[0]!, records: usEast1.shards[0]!.records.slice(1) },
          usEast1.shards[1]!,
        ],
      },
      'us-east-1.json: its AmazonEC2 shard differs from index.json in record count',
    ],
    [
      'another version',
      {
        ...usEast1,
        shards: [usEast1.shards[0]!, { ...usEast1.shards[1]!, version: '2026-02-01' }],
      },
      'us-east-1.json: its AmazonS3 shard differs from index.json in version',
    ],
    [
      'an unknown shard format',
      {
        ...usEast1,
        shards: [{ ...usEast1.shards[0]!, format: 'aws-cost-catalog-shard/9' }, usEast1.shards[1]!],
      },
      "us-east-1.json: Shard format is 'aws-cost-catalog-shard/9'",
    ],
  ])('refuses a file with %s', (_what, file, message) => {
    const { snapshot } = snapshotOver({ ...FILES, 'us-east-1.json': file });
    expect(() => records(snapshot, 'AmazonEC2', 'us-east-1')).toThrow(EmbeddedCatalogError);
    expect(() => records(snapshot, 'AmazonEC2', 'us-east-1')).toThrow(message);
  });

  it('names the file as the caller spells it (e.g. its path)', () => {
    const snapshot = lazyEmbeddedSnapshot(
      INDEX,
      () => ({ region: 'us-east-1', shards: [] }),
      (file) => `/data/${file}`,
    );
    expect(() => records(snapshot, 'AmazonS3', 'us-east-1')).toThrow(
      '/data/us-east-1.json has no AmazonEC2 shard, which index.json lists.',
    );
  });
});

describe('parseEmbeddedIndex', () => {
  const valid = JSON.parse(JSON.stringify(INDEX)) as Record<string, unknown>;

  it('reads an index the build wrote', () => {
    expect(parseEmbeddedIndex(JSON.parse(JSON.stringify(INDEX)))).toEqual(INDEX);
  });

  it('refuses the index of the catalog before regions were read on first use', () => {
    const old = { version: 'embedded-2026-12-05', createdAt: 'x', regions: ['us-east-1'] };
    expect(() => parseEmbeddedIndex(old, '/data/index.json')).toThrow(
      "/data/index.json.format is undefined, expected 'aws-cost-embedded-index/1' (an index written before regions were read on first use: run `npm run catalog:build`).",
    );
  });

  const regions = INDEX.regions;
  it.each([
    [
      'a missing version',
      { ...valid, version: undefined },
      'index.json.version: expected a non-empty string.',
    ],
    ['regions not a list', { ...valid, regions: {} }, 'index.json.regions: expected a list.'],
    [
      'a path as file name',
      { ...valid, regions: [{ ...regions[0], file: '../etc/passwd.json' }] },
      "index.json.regions[0].file: '../etc/passwd.json' is not a .json file name.",
    ],
    [
      'a record count that is not one',
      {
        ...valid,
        regions: [{ ...regions[0], shards: [{ ...regions[0]!.shards[0], records: '2' }] }],
      },
      'index.json.regions[0].shards[0].records: expected a record count.',
    ],
    [
      'a service twice in a region',
      {
        ...valid,
        regions: [{ ...regions[0], shards: [regions[0]!.shards[0], regions[0]!.shards[0]] }],
      },
      'index.json.regions[0].shards[1]: a second AmazonEC2 shard.',
    ],
    [
      'a region twice',
      { ...valid, regions: [regions[0], regions[0]] },
      'index.json.regions[1]: region us-east-1 is listed twice.',
    ],
  ])('names the field of %s', (_what, json, message) => {
    expect(() => parseEmbeddedIndex(json)).toThrow(EmbeddedCatalogError);
    expect(() => parseEmbeddedIndex(json)).toThrow(message);
  });
});
