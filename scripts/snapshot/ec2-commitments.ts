import type {
  LeaseLength,
  PriceRecord,
  PriceSource,
  PurchaseOption,
  SavingsPlanType,
  Term,
} from '../../core/catalog/price-record';
import { ON_DEMAND } from '../../core/catalog/price-record';
import type { Region } from './curated-record';
import { REGIONS, isoDay } from './curated-record';
import { priceString } from './decimal';
import type { DbClassSpecs } from './ec2-specs';
import { instanceAttributes } from './ec2-specs';
import type { Platform } from './ec2';
import { LINUX, WINDOWS, ec2Record } from './ec2';
import type { RiSpFile } from './references';
import { FILES, githubUrl, readReference } from './references';

interface RepoSource {
  readonly repo: string;
  readonly path: string;
  readonly commit: string;
}
interface ReservedRow {
  readonly lease: LeaseLength;
  readonly offering_class: 'standard' | 'convertible';
  readonly purchase_option: PurchaseOption;
  readonly recurring_hourly_usd: number;
  readonly upfront_usd: number;
}
interface CsvRow {
  readonly sku: string;
  readonly rate_code: string;
  readonly term_type: 'OnDemand' | 'Reserved';
  readonly price_description: string;
  readonly unit: 'Hrs' | 'Quantity';
  readonly price_per_unit_usd: number;
  readonly lease: LeaseLength | null;
  readonly purchase_option: PurchaseOption | null;
  readonly offering_class: 'standard' | 'convertible' | null;
  readonly region_code: string;
  readonly instance_type: string;
  readonly operating_system: string;
  readonly tenancy: string;
  readonly pre_installed_sw: string;
  readonly license_model: string;
  readonly capacity_status: string;
  readonly usage_type: string;
  readonly operation: string;
}

function dataset<T>(file: RiSpFile, id: string): T {
  const found = file.datasets.find((d) => d.id === id);
  if (!found) throw new Error(`${FILES.riSp}: dataset '${id}' not found.`);
  return found as unknown as T;
}

/** Recurring-hourly and upfront records of one RI term (All Upfront keeps its published 0 hourly). */
function reservedPair(
  region: Region,
  instanceType: string,
  platform: Platform,
  row: ReservedRow,
  source: PriceSource,
  dbClasses: DbClassSpecs,
): PriceRecord[] {
  const term: Term = {
    type: 'Reserved',
    leaseContractLength: row.lease,
    offeringClass: row.offering_class,
    purchaseOption: row.purchase_option,
  };
  const base = { region, instanceType, platform, tenancy: 'Shared' as const, term, source };
  const records = [ec2Record({ ...base, unit: 'Hrs', price: row.recurring_hourly_usd }, dbClasses)];
  if (row.purchase_option !== 'No Upfront') {
    records.push(ec2Record({ ...base, unit: 'Quantity', price: row.upfront_usd }, dbClasses));
  }
  return records;
}

/** RI and Savings Plans samples: m5.large us-east-1 (2021 list) and c5.xlarge Windows Tokyo (2025). */
export function commitmentSamples(dbClasses: DbClassSpecs): PriceRecord[] {
  const file = readReference<RiSpFile>(FILES.riSp);
  const records: PriceRecord[] = [];

  const m5 = dataset<{ source: RepoSource & { commit_date: string }; reserved: ReservedRow[] }>(
    file,
    'ec2-instance-selector-m5.large-us-east-1',
  );
  const m5Source: PriceSource = {
    reference: githubUrl(m5.source.repo, m5.source.commit, m5.source.path),
    asOf: '2021-02-05',
    note: 'AWS Pricing API GetProducts item, Price List version 20210205204500; RI rates may have changed since',
  };
  for (const row of m5.reserved) {
    // The 1-yr Standard No Upfront rate has a newer source (the ec2instances.info export).
    if (
      row.lease === '1yr' &&
      row.offering_class === 'standard' &&
      row.purchase_option === 'No Upfront'
    )
      continue;
    records.push(...reservedPair('us-east-1', 'm5.large', LINUX, row, m5Source, dbClasses));
  }

  const c5 = dataset<{
    source: RepoSource;
    on_demand_hourly_usd: number;
    standard_reserved: {
      term: LeaseLength;
      purchase_option: PurchaseOption;
      upfront_usd: number;
      recurring_hourly_usd: number;
    }[];
    compute_savings_plan_rate_hourly_usd: Record<string, number>;
    ec2_instance_savings_plan_rate_hourly_usd: Record<string, number>;
  }>(file, 'aws-calculator-c5.xlarge-windows-ap-northeast-1');
  const c5Source: PriceSource = {
    reference: githubUrl(c5.source.repo, c5.source.commit, c5.source.path),
    asOf: '2025-06',
    note: 'AWS Pricing Calculator output copied by the repository author (run between 2025-06 and 2025-10)',
  };
  const c5Base = {
    region: 'ap-northeast-1' as const,
    instanceType: 'c5.xlarge',
    platform: WINDOWS,
    tenancy: 'Shared' as const,
  };
  records.push(
    ec2Record(
      { ...c5Base, term: ON_DEMAND, unit: 'Hrs', price: c5.on_demand_hourly_usd, source: c5Source },
      dbClasses,
    ),
  );
  for (const ri of c5.standard_reserved) {
    const row: ReservedRow = { ...ri, lease: ri.term, offering_class: 'standard' };
    records.push(...reservedPair('ap-northeast-1', 'c5.xlarge', WINDOWS, row, c5Source, dbClasses));
  }
  const plans: [SavingsPlanType, Record<string, number>][] = [
    ['ComputeSavingsPlans', c5.compute_savings_plan_rate_hourly_usd],
    ['EC2InstanceSavingsPlans', c5.ec2_instance_savings_plan_rate_hourly_usd],
  ];
  for (const [planType, rates] of plans) {
    for (const [label, rate] of Object.entries(rates)) {
      const [lease, ...option] = label.split(' ');
      const term: Term = {
        type: 'SavingsPlan',
        planType,
        leaseContractLength: lease as LeaseLength,
        purchaseOption: option.join(' ') as PurchaseOption,
      };
      records.push(
        ec2Record({ ...c5Base, term, unit: 'Hrs', price: rate, source: c5Source }, dbClasses),
      );
    }
  }
  records.push(...officialCsvRows(file, dbClasses));
  return records;
}

/**
 * Rows of the official AmazonEC2 CSV (version 20250912225308) in the six regions with
 * capacitystatus Used and Shared or Dedicated tenancy. They came from an official Price List file,
 * so they keep their real rateCode and SKU.
 */
function officialCsvRows(file: RiSpFile, dbClasses: DbClassSpecs): PriceRecord[] {
  const sample = dataset<{ source: RepoSource; rows: CsvRow[] }>(
    file,
    'aws-price-list-ec2-csv-sample-2025-09-12',
  );
  const source: PriceSource = {
    reference: githubUrl(sample.source.repo, sample.source.commit, sample.source.path),
    asOf: '2025-09-12',
    note: 'row of the official AmazonEC2 Price List CSV, version 20250912225308 (rateCode and SKU as published)',
  };
  const regions = new Set<string>(REGIONS);
  return sample.rows
    .filter(
      (r) =>
        regions.has(r.region_code) &&
        r.capacity_status === 'Used' &&
        ['Shared', 'Dedicated'].includes(r.tenancy),
    )
    .map((r): PriceRecord => {
      const term: Term =
        r.term_type === 'OnDemand' || !r.lease || !r.offering_class || !r.purchase_option
          ? ON_DEMAND
          : {
              type: 'Reserved',
              leaseContractLength: r.lease,
              offeringClass: r.offering_class,
              purchaseOption: r.purchase_option,
            };
      return {
        id: r.rate_code,
        sku: r.sku,
        service: 'AmazonEC2',
        productFamily: 'Compute Instance',
        region: r.region_code,
        attributes: {
          ...instanceAttributes(r.instance_type, dbClasses),
          operatingSystem: r.operating_system,
          tenancy: r.tenancy,
          preInstalledSw: r.pre_installed_sw,
          licenseModel: r.license_model,
          capacitystatus: r.capacity_status,
          marketoption: 'OnDemand',
          usagetype: r.usage_type,
          operation: r.operation,
        },
        unit: r.unit,
        beginRange: '0',
        endRange: 'Inf',
        price: priceString(r.price_per_unit_usd),
        currency: 'USD',
        term,
        effectiveDate: isoDay(source.asOf),
        description: r.price_description,
        source,
      };
    });
}
