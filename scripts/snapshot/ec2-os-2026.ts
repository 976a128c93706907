import type { PriceRecord, PriceSource } from '../../core/catalog/price-record';
import { ON_DEMAND } from '../../core/catalog/price-record';
import type { Region } from './curated-record';
import { REGIONS } from './curated-record';
import { EC2_LINUX_2026_05 } from './data/ec2-linux-2026-05';
import { EC2_OS_2026_05, EC2_OS_2026_05_COLUMNS } from './data/ec2-os-2026-05';
import type { Platform } from './ec2';
import { LINUX, WINDOWS, ec2Record } from './ec2';
import type { DbClassSpecs } from './ec2-specs';
import { repoSource } from './published';

/**
 * The committed copy the prices of data/ec2-os-2026-05.ts were transcribed from. At this commit the
 * file is at the repository's root (blob f56f4c5a; the next commit, cbe0a516, adds the same blob
 * as data/ec2_pricing_tidy.parquet).
 */
export const EC2_OS_SOURCE = {
  repo: 'jawaadjariwala/AWS-EC2-Pricing-Landscape-Analysis',
  commit: 'ecf2e2140e4c182d47de58c7b0a9cd8efc33764c',
  path: 'ec2_pricing_tidy.parquet',
  asOf: '2026-05',
  committed: '2026-07-05',
} as const;

export type OsColumn = (typeof EC2_OS_2026_05_COLUMNS)[number];

/**
 * The Price List attributes of each column, as ec2instances.info names them (its scraper maps
 * operatingSystem + preInstalledSw to the key: vantage-sh/ec2instances.info
 * `scraper/aws/awsutils/translate_platform_name.go`, commit 4ef36cd2c9867c1076206dcb691412ae2de7e8dd:
 * Windows → mswin, SQL Std → SQL, Ubuntu Pro → ubuntu, …). `operation` is the billing code AWS documents for the
 * platform (docs.aws.amazon.com/AWSEC2/latest/UserGuide/billing-info-fields.html); it does not
 * select a price, the engine selects on operatingSystem, preInstalledSw and licenseModel.
 */
export const OS_PLATFORMS: Readonly<Record<OsColumn, Platform>> = {
  mswin: WINDOWS,
  rhel: { ...LINUX, operatingSystem: 'RHEL', operation: 'RunInstances:0010' },
  sles: { ...LINUX, operatingSystem: 'SUSE', operation: 'RunInstances:000g' },
  mswinSQLWeb: { ...WINDOWS, preInstalledSw: 'SQL Web', operation: 'RunInstances:0202' },
  mswinSQL: { ...WINDOWS, preInstalledSw: 'SQL Std', operation: 'RunInstances:0006' },
  mswinSQLEnterprise: { ...WINDOWS, preInstalledSw: 'SQL Ent', operation: 'RunInstances:0102' },
  ubuntu: { ...LINUX, operatingSystem: 'Ubuntu Pro', operation: 'RunInstances:0g00' },
};

/** One transcribed price: the source row (type, region, column) and its On-Demand hourly price. */
export interface OsPrice {
  readonly region: Region;
  readonly instanceType: string;
  readonly column: OsColumn;
  readonly price: string;
}

/** Every price of data/ec2-os-2026-05.ts; throws naming the row when a value is not a price. */
export function osPrices(): OsPrice[] {
  const prices: OsPrice[] = [];
  for (const region of REGIONS) {
    for (const [instanceType, row] of Object.entries(EC2_OS_2026_05[region] ?? {})) {
      const values = row.split(' ');
      if (values.length !== EC2_OS_2026_05_COLUMNS.length)
        throw new Error(
          `data/ec2-os-2026-05.ts ${region} ${instanceType}: ${values.length} values.`,
        );
      EC2_OS_2026_05_COLUMNS.forEach((column, i) => {
        const price = values[i] ?? '-';
        if (price === '-') return;
        if (!/^\d+(\.\d+)?$/.test(price))
          throw new Error(
            `data/ec2-os-2026-05.ts ${region} ${instanceType} ${column}: '${price}'.`,
          );
        prices.push({ region, instanceType, column, price });
      });
    }
  }
  return prices;
}

/**
 * The decimals the copy rounds a region's prices to (DECISIONS 96; the audit is
 * scripts/snapshot/precision-audit.ts). Outside us-east-1 it prints at most 5 decimals in every
 * region and column, and prints us-east-1's 6-decimal prices rounded to 5 where AWS prices the same
 * (p4d.24xlarge Linux 21.957642 in us-east-1, 21.95764 in us-east-2 and us-west-2, which AWS priced
 * equal before and after its 2025 cut; RHEL 22.994442 / 22.99444, SUSE 22.082642 / 22.08264,
 * Ubuntu Pro 22.125642 / 22.12564). In us-east-1 it prints up to 6, the places of ec2instances.info's
 * own formatter (`formatPrice`, `%.6f`, scraper/aws/ec2/utils.go), and no exact source at hand has
 * a us-east-1 On-Demand price of more than 6 decimals, so it is not declared there.
 */
export function copyRoundedPlaces(region: Region): number | undefined {
  return region === 'us-east-1' ? undefined : 5;
}

/**
 * One source per column and precision, so each shard stores the note once: the record's own
 * instance type and region name the row, the note its operating_system.
 */
export function columnSource(column: OsColumn | 'linux', region: Region): PriceSource {
  const s = EC2_OS_SOURCE;
  const places = copyRoundedPlaces(region);
  return {
    ...repoSource(
      s.repo,
      s.commit,
      s.path,
      s.asOf,
      `ec2instances.info's copy of the AWS Price List (instances.vantage.sh, accessed May 2026) as ` +
        `committed ${s.committed} in a tidy table: the row of this instance type and region with ` +
        `operating_system ${column}, column ondemand_usd_per_hour; the copy keeps no rateCode` +
        (places === undefined ? '' : `; printed rounded to ${places} decimals in this region`),
    ),
    ...(places === undefined ? {} : { roundedTo: places }),
  };
}

/**
 * EC2 On-Demand, shared tenancy, for Windows, RHEL, SUSE, Ubuntu Pro and Windows with SQL Server
 * Web/Standard/Enterprise in the 32 commercial regions (DECISIONS 84). Where a newer source (the
 * 2026-07 us-east-1 export's Windows column) has the price, the merge keeps it.
 */
export function osOnDemand(dbClasses: DbClassSpecs): PriceRecord[] {
  return copyOnDemandRecords(osPrices(), OS_PLATFORMS, dbClasses);
}

/**
 * One shared-tenancy On-Demand record per transcribed price of the 2026-05 copy (the OS columns
 * here, and the types newer than the feeds in ec2-new-types-2026.ts), sourced to the copy's
 * column; the build's merge weighs it against the other sources of the same price.
 */
export function copyOnDemandRecords<C extends OsColumn | 'linux'>(
  prices: readonly { region: Region; instanceType: string; column: C; price: string }[],
  platforms: Readonly<Record<C, Platform>>,
  dbClasses: DbClassSpecs,
): PriceRecord[] {
  const sources = new Map<string, PriceSource>();
  const records: PriceRecord[] = [];
  for (const p of prices) {
    const key = `${p.column}|${copyRoundedPlaces(p.region) ?? 'exact'}`;
    const source = sources.get(key) ?? columnSource(p.column, p.region);
    sources.set(key, source);
    const record = ec2Record(
      {
        region: p.region,
        instanceType: p.instanceType,
        platform: platforms[p.column],
        tenancy: 'Shared',
        term: ON_DEMAND,
        unit: 'Hrs',
        price: p.price,
        source,
      },
      dbClasses,
    );
    records.push(record);
  }
  return records;
}

/**
 * EC2 Linux On-Demand, shared tenancy, where the same 2026-05 copy has a newer price than AWS's
 * 2025-04-04 feed (data/ec2-linux-2026-05.ts: AWS's 2025 P4/P5 price cuts and eu-south-2's C7).
 * The build's merge keeps the newer record: these replace the feed's; in us-east-1 the 2026-09-24
 * copy, newer still and of the same price, is kept instead.
 */
export function linuxPriceChanges(dbClasses: DbClassSpecs): PriceRecord[] {
  const records: PriceRecord[] = [];
  for (const region of REGIONS) {
    const source = columnSource('linux', region);
    for (const [instanceType, [price]] of Object.entries(EC2_LINUX_2026_05[region] ?? {})) {
      const platform = LINUX;
      const fields = { region, instanceType, platform, tenancy: 'Shared' as const };
      records.push(
        ec2Record({ ...fields, term: ON_DEMAND, unit: 'Hrs', price, source }, dbClasses),
      );
    }
  }
  return records;
}
