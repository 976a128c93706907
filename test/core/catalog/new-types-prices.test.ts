import { readFileSync, readdirSync } from 'node:fs';
import { PriceCatalog } from '../../../core/catalog/price-catalog';
import type { PriceRecord } from '../../../core/catalog/price-record';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { compareDecimal } from '../../../scripts/snapshot/decimal';
import { EC2_NEW_TYPES_2026_05 } from '../../../scripts/snapshot/data/ec2-new-types-2026-05';
import { NEW_TYPE_PLATFORMS, newTypePrices } from '../../../scripts/snapshot/ec2-new-types-2026';
import type { NewTypePrice } from '../../../scripts/snapshot/ec2-new-types-2026';
import { EC2_OS_SOURCE } from '../../../scripts/snapshot/ec2-os-2026';
import { officialEc2CsvRows } from '../../helpers/ec2-csv-sample';
import { itWithShared, sharedDir } from '../../helpers/shared-data';

/**
 * EC2 On-Demand of the types launched since the 2025-04-04 feeds, from the May 2026 Price List
 * copy (scripts/snapshot/ec2-new-types-2026.ts, DECISIONS 86): every transcribed price is in the
 * embedded catalog record by record, and the copy agrees with the other figures at hand.
 */
const catalog = new PriceCatalog(embeddedSnapshot());
const byId = new Map<string, PriceRecord>();
for (const shard of catalog.allShards())
  if (shard.service === 'AmazonEC2') for (const r of shard.records) byId.set(r.id, r);

const idOf = (p: NewTypePrice): string => {
  const platform = NEW_TYPE_PLATFORMS[p.column];
  const sw = platform.preInstalledSw === 'NA' ? [] : [platform.preInstalledSw.replace(' ', '')];
  const os = platform.operatingSystem;
  return ['curated:AmazonEC2', p.region, p.instanceType, os, 'Shared', ...sw, 'OnDemand'].join(':');
};
const COPY_URL = `https://github.com/${EC2_OS_SOURCE.repo}/blob/${EC2_OS_SOURCE.commit}/${EC2_OS_SOURCE.path}`;
const KARPENTER = /karpenter-provider-aws/;
const SEP24 = /addisonj\/pricesim/;

describe('EC2 On-Demand of the types newer than the 2025-04-04 feeds', () => {
  const prices = newTypePrices();

  it('reads a row in column order, Linux first (ap-southeast-1 m8g.large, us-east-2 r8i.xlarge)', () => {
    // linux, mswin, rhel, sles, mswinSQLWeb, mswinSQL, mswinSQLEnterprise, ubuntu as committed;
    // Graviton runs no Windows.
    expect(EC2_NEW_TYPES_2026_05['ap-southeast-1']?.['m8g.large']).toBe(
      '0.1122 - 0.141 0.1685 - - - 0.1157',
    );
    const singapore = prices.filter(
      (p) => p.region === 'ap-southeast-1' && p.instanceType === 'm8g.large',
    );
    expect(singapore.map((p) => [p.column, p.price])).toEqual([
      ['linux', '0.1122'],
      ['rhel', '0.141'],
      ['sles', '0.1685'],
      ['ubuntu', '0.1157'],
    ]);
    const row = prices.filter((p) => p.region === 'us-east-2' && p.instanceType === 'r8i.xlarge');
    expect(row.map((p) => p.column)).toEqual([
      'linux',
      'mswin',
      'rhel',
      'sles',
      'mswinSQLWeb',
      'mswinSQL',
      'mswinSQLEnterprise',
      'ubuntu',
    ]);
    // Windows = Linux + $0.184 per hour for 4 vCPUs ($0.046 per vCPU-hour, as every Windows price).
    const [linux, windows] = row.map((p) => p.price);
    expect(compareDecimal(String(Number(linux) + 0.184), windows!)).toBe(0);
  });

  it('puts every transcribed price in the catalog with its attributes and source', () => {
    expect(prices.length).toBeGreaterThan(35_000);
    const wrong: string[] = [];
    const newerDiffers: string[] = [];
    const fromKarpenter: string[] = [];
    for (const p of prices) {
      const where = `${p.region} ${p.instanceType} ${p.column}`;
      const record = byId.get(idOf(p));
      if (!record) {
        wrong.push(`${where}: no record`);
        continue;
      }
      const platform = NEW_TYPE_PLATFORMS[p.column];
      expect(record.attributes).toMatchObject({
        instanceType: p.instanceType,
        operatingSystem: platform.operatingSystem,
        preInstalledSw: platform.preInstalledSw,
        tenancy: 'Shared',
        currentGeneration: 'Yes',
      });
      const newer =
        KARPENTER.test(record.source?.reference ?? '') ||
        SEP24.test(record.source?.reference ?? '');
      if (record.source?.reference === COPY_URL) {
        if (compareDecimal(record.price, p.price) !== 0)
          wrong.push(`${where}: ${record.price} ≠ ${p.price}`);
      } else if (newer && p.region === 'us-east-1') {
        // The 2026-07-20 us-east-1 table (not its .metal rows) and the 2026-09-24 feed copy are
        // newer and keep their records: they agree with the copy on every type.
        if (compareDecimal(record.price, p.price) !== 0) newerDiffers.push(p.instanceType);
        if (KARPENTER.test(record.source?.reference ?? '')) fromKarpenter.push(p.instanceType);
      } else if (Number(record.price).toFixed(4) !== Number(p.price).toFixed(4)) {
        // The 2026-07 us-east-1 export (4 decimals) keeps its Windows records.
        wrong.push(`${where}: ${record.source?.reference} ${record.price} ≠ ${p.price}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(newerDiffers).toEqual([]);
    // Karpenter's .metal rows are Dedicated-tenancy prices, not read (DECISIONS 91): the 28 us-east-1
    // .metal types it priced 6–10 % above the copy are the copy's (or the 2026-09-24 copy's) again.
    expect(fromKarpenter.length).toBeGreaterThan(300);
    expect(fromKarpenter.filter((t) => t.includes('.metal'))).toEqual([]);
  });

  it('adds a Linux price to every row: no type is half priced', () => {
    const rows = Object.values(EC2_NEW_TYPES_2026_05).flatMap((types) => Object.values(types));
    expect(rows.length).toBeGreaterThan(5_000);
    expect(rows.filter((row) => row.startsWith('-'))).toEqual([]);
  });
});

const withReference = itWithShared('pricing-reference');

describe('the new types against AWS figures in ../shared/pricing-reference', () => {
  withReference('match the official AmazonEC2 CSV rows (v20250912) of the same type and OS', () => {
    const column: Record<string, number> = { 'Windows|NA': 1, 'RHEL|NA': 2, 'SUSE|NA': 3 };
    const compared = officialEc2CsvRows()
      .filter(
        (r) =>
          r.term_type === 'OnDemand' &&
          r.tenancy === 'Shared' &&
          `${r.operating_system}|${r.pre_installed_sw}` in column &&
          EC2_NEW_TYPES_2026_05[r.region_code]?.[r.instance_type] !== undefined,
      )
      .map((r) => {
        const row = EC2_NEW_TYPES_2026_05[r.region_code]![r.instance_type]!.split(' ');
        const copy = row[column[`${r.operating_system}|${r.pre_installed_sw}`]!];
        return { row: `${r.region_code} ${r.instance_type} ${r.operating_system}`, copy, aws: r };
      });
    expect(compared.map((c) => c.row)).toContain('ap-southeast-4 m7i-flex.xlarge RHEL');
    for (const c of compared)
      expect([c.row, Number(c.copy)]).toEqual([c.row, c.aws.price_per_unit_usd]);
  });
});

const withFeeds = itWithShared('price-data');

describe('the new types against the 2025-04-04 Linux feeds in ../shared/price-data', () => {
  withFeeds('keeps exactly types each region’s Linux On-Demand feeds do not list', () => {
    const dir = sharedDir('price-data/aws-pricing-page-feeds/ec2');
    const listed = new Map<string, Set<string>>();
    for (const file of readdirSync(dir).filter((f) => /-ondemand\.json$/.test(f))) {
      const region = file.replace(/-(previousgen-)?ondemand\.json$/, '');
      const feed = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
        regions: Record<string, Record<string, { 'Instance Type': string }>>;
      };
      const types = listed.get(region) ?? new Set<string>();
      listed.set(region, types);
      for (const rows of Object.values(feed.regions))
        for (const row of Object.values(rows)) types.add(row['Instance Type']);
    }
    const inFeed = Object.entries(EC2_NEW_TYPES_2026_05).flatMap(([region, types]) =>
      Object.keys(types).filter((t) => listed.get(region)?.has(t)),
    );
    expect(inFeed).toEqual([]);
    expect(Object.keys(EC2_NEW_TYPES_2026_05).sort()).toEqual([...listed.keys()].sort());
  });
});
