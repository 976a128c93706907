import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MemoryCatalogStore } from '../../../backend/adapters/memory/catalog-store';
import { main } from '../../../backend/pricing/cli';
import { PriceListDownloadError } from '../../../backend/pricing/errors';
import { ImportRequestError, importCatalog } from '../../../backend/pricing/import-catalog';
import { DirectorySource, OnlineSource } from '../../../backend/pricing/price-list-source';
import { readShardFile } from '../../../backend/pricing/shard-file';
import { collect, filterFor, fixture, sample, realSamples } from './helpers';
import { describeIf } from '../../helpers/needs';

const EC2 = '/offers/v1.0/aws/AmazonEC2';
const SP = '/savingsPlan/v1.0/aws/AWSComputeSavingsPlan';

/** A local mirror of the endpoint's paths, built in a temp folder from fixtures and samples. */
function buildMirror(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'price-list-mirror-'));
  const put = (to: string, from: string): void => {
    mkdirSync(path.dirname(path.join(root, to)), { recursive: true });
    copyFileSync(from, path.join(root, to));
  };
  put(`${EC2}/current/region_index.json`, fixture('ec2-region-index.json'));
  put(`${EC2}/20250912225308/ap-east-2/index.json`, fixture('sp-join-ap-east-2-offer.json'));
  put(`${EC2}/20250912225308/ap-southeast-1/index.json`, fixture('tiers-and-reserved-offer.json'));
  put(
    '/offers/v1.0/aws/AmazonECS/current/us-east-1/index.json',
    sample('opencost--opencost--ecs-pricing-us-east-1.json'),
  );
  put(
    `${SP}/current/region_index.json`,
    sample('jtdelia--ec2-priceit--4-currentSavingsPlanIndexUrl-list.json'),
  );
  put('/offers/v1.0/aws/AmazonRoute53/current/index.json', fixture('route53-global-offer.json'));
  // Only the CSV of the rates exists: the importer falls back from index.json to index.csv.
  put(
    `${SP}/20250911184447/ap-east-2/index.csv`,
    sample('jtdelia--ec2-priceit--5-ap-east-2-savingsplan-pricing.csv'),
  );
  return root;
}

/** fetch() answering from the mirror, as the endpoint would (404 when absent). */
function mirrorFetch(root: string, seen: string[] = []): (url: string) => Promise<Response> {
  return async (url) => {
    seen.push(url);
    const file = path.join(root, new URL(url).pathname);
    try {
      return new Response(readFileSync(file), { status: 200 });
    } catch {
      return new Response('not found', { status: 404, statusText: 'Not Found' });
    }
  };
}

describeIf(realSamples, 'real Price List samples', () => {
  describe('importCatalog: mirror of the Price List (offers, region index, Savings Plans)', () => {
    let mirror: string;
    let out: string;
    beforeEach(() => {
      mirror = buildMirror();
      out = mkdtempSync(path.join(tmpdir(), 'catalog-out-'));
    });
    afterEach(() => {
      rmSync(mirror, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    });

    const request = {
      services: ['AmazonEC2', 'AmazonECS'],
      regions: ['ap-east-2', 'ap-southeast-1', 'us-east-1'],
    };

    it('writes one decodable shard per service and region found, with Savings Plans rates joined', async () => {
      const result = await importCatalog({
        ...request,
        source: new DirectorySource(mirror),
        outDir: out,
      });
      expect(
        result.shards.map((s) => [s.service, s.region, s.records, s.version, s.source]),
      ).toEqual([
        [
          'AmazonEC2',
          'ap-east-2',
          8,
          '20250912225308',
          `aws-price-list:${EC2}/20250912225308/ap-east-2/index.json`,
        ],
        [
          'AmazonEC2',
          'ap-southeast-1',
          10,
          '20250912225308',
          `aws-price-list:${EC2}/20250912225308/ap-southeast-1/index.json`,
        ],
        [
          'AmazonECS',
          'us-east-1',
          13,
          '20250828172723',
          'aws-price-list:/offers/v1.0/aws/AmazonECS/current/us-east-1/index.json',
        ],
      ]);
      expect(result.version).toBe('20250912225308');
      expect(result.missing).toEqual([
        `AmazonEC2 us-east-1: not in ${path.join(mirror, EC2, 'current/region_index.json')}`,
        `AmazonECS ap-east-2: no file at ${path.join(mirror, '/offers/v1.0/aws/AmazonECS/current/ap-east-2/index.json')} (nor .csv)`,
        `AmazonECS ap-southeast-1: no file at ${path.join(mirror, '/offers/v1.0/aws/AmazonECS/current/ap-southeast-1/index.json')} (nor .csv)`,
      ]);
      expect(result.savingsPlanRatesUnmatched).toBe(40);

      const ecs = readShardFile(path.join(out, 'AmazonECS', 'us-east-1.json'));
      expect(ecs.records).toEqual(
        (
          await collect(
            sample('opencost--opencost--ecs-pricing-us-east-1.json'),
            filterFor('AmazonECS'),
          )
        ).records,
      );
      const taipei = readShardFile(path.join(out, 'AmazonEC2', 'ap-east-2.json'));
      expect(taipei.records.filter((r) => r.term.type === 'SavingsPlan').map((r) => r.id)).toEqual([
        '2JT7C3ZD2AXA73Q4.3AFPUQMRGQYZT63S',
        '2JT7C3ZD2AXA73Q4.3KCBCRF6VKV6QC43',
        '2JT7C3ZD2AXA73Q4.563DU8F7GYEBEAU5',
        '2JT7C3ZD2AXA73Q4.8BXN8443YCK74N7C',
      ]);
      const manifest = JSON.parse(readFileSync(path.join(out, 'catalog.json'), 'utf8')) as {
        version: string;
        shards: unknown[];
      };
      expect(manifest.version).toBe('20250912225308');
      expect(manifest.shards).toHaveLength(3);
      for (const s of result.shards) expect(s.gzipBytes).toBeLessThan(s.bytes);
    });

    it('imports a global offer (Route 53) once, into the global shard, whatever the regions asked', async () => {
      const result = await importCatalog({
        services: ['AmazonRoute53'],
        regions: ['us-east-1', 'eu-west-1'],
        source: new DirectorySource(mirror),
        outDir: out,
      });
      expect(result.missing).toEqual([]);
      expect(result.shards.map((s) => [s.service, s.region, s.records])).toEqual([
        ['AmazonRoute53', 'global', 2],
      ]);
      const shard = readShardFile(result.shards[0]?.file ?? '');
      expect(shard.records.map((r) => [r.id, r.region, r.beginRange, r.endRange, r.price])).toEqual(
        [
          ['FXROUTE53ZONE000.JRTCKXETXF.AAAAAAAAAA', 'global', '0', '25', '0.5000000000'],
          ['FXROUTE53ZONE000.JRTCKXETXF.BBBBBBBBBB', 'global', '25', 'Inf', '0.1000000000'],
        ],
      );
    });

    it('downloads the same paths from the public endpoint with --online (fetch injected)', async () => {
      const urls: string[] = [];
      const online = await importCatalog({
        ...request,
        source: new OnlineSource(mirrorFetch(mirror, urls)),
        outDir: out,
      });
      const offlineOut = mkdtempSync(path.join(tmpdir(), 'catalog-out-'));
      const offline = await importCatalog({
        ...request,
        source: new DirectorySource(mirror),
        outDir: offlineOut,
      });
      expect(online.shards.map((s) => readShardFile(s.file))).toEqual(
        offline.shards.map((s) => readShardFile(s.file)),
      );
      rmSync(offlineOut, { recursive: true, force: true });
      expect(urls).toContain(
        'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/region_index.json',
      );
      expect(urls).toContain(
        'https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/20250912225308/ap-east-2/index.json',
      );
      expect(urls).toContain(
        `https://pricing.us-east-1.amazonaws.com${SP}/20250911184447/ap-east-2/index.csv`,
      );
    });

    it('names the file and line of a truncated offer file', async () => {
      const file = path.join(mirror, EC2, '20250912225308/ap-southeast-1/index.json');
      const text = readFileSync(fixture('truncated-offer.json'), 'utf8');
      writeFileSync(file, text);
      await expect(
        importCatalog({ ...request, source: new DirectorySource(mirror), outDir: out }),
      ).rejects.toThrow(
        `${file}: line ${text.split('\n').length}, byte ${Buffer.byteLength(text)}: the file ends inside terms.Reserved.FXM5LARGEAPS1000`,
      );
    });

    it('CLI: imports from a mirror, prints the table and gzip sizes, and exits 0 when the gate passes', async () => {
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      const code = await main([
        '--regions',
        'us-east-1',
        '--services',
        'AmazonECS',
        '--from',
        mirror,
        '--out',
        out,
      ]);
      const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
      log.mockRestore();
      expect(code).toBe(0);
      expect(printed).toContain('| AmazonECS | us-east-1 | 20250828172723 | 13 |');
      expect(printed).toMatch(/gzip size of us-east-1's shard set: \d+ bytes/);
      expect(printed).toContain('Catalog 20250828172723: 13 records — PASSED');
    });

    it('CLI: --needs makes the gate refuse a catalog that lacks a needed price', async () => {
      const needs = path.join(out, 'needs.json');
      const query = (usagetype: string): object => ({
        service: 'AmazonECS',
        region: 'us-east-1',
        productFamily: 'Compute',
        attributes: { usagetype },
      });
      writeFileSync(
        needs,
        JSON.stringify([
          { label: 'Fargate vCPU (us-east-1)', query: query('USE1-Fargate-vCPU-Hours:perCPU') },
          { label: 'Fargate GPU (us-east-1)', query: query('USE1-Fargate-GPU-Hours') },
        ]),
      );
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      const code = await main([
        '--regions',
        'us-east-1',
        '--services',
        'AmazonECS',
        '--from',
        mirror,
        '--out',
        out,
        '--needs',
        needs,
      ]);
      const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
      log.mockRestore();
      expect(code).toBe(2);
      expect(printed).toContain('REFUSED, 1 problem(s)');
      expect(printed).toContain(
        'missing price for Fargate GPU (us-east-1): no record matches AmazonECS us-east-1 | Compute | usagetype=USE1-Fargate-GPU-Hours | OnDemand',
      );
    });

    it('CLI: --previous compares with an earlier import and refuses when too many prices moved', async () => {
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      const args = ['--regions', 'us-east-1', '--services', 'AmazonECS', '--from', mirror];
      const first = path.join(out, 'first');
      expect(await main([...args, '--out', first])).toBe(0);
      // AWS moves one Fargate price: 1 of the 13 prices (7.7 %).
      const ecsFile = path.join(mirror, '/offers/v1.0/aws/AmazonECS/current/us-east-1/index.json');
      writeFileSync(
        ecsFile,
        readFileSync(ecsFile, 'utf8').replace('"0.0404800000"', '"0.0504800000"'),
      );
      const second = path.join(out, 'second');
      expect(
        await main([...args, '--out', second, '--previous', first, '--max-moved', '0.05']),
      ).toBe(2);
      expect(
        await main([...args, '--out', second, '--previous', first, '--max-moved', '0.1']),
      ).toBe(0);
      const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
      log.mockRestore();
      expect(printed).toContain('7.7% of prices moved or vanished (1 of 13); the limit is 5.0%');
    });

    it('CLI: refuses a bad --max-moved or --previous before importing anything', async () => {
      const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      const args = [
        '--regions',
        'us-east-1',
        '--services',
        'AmazonECS',
        '--from',
        mirror,
        '--out',
        out,
      ];
      expect(await main([...args, '--max-moved', 'ten percent'])).toBe(1);
      expect(await main([...args, '--previous', path.join(out, 'nowhere')])).toBe(1);
      const printed = err.mock.calls.map((c) => String(c[0]));
      err.mockRestore();
      expect(printed[0]).toBe(
        "--max-moved must be a share between 0 and 1 (0.1 = 10 %), got 'ten percent'.",
      );
      expect(printed[1]).toContain(
        'no catalog.json (expected the --out folder of an earlier import)',
      );
      expect(existsSync(path.join(out, 'catalog.json'))).toBe(false);
    });

    it('CLI: --publish stores the shards in the catalog store when the gate passes', async () => {
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      const store = new MemoryCatalogStore();
      const code = await main(
        [
          '--regions',
          'us-east-1',
          '--services',
          'AmazonECS',
          '--from',
          mirror,
          '--out',
          out,
          '--publish',
        ],
        { store: () => store },
      );
      log.mockRestore();
      expect(code).toBe(0);
      const latest = await store.latest('AmazonECS', 'us-east-1');
      expect(latest?.info.version).toBe('20250828172723');
      expect(latest?.shard.records).toEqual(
        readShardFile(path.join(out, 'AmazonECS', 'us-east-1.json')).records,
      );
    });

    it('CLI: exits 2 when the gate refuses (a requested service/region has no file)', async () => {
      const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
      const code = await main([
        '--regions',
        'us-east-1,eu-west-1',
        '--services',
        'AmazonECS',
        '--from',
        mirror,
        '--out',
        out,
      ]);
      const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
      log.mockRestore();
      expect(code).toBe(2);
      expect(printed).toContain('REFUSED, 1 problem(s)');
      expect(printed).toContain('missing file: AmazonECS eu-west-1');
    });
  });
});

describe('import errors', () => {
  it('refuses an unknown service and lists the ones it handles', async () => {
    await expect(
      importCatalog({
        services: ['AmazonFoo'],
        regions: ['us-east-1'],
        source: new DirectorySource(tmpdir()),
        outDir: tmpdir(),
      }),
    ).rejects.toThrow(ImportRequestError);
  });

  it('--online without a network fails with a message saying what to do', async () => {
    const offline = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
    };
    const out = mkdtempSync(path.join(tmpdir(), 'catalog-out-'));
    const error = await importCatalog({
      services: ['AmazonEC2'],
      regions: ['us-east-1'],
      source: new OnlineSource(offline),
      outDir: out,
    }).catch((e: unknown) => e);
    rmSync(out, { recursive: true, force: true });
    expect(error).toBeInstanceOf(PriceListDownloadError);
    expect((error as Error).message).toBe(
      'Could not download https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/region_index.json: the network request failed (ENOTFOUND). ' +
        'This machine may have no Internet access: download the files elsewhere and import them with --from DIR (a mirror of the endpoint paths).',
    );
  });

  it('reports an HTTP error other than 404 with its status', async () => {
    const failing = async (): Promise<Response> =>
      new Response('busy', { status: 503, statusText: 'Service Unavailable' });
    await expect(new OnlineSource(failing).open('/offers/v1.0/aws/index.json')).rejects.toThrow(
      'Could not download https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/index.json: HTTP 503 Service Unavailable',
    );
  });

  it('CLI: exits 1 with the usage on missing arguments, and with the download error when offline', async () => {
    const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await main(['--regions', 'us-east-1'])).toBe(1);
    expect(String(err.mock.calls[0]?.[0])).toContain(
      'Give exactly one of --from (a mirror, a folder of files or files) or --online.',
    );
    const offline = async (): Promise<Response> => {
      throw new TypeError('fetch failed', { cause: { code: 'EAI_AGAIN' } });
    };
    const out = mkdtempSync(path.join(tmpdir(), 'catalog-out-'));
    expect(
      await main(['--regions', 'us-east-1', '--services', 'AmazonEC2', '--online', '--out', out], {
        fetch: offline,
      }),
    ).toBe(1);
    rmSync(out, { recursive: true, force: true });
    expect(String(err.mock.calls[1]?.[0])).toContain(
      'Import failed: Could not download https://pricing.us-east-1.amazonaws.com/',
    );
    expect(String(err.mock.calls[1]?.[0])).toContain('(EAI_AGAIN)');
    err.mockRestore();
  });
});
