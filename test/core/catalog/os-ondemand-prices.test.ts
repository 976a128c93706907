import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PriceCatalog } from '../../../core/catalog/price-catalog';
import type { PriceRecord } from '../../../core/catalog/price-record';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { compareDecimal } from '../../../scripts/snapshot/decimal';
import { EC2_OS_2026_05 } from '../../../scripts/snapshot/data/ec2-os-2026-05';
import { EC2_WINDOWS_2023_01_06 } from '../../../scripts/snapshot/data/ec2-windows-2023-01-06';
import { EC2_OS_SOURCE, OS_PLATFORMS, osPrices } from '../../../scripts/snapshot/ec2-os-2026';
import { officialEc2CsvRows } from '../../helpers/ec2-csv-sample';
import { itWithShared, sharedDir } from '../../helpers/shared-data';

/**
 * EC2 Windows, RHEL, SUSE and Windows with SQL Server On-Demand from the May 2026 tidy copy of
 * ec2instances.info's Price List data (scripts/snapshot/ec2-os-2026.ts, DECISIONS 84): every
 * transcribed price is in the embedded catalog, record by record, and the copy agrees with every
 * independent AWS figure at hand for the same rows.
 */
const catalog = new PriceCatalog(embeddedSnapshot());
const byId = new Map<string, PriceRecord>();
for (const shard of catalog.allShards())
  if (shard.service === 'AmazonEC2') for (const r of shard.records) byId.set(r.id, r);

const idOf = (region: string, type: string, column: keyof typeof OS_PLATFORMS): string => {
  const p = OS_PLATFORMS[column];
  const sw = p.preInstalledSw === 'NA' ? [] : [p.preInstalledSw.replace(' ', '')];
  return ['curated:AmazonEC2', region, type, p.operatingSystem, 'Shared', ...sw, 'OnDemand'].join(
    ':',
  );
};
const SOURCE_URL = `https://github.com/${EC2_OS_SOURCE.repo}/blob/${EC2_OS_SOURCE.commit}/${EC2_OS_SOURCE.path}`;

describe('EC2 OS On-Demand prices from the 2026-05 copy', () => {
  it('puts every transcribed price in the catalog with its attributes and source', () => {
    const prices = osPrices();
    expect(prices.length).toBeGreaterThan(70_000);
    const wrong: string[] = [];
    let otherSource = 0;
    for (const p of prices) {
      const record = byId.get(idOf(p.region, p.instanceType, p.column));
      const where = `${p.region} ${p.instanceType} ${p.column}`;
      if (!record) {
        wrong.push(`${where}: no record`);
        continue;
      }
      const platform = OS_PLATFORMS[p.column];
      expect(record.attributes).toMatchObject({
        instanceType: p.instanceType,
        operatingSystem: platform.operatingSystem,
        preInstalledSw: platform.preInstalledSw,
        tenancy: 'Shared',
        capacitystatus: 'Used',
      });
      // Another source may hold the id only with the very same price: the 2026-07 us-east-1
      // export's Windows column is a 4-decimal rounding and never replaces the copy (merge.ts);
      // outside us-east-1 the copy rounds to 5 decimals, so an exact source of the same price
      // keeps its record (DECISIONS 96).
      if (compareDecimal(record.price, p.price) !== 0)
        wrong.push(
          `${where}: ${record.price} ≠ ${p.price} (${record.source?.reference ?? record.id})`,
        );
      else if (record.source?.reference !== SOURCE_URL) {
        otherSource++;
        if (p.region === 'us-east-1' || record.source?.roundedTo !== undefined)
          wrong.push(`${where}: kept from ${record.source?.reference ?? record.id}`);
        // …and the copy, newer, confirms that price unchanged to its 5 decimals (DECISIONS 101).
        const by = record.confirmedBy;
        if (by?.reference !== SOURCE_URL || by.asOf !== EC2_OS_SOURCE.asOf || by.roundedTo !== 5)
          wrong.push(`${where}: confirmed by ${JSON.stringify(by)}`);
      } else if (record.source.roundedTo !== (p.region === 'us-east-1' ? undefined : 5))
        wrong.push(`${where}: rounded to ${record.source.roundedTo}`);
    }
    expect(wrong).toEqual([]);
    // The 500 Windows prices of the 2023-01-06 scrape outside us-east-1 and the 2025-06
    // calculator's ap-northeast-1 c5.xlarge Windows price, each equal to the copy's.
    expect(otherSource).toBe(501);
  });

  it('reads the values of a row in column order (us-east-1 m6i.large)', () => {
    // mswin, rhel, sles, mswinSQLWeb, mswinSQL, mswinSQLEnterprise, ubuntu as committed; the copy
    // has no SQL Enterprise row for a 2-vCPU type.
    expect(EC2_OS_2026_05['us-east-1']?.['m6i.large']).toBe(
      '0.188 0.1248 0.1523 0.2556 0.668 - 0.0995',
    );
    const row = osPrices().filter(
      (p) => p.region === 'us-east-1' && p.instanceType === 'm6i.large',
    );
    expect(row.map((p) => [p.column, p.price])).toEqual([
      ['mswin', '0.188'],
      ['rhel', '0.1248'],
      ['sles', '0.1523'],
      ['mswinSQLWeb', '0.2556'],
      ['mswinSQL', '0.668'],
      ['ubuntu', '0.0995'],
    ]);
  });

  it('agrees with all 520 Windows prices of the 2023-01-06 pricing-page scrape', () => {
    const pairs = Object.entries(EC2_WINDOWS_2023_01_06).flatMap(([region, types]) =>
      Object.entries(types).map(([type, price]) => ({
        row: `${region} ${type}`,
        scrape: price,
        copy: EC2_OS_2026_05[region]?.[type]?.split(' ')[0],
      })),
    );
    expect(pairs).toHaveLength(520);
    const disagree = pairs.filter((p) => p.copy === undefined || compareDecimal(p.copy, p.scrape));
    expect(disagree).toEqual([]);
  });
});

const withReference = itWithShared('pricing-reference');

describe('EC2 OS On-Demand copy against AWS figures in ../shared/pricing-reference', () => {
  withReference('matches the official AmazonEC2 CSV rows (v20250912) of the same OS', () => {
    const column: Record<string, number> = { 'Windows|NA': 0, 'RHEL|NA': 1, 'SUSE|NA': 2 };
    const rows = officialEc2CsvRows().filter(
      (r) =>
        r.term_type === 'OnDemand' &&
        r.tenancy === 'Shared' &&
        r.price_per_unit_usd > 0 &&
        `${r.operating_system}|${r.pre_installed_sw}` in column,
    );
    // eu-west-1 i3en.metal SUSE 12.125 (ap-southeast-4 m7i-flex.xlarge RHEL 0.297 also agrees in
    // the copy; the 2025-04 Linux feed of that region lists no m7i-flex, so it is among the newer
    // types of data/ec2-new-types-2026-05.ts, checked in new-types-prices.test.ts).
    const kept = rows.filter((r) => EC2_OS_2026_05[r.region_code]?.[r.instance_type]);
    expect(kept.map((r) => `${r.region_code} ${r.instance_type}`)).toContain(
      'eu-west-1 i3en.metal',
    );
    for (const r of kept) {
      const copy = EC2_OS_2026_05[r.region_code]?.[r.instance_type]?.split(' ');
      const i = column[`${r.operating_system}|${r.pre_installed_sw}`]!;
      expect({ row: r.instance_type, price: Number(copy?.[i]) }).toEqual({
        row: r.instance_type,
        price: r.price_per_unit_usd,
      });
    }
  });
});

const withFeeds = itWithShared('price-data');

describe('EC2 OS On-Demand copy against the 2025-04-04 Linux feeds in ../shared/price-data', () => {
  withFeeds('keeps exactly the types each region’s Linux On-Demand feed lists', () => {
    const dir = sharedDir('price-data/aws-pricing-page-feeds/ec2');
    const extra: string[] = [];
    for (const [region, types] of Object.entries(EC2_OS_2026_05)) {
      const listed = new Set<string>();
      for (const kind of ['ondemand', 'previousgen-ondemand']) {
        const file = path.join(dir, `${region}-${kind}.json`);
        if (!existsSync(file)) continue;
        const feed = JSON.parse(readFileSync(file, 'utf8')) as {
          regions: Record<string, Record<string, { 'Instance Type': string }>>;
        };
        for (const rows of Object.values(feed.regions))
          for (const row of Object.values(rows)) listed.add(row['Instance Type']);
      }
      for (const type of Object.keys(types)) if (!listed.has(type)) extra.push(`${region} ${type}`);
    }
    expect(Object.keys(EC2_OS_2026_05)).toHaveLength(32);
    expect(extra).toEqual([]);
  });
});
