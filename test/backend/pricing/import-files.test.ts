import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { main } from '../../../backend/pricing/cli';
import { importFiles } from '../../../backend/pricing/import-files';
import { priceListFileKind } from '../../../backend/pricing/price-list-file-kind';
import { gzipSize, readShardFile } from '../../../backend/pricing/shard-file';
import { itWithShared } from '../../helpers/shared-data';
import { SAMPLES, fixture, sample } from './helpers';

const withSamples = itWithShared('aws-price-list-samples');
const temp = (): string => mkdtempSync(path.join(tmpdir(), 'import-files-'));

describe('pricing:import from loose Price List files (--from FILE or a folder of files)', () => {
  withSamples('tells the kind of each sample file from its first bytes', async () => {
    const kinds = await Promise.all(
      [
        'opencost--opencost--pricing-us-east-2.json',
        'jtdelia--ec2-priceit--3-global-pricing-file-sample.csv',
        'aws--amazon-ec2-instance-selector--m5_large.json',
        'jtdelia--ec2-priceit--5-ap-east-2-savingsplan-pricing.csv',
        'jtdelia--ec2-priceit--1-global-service-index.json',
        'README.md',
      ].map((f) => priceListFileKind(sample(f))),
    );
    expect(kinds.map((k) => k.kind)).toEqual([
      'offer-json',
      'offer-csv',
      'get-products-item',
      'savings-plan-csv',
      'index',
      'unknown',
    ]);
  });

  withSamples(
    'imports every sample of the folder into per-service, per-region shards',
    async () => {
      const out = temp();
      const files = [
        'opencost--opencost--pricing-us-east-1.json',
        'aws--amazon-ec2-instance-selector--m5_large.json',
        'opencost--opencost--ecs-pricing-us-east-1.json',
        'jtdelia--ec2-priceit--3-global-pricing-file-sample.csv',
        'jtdelia--ec2-priceit--1-global-service-index.json',
      ].map(sample);
      const result = await importFiles({ files, outDir: out });
      const shards = Object.fromEntries(result.shards.map((s) => [`${s.service} ${s.region}`, s]));
      // p4d.24xlarge, and m5.large: 1 On-Demand + 12 RI hourly + 8 upfront fees (Partial, All Upfront).
      const east = readShardFile(path.join(out, 'AmazonEC2', 'us-east-1.json'));
      expect(east.records.filter((r) => r.attributes.instanceType === 'm5.large')).toHaveLength(21);
      expect(east.records.some((r) => r.attributes.instanceType === 'p4d.24xlarge')).toBe(true);
      // The shard's version is the newest file's (the p4d file 2024-05-28 over the 2021 item).
      expect(shards['AmazonEC2 us-east-1']?.version).toBe('20240528203522');
      expect(shards['AmazonECS us-east-1']?.records).toBeGreaterThan(0);
      expect(shards['AmazonEC2 ap-northeast-1']?.records).toBe(21);
      expect(result.skipped).toEqual([
        `${sample('jtdelia--ec2-priceit--1-global-service-index.json')}: a Price List index (service, version or region index); not read`,
      ]);
      rmSync(out, { recursive: true, force: true });
    },
  );

  withSamples('keeps only --regions and --services when given', async () => {
    const out = temp();
    const result = await importFiles({
      files: [sample('jtdelia--ec2-priceit--3-global-pricing-file-sample.csv')],
      regions: ['ca-central-1'],
      services: ['AmazonEC2'],
      outDir: out,
    });
    expect(result.shards.map((s) => `${s.service} ${s.region} ${s.records}`)).toEqual([
      'AmazonEC2 ca-central-1 10',
    ]);
    rmSync(out, { recursive: true, force: true });
  });

  withSamples(
    'CLI: --from the samples folder imports, reports gzip sizes measured on the finished files, and the gate refuses the excerpts (exit 2)',
    async () => {
      const out = temp();
      const lines: string[] = [];
      const log = jest
        .spyOn(console, 'log')
        .mockImplementation((line: string) => void lines.push(line));
      const code = await main(['--from', SAMPLES, '--out', out]);
      log.mockRestore();
      expect(code).toBe(2);
      const printed = lines.join('\n');
      expect(printed).toContain('SKIPPED: ');
      expect(printed).toContain('REFUSED');
      const manifest = JSON.parse(readFileSync(path.join(out, 'catalog.json'), 'utf8')) as {
        shards: { file: string; bytes: number; gzipBytes: number }[];
      };
      expect(manifest.shards.length).toBeGreaterThan(3);
      for (const s of manifest.shards)
        expect(s.gzipBytes).toBe(gzipSync(readFileSync(s.file), { level: 9 }).length);
      rmSync(out, { recursive: true, force: true });
    },
    60_000,
  );

  withSamples('CLI: one offer file by path', async () => {
    const out = temp();
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await main(['--from', sample('opencost--opencost--pricing-us-east-2.json'), '--out', out]);
    log.mockRestore();
    const manifest = JSON.parse(readFileSync(path.join(out, 'catalog.json'), 'utf8')) as {
      shards: { service: string; region: string }[];
    };
    expect(manifest.shards.map((s) => `${s.service} ${s.region}`)).toEqual(['AmazonEC2 us-east-2']);
    rmSync(out, { recursive: true, force: true });
  });

  it('CLI: a mirror or --online still needs --regions and --services; a missing path is named', async () => {
    const err = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await main(['--online'])).toBe(1);
    expect(String(err.mock.calls[0]?.[0])).toContain('Give --regions and --services');
    expect(await main(['--from', '/no/such/place'])).toBe(1);
    expect(String(err.mock.calls[1]?.[0])).toContain(
      '--from /no/such/place: no such file or directory',
    );
    err.mockRestore();
  });
});

describe('gzip size of a written shard', () => {
  it('is the size of the whole compressed file (counted once the stream has finished)', async () => {
    for (const name of [
      'ec2-region-index.json',
      'tiers-and-reserved-offer.json',
      'route53-global-offer.json',
    ]) {
      const file = fixture(name);
      expect(await gzipSize(file)).toBe(gzipSync(readFileSync(file), { level: 9 }).length);
    }
  });
});
