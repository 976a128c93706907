import type { CatalogShard, EmbeddedIndex, EncodedRegion, Term } from '../../../core';
import {
  EMBEDDED_INDEX_FORMAT,
  EMBEDDED_INDEX_FORMAT_V1,
  EmbeddedCatalogError,
  PriceCatalog,
  embeddedIndexFiles,
  embeddedRegionEntry,
  encodeEmbeddedRegion,
  encodeRegion,
  lazyEmbeddedSnapshot,
  parseEmbeddedIndex,
} from '../../../core';
import { record } from '../resources/catalog-builder';

const RI: Term = {
  type: 'Reserved',
  leaseContractLength: '1yr',
  offeringClass: 'standard',
  purchaseOption: 'No Upfront',
};
const SP: Term = {
  type: 'SavingsPlan',
  planType: 'ComputeSavingsPlans',
  leaseContractLength: '3yr',
  purchaseOption: 'All Upfront',
};

/**
 * Made-up prices: the test is about which file is read when, not about the prices. A price
 * `0.07@RI` is a record of term RI (`@SP`: of SP); others are On-Demand.
 */
function shard(service: string, region: string, prices: readonly string[]): CatalogShard {
  return {
    service,
    region,
    version: '2026-01-01',
    publishedAt: '2026-01-01T00:00:00Z',
    source: `curated:${service} test`,
    records: prices.map((text, i) => {
      const [price = '', term] = text.split('@');
      return record({
        id: `curated:${service}:${region}:${i}`,
        service,
        region,
        productFamily: 'Test',
        attributes: { n: String(i) },
        unit: 'Hrs',
        price,
        ...(term ? { term: term === 'RI' ? RI : SP } : {}),
      });
    }),
  };
}

const REGIONS: Record<string, CatalogShard[]> = {
  'us-east-1': [
    shard('AmazonEC2', 'us-east-1', ['0.1', '0.2', '0.07@RI', '0.06@SP']),
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
  Object.entries(REGIONS).flatMap(([region, shards]) => [
    ...encodeEmbeddedRegion(region, shards).files,
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
    expect(reads).toEqual(['eu-west-1.json', 'us-east-1.json']);
    // Every record of a shard: the commitments file is read too.
    expect(records(snapshot, 'AmazonEC2', 'us-east-1').map((r) => r.price)).toEqual([
      '0.1',
      '0.2',
      '0.07',
      '0.06',
    ]);
    expect(records(snapshot, 'AmazonEC2', 'us-east-1')).toBe(
      records(snapshot, 'AmazonEC2', 'us-east-1'),
    );
    expect(reads).toEqual(['eu-west-1.json', 'us-east-1.json', 'us-east-1.commitments.json']);
  });

  it('decodes the records the catalog build encoded, exactly', () => {
    const { snapshot } = snapshotOver(FILES);
    for (const expected of Object.values(REGIONS).flat())
      expect(records(snapshot, expected.service, expected.region)).toEqual(expected.records);
  });
});

describe('lazyEmbeddedSnapshot: the commitments file is read only when a query asks for one', () => {
  const ec2 = (term?: Term) => ({
    service: 'AmazonEC2',
    region: 'us-east-1',
    productFamily: 'Test',
    attributes: { n: term ? (term.type === 'Reserved' ? '2' : '3') : '1' },
    ...(term ? { term } : {}),
  });

  it('the index names both files; only the region with commitments has a commitments file', () => {
    expect(INDEX.regions.map((r) => [r.file, r.commitmentsFile])).toEqual([
      ['us-east-1.json', 'us-east-1.commitments.json'],
      ['eu-west-1.json', undefined],
      ['global.json', undefined],
    ]);
    expect(INDEX.regions[0]?.shards.map((s) => [s.service, s.records, s.commitments])).toEqual([
      ['AmazonEC2', 2, 2],
      ['AmazonS3', 1, undefined],
    ]);
    expect(embeddedIndexFiles(INDEX)).toEqual([
      'us-east-1.json',
      'us-east-1.commitments.json',
      'eu-west-1.json',
      'global.json',
    ]);
  });

  it('prices On-Demand from the region file alone, however many queries', () => {
    const { snapshot, reads } = snapshotOver(FILES);
    const catalog = new PriceCatalog(snapshot);
    const found = catalog.lookup(ec2());
    expect(found.status === 'found' && found.records.map((r) => r.price)).toEqual(['0.2']);
    expect(catalog.lookup({ ...ec2(), attributes: { n: '2' } }).status).toBe('missing');
    expect(
      catalog.lookup({ service: 'AmazonS3', region: 'us-east-1', attributes: {} }).status,
    ).toBe('found');
    expect(reads).toEqual(['us-east-1.json']);
  });

  it('reads the commitments file once, at the first Reserved or Savings Plans query', () => {
    const { snapshot, reads } = snapshotOver(FILES);
    const catalog = new PriceCatalog(snapshot);
    expect(catalog.lookup(ec2()).status).toBe('found');
    const ri = catalog.lookup(ec2(RI));
    expect(ri.status === 'found' && ri.records.map((r) => r.price)).toEqual(['0.07']);
    const sp = catalog.lookup(ec2(SP));
    expect(sp.status === 'found' && sp.records.map((r) => r.price)).toEqual(['0.06']);
    expect(reads).toEqual(['us-east-1.json', 'us-east-1.commitments.json']);
  });

  it('a commitments query in a region with none reads no commitments file', () => {
    const { snapshot, reads } = snapshotOver(FILES);
    const catalog = new PriceCatalog(snapshot);
    expect(catalog.lookup({ ...ec2(RI), region: 'eu-west-1' }).status).toBe('missing');
    expect(reads).toEqual(['eu-west-1.json']);
  });

  it('a missing commitments file is an error naming it, never "no Reserved price"', () => {
    const files: Record<string, unknown> = { ...FILES };
    delete files['us-east-1.commitments.json'];
    const { snapshot } = snapshotOver(files);
    const catalog = new PriceCatalog(snapshot);
    expect(catalog.lookup(ec2()).status).toBe('found');
    expect(() => catalog.lookup(ec2(RI))).toThrow('test: no file us-east-1.commitments.json');
  });

  it.each([
    [
      'the region file given as the commitments file',
      () => FILES['us-east-1.json'],
      'us-east-1.commitments.json is not the us-east-1 commitments file of the embedded catalog',
    ],
    [
      'a commitments file of another region',
      () => ({ ...FILES['us-east-1.commitments.json'], region: 'eu-west-1' }),
      'us-east-1.commitments.json is not the us-east-1 commitments file of the embedded catalog',
    ],
    [
      'an On-Demand record in the commitments file',
      () => encodeRegion('us-east-1', [shard('AmazonEC2', 'us-east-1', ['0.1', '0.07@RI'])]),
      'us-east-1.commitments.json is not the us-east-1 commitments file',
    ],
  ])('refuses %s, naming it', (_what, file, message) => {
    const { snapshot } = snapshotOver({ ...FILES, 'us-east-1.commitments.json': file() });
    const catalog = new PriceCatalog(snapshot);
    expect(() => catalog.lookup(ec2(SP))).toThrow(EmbeddedCatalogError);
    expect(() => catalog.lookup(ec2(SP))).toThrow(message);
  });

  it('refuses a commitment record in the region file, naming the file and the record', () => {
    const mixed = encodeRegion('us-east-1', [
      shard('AmazonEC2', 'us-east-1', ['0.1', '0.07@RI']),
      shard('AmazonS3', 'us-east-1', ['0.023']),
    ]);
    const { snapshot } = snapshotOver({ ...FILES, 'us-east-1.json': mixed });
    expect(() => new PriceCatalog(snapshot).lookup(ec2())).toThrow(
      'us-east-1.json: its AmazonEC2 shard holds a Reserved record (records[1], curated:AmazonEC2:us-east-1:1) in the on-demand file.',
    );
  });

  it('still reads a format 1 index, whose one region file holds every term', () => {
    const v1: EmbeddedIndex = {
      ...INDEX,
      format: EMBEDDED_INDEX_FORMAT_V1,
      regions: Object.entries(REGIONS).map(([region, shards]) => ({
        region,
        file: `${region}.json`,
        shards: embeddedRegionEntry(region, shards).shards.map(({ commitments, ...s }) => ({
          ...s,
          records: s.records + (commitments ?? 0),
        })),
      })),
    };
    const parsed = parseEmbeddedIndex(JSON.parse(JSON.stringify(v1)));
    expect(parsed).toEqual(v1);
    const files = Object.fromEntries(
      Object.entries(REGIONS).map(([region, shards]) => [
        `${region}.json`,
        encodeRegion(region, shards),
      ]),
    );
    const reads: string[] = [];
    const catalog = new PriceCatalog(
      lazyEmbeddedSnapshot(parsed, (file) => {
        reads.push(file);
        return JSON.parse(JSON.stringify(files[file]));
      }),
    );
    const ri = catalog.lookup(ec2(RI));
    expect(ri.status === 'found' && ri.records.map((r) => r.price)).toEqual(['0.07']);
    expect(catalog.lookup(ec2()).status).toBe('found');
    expect(reads).toEqual(['us-east-1.json']);
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
      "/data/index.json.format is undefined, expected 'aws-cost-embedded-index/2' or 'aws-cost-embedded-index/1' (an index written before regions were read on first use: run `npm run catalog:build`).",
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
    [
      'commitments counted with no commitments file',
      { ...valid, regions: [{ ...regions[0], commitmentsFile: undefined }] },
      'index.json.regions[0].shards[0].commitments: the region names no commitmentsFile to hold them.',
    ],
    [
      'a commitments file that is the region file',
      { ...valid, regions: [{ ...regions[0], commitmentsFile: 'us-east-1.json' }] },
      'index.json.regions[0].commitmentsFile: the same file as index.json.regions[0].file.',
    ],
    [
      'a commitments file in a format 1 index',
      { ...valid, format: 'aws-cost-embedded-index/1' },
      'index.json.regions[0].commitmentsFile: a format 1 index has no commitments files.',
    ],
  ])('names the field of %s', (_what, json, message) => {
    expect(() => parseEmbeddedIndex(json)).toThrow(EmbeddedCatalogError);
    expect(() => parseEmbeddedIndex(json)).toThrow(message);
  });
});
