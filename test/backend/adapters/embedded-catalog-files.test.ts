import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CatalogSnapshot, Requirements } from '../../../core';
import { EmbeddedCatalogError, PriceCatalog, monthlyCost, priceRequirements } from '../../../core';
import {
  embeddedCatalogDir,
  embeddedSnapshot,
  readEmbeddedSnapshot,
} from '../../../backend/adapters/embedded-catalog-files';

const REPO_DATA = path.resolve(__dirname, '../../../core/catalog/data');

/** Catalog files of the repository read by `run` (their names, in order of reading). */
function filesRead(run: () => void): string[] {
  const spy = jest.spyOn(fs, 'readFileSync');
  try {
    run();
    return spy.mock.calls
      .map(([file]) => String(file))
      .filter((file) => file.startsWith(REPO_DATA))
      .map((file) => path.basename(file));
  } finally {
    spy.mockRestore();
  }
}

/** A Singapore estimate that also needs the global shards (CloudFront, Route 53). */
const SINGAPORE: Requirements = {
  settings: { region: 'ap-southeast-1', pricingModel: { kind: 'on-demand' } },
  items: [
    { id: 'web', service: 'ec2', quantity: 2, instanceType: 'm6i.large', os: 'Linux' },
    {
      id: 'db',
      service: 'rds',
      quantity: 1,
      engine: 'postgresql',
      instanceClass: 'db.m6g.large',
      deployment: 'single-az',
      storageType: 'gp3',
      storageGb: 100,
    },
    {
      id: 'cdn',
      service: 'cloudfront',
      quantity: 1,
      edgeLocation: 'Asia Pacific',
      dataOutGb: 500,
      httpsRequests: 1e6,
    },
    { id: 'dns', service: 'route53', quantity: 1, hostedZones: 1, standardQueriesMillions: 1 },
  ],
};

describe('the embedded catalog in Node (backend/adapters/embedded-catalog-files)', () => {
  it('is the repository folder here, and catalog-data beside the bundle in a Lambda', () => {
    expect(embeddedCatalogDir({})).toBe(REPO_DATA);
    expect(fs.existsSync(path.join(REPO_DATA, 'index.json'))).toBe(true);
    expect(embeddedCatalogDir({ LAMBDA_TASK_ROOT: '/var/task' })).toBe('/var/task/catalog-data');
  });

  it('reads index.json at start, then only the files of the regions an estimate prices', () => {
    let snapshot: CatalogSnapshot | undefined;
    expect(filesRead(() => (snapshot = readEmbeddedSnapshot(REPO_DATA)))).toEqual(['index.json']);
    const catalog = new PriceCatalog(snapshot!);
    let lines = 0;
    const read = filesRead(() => {
      const estimate = priceRequirements(SINGAPORE, catalog, { asOf: '2026-12-05' });
      lines = estimate.lines.filter((l) => !l.incomplete).length;
    });
    expect(lines).toBe(4);
    expect(read.sort()).toEqual(['ap-southeast-1.json', 'global.json']);
    expect(filesRead(() => priceRequirements(SINGAPORE, catalog, { asOf: '2026-12-05' }))).toEqual(
      [],
    );
  });

  it('is one snapshot per process', () => {
    expect(embeddedSnapshot()).toBe(embeddedSnapshot());
  });
});

describe('a missing or damaged file of the embedded catalog is an error naming it', () => {
  let dir: string;
  const cell = {
    id: 'c',
    service: 'ec2',
    quantity: 1,
    instanceType: 'm5.large',
    os: 'Linux',
  } as const;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(tmpdir(), 'embedded-catalog-'));
    for (const file of ['index.json', 'us-east-1.json', 'global.json'])
      fs.copyFileSync(path.join(REPO_DATA, file), path.join(dir, file));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prices from the copied files as from the repository', () => {
    const copied = new PriceCatalog(readEmbeddedSnapshot(dir));
    const repo = new PriceCatalog(readEmbeddedSnapshot(REPO_DATA));
    const price = monthlyCost(copied, cell, { region: 'us-east-1' }).monthly;
    expect(price).not.toBeNull();
    expect(price).toBe(monthlyCost(repo, cell, { region: 'us-east-1' }).monthly);
  });

  it('names a region file that is missing when an estimate first prices there', () => {
    const catalog = new PriceCatalog(readEmbeddedSnapshot(dir));
    const missing = path.join(dir, 'eu-west-1.json');
    expect(() => monthlyCost(catalog, cell, { region: 'eu-west-1' })).toThrow(EmbeddedCatalogError);
    expect(() => monthlyCost(catalog, cell, { region: 'eu-west-1' })).toThrow(
      `The embedded catalog file ${missing} is missing.`,
    );
  });

  it('names a region file that is not valid JSON', () => {
    const file = path.join(dir, 'us-east-1.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 5000));
    const catalog = new PriceCatalog(readEmbeddedSnapshot(dir));
    expect(() => monthlyCost(catalog, cell, { region: 'us-east-1' })).toThrow(
      `The embedded catalog file ${file} is not valid JSON: `,
    );
  });

  it('names a region file from another build', () => {
    const file = path.join(dir, 'global.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { shards: { records: unknown[] }[] };
    json.shards[0]!.records.pop();
    fs.writeFileSync(file, JSON.stringify(json));
    const [shard] = readEmbeddedSnapshot(dir).shards.filter((s) => s.region === 'global');
    expect(() => shard?.records).toThrow(
      `${file}: its ${shard?.service} shard differs from index.json in record count`,
    );
  });

  it('names a missing index at once', () => {
    fs.rmSync(path.join(dir, 'index.json'));
    expect(() => readEmbeddedSnapshot(dir)).toThrow(
      `The embedded catalog file ${path.join(dir, 'index.json')} is missing.`,
    );
  });
});
