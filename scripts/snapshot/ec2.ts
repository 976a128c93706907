import type { PriceRecord, PriceSource, Term } from '../../core/catalog/price-record';
import { ON_DEMAND } from '../../core/catalog/price-record';
import type { Region } from './curated-record';
import { REGIONS, curated, termId, usagePrefix } from './curated-record';
import type { DbClassSpecs } from './ec2-specs';
import { instanceAttributes } from './ec2-specs';
import type { BillFile, ExportFile, RegionPriceTable } from './references';
import { FILES, githubUrl, readReference } from './references';

/** Operating-system variants: Price List operatingSystem, licenseModel, preInstalledSw, operation. */
export interface Platform {
  readonly operatingSystem: string;
  readonly licenseModel: string;
  readonly preInstalledSw: string;
  readonly operation: string;
}
export const LINUX: Platform = {
  operatingSystem: 'Linux',
  licenseModel: 'No License required',
  preInstalledSw: 'NA',
  operation: 'RunInstances',
};
/** Windows with the licence included: the Price List says `No License required` here too. */
export const WINDOWS: Platform = {
  ...LINUX,
  operatingSystem: 'Windows',
  operation: 'RunInstances:0002',
};

export interface Ec2Price {
  readonly region: Region;
  readonly instanceType: string;
  readonly platform: Platform;
  readonly tenancy: 'Shared' | 'Dedicated';
  readonly term: Term;
  readonly unit: 'Hrs' | 'Quantity';
  readonly price: number | string;
  readonly source: PriceSource;
}

/** An hourly Linux On-Demand price, shared tenancy, of one type in one region. */
export function linuxOnDemandRecord(
  p: Pick<Ec2Price, 'region' | 'instanceType' | 'price' | 'source'>,
  dbClasses: DbClassSpecs,
): PriceRecord {
  return ec2Record(
    { ...p, platform: LINUX, tenancy: 'Shared', term: ON_DEMAND, unit: 'Hrs' },
    dbClasses,
  );
}

export function ec2Record(p: Ec2Price, dbClasses: DbClassSpecs): PriceRecord {
  const usage = p.tenancy === 'Shared' ? 'BoxUsage' : 'DedicatedUsage';
  const what = [p.instanceType, p.platform.operatingSystem, p.tenancy];
  if (p.platform.preInstalledSw !== 'NA') what.push(p.platform.preInstalledSw.replace(' ', ''));
  what.push(termId(p.term));
  if (p.unit === 'Quantity') what.push('Upfront');
  return curated({
    service: 'AmazonEC2',
    region: p.region,
    productFamily: p.instanceType.includes('.metal')
      ? 'Compute Instance (bare metal)'
      : 'Compute Instance',
    attributes: {
      ...instanceAttributes(p.instanceType, dbClasses),
      operatingSystem: p.platform.operatingSystem,
      tenancy: p.tenancy,
      preInstalledSw: p.platform.preInstalledSw,
      licenseModel: p.platform.licenseModel,
      capacitystatus: 'Used',
      marketoption: 'OnDemand',
      usagetype: `${usagePrefix(p.region)}${usage}:${p.instanceType}`,
      operation: p.platform.operation,
    },
    unit: p.unit,
    price: p.price,
    term: p.term,
    source: p.source,
    what,
  });
}

/**
 * True for a row of the Karpenter table that is not a shared-tenancy price: Karpenter's generator
 * (aws/karpenter-provider-aws `pkg/providers/pricing/pricing.go`, `UpdateOnDemandPricing`, at the
 * table's commit 6fc13b52) asks the Price List for `Compute Instance` products with tenancy
 * `Shared`, but for `Compute Instance (bare metal)` products with tenancy `Dedicated`, and merges
 * the two maps: every `.metal` price of the table is the Dedicated-tenancy price (DECISIONS 91).
 */
export function isKarpenterDedicatedRow(instanceType: string): boolean {
  return instanceType.includes('.metal');
}

/**
 * Linux On-Demand, shared tenancy, for every type the references price: us-east-1 from the
 * 2026-07 Karpenter table but its `.metal` rows (Dedicated-tenancy prices; types it lacks or
 * whose row is left out come from the 2024-04 table); other regions from the 2024-04 multi-region
 * table, overridden by the May 2025 Singapore invoice where it printed a rate.
 */
export function linuxOnDemand(dbClasses: DbClassSpecs): PriceRecord[] {
  const karpenter = readReference<RegionPriceTable>(FILES.karpenter);
  const multi = readReference<RegionPriceTable>(FILES.multiregion);
  const bill = readReference<BillFile>(FILES.bill);
  const karpenterSource: PriceSource = {
    reference: githubUrl(
      'aws/karpenter-provider-aws',
      karpenter.source_commit,
      'pkg/providers/pricing/zz_generated.pricing_aws.go',
    ),
    asOf: '2026-07-20',
    note: 'Karpenter InitialOnDemandPrices, generated from the AWS Pricing API on 2026-07-20 (Linux, shared tenancy)',
  };
  const multiSource: PriceSource = {
    reference: githubUrl(
      'vantage-sh/ec2instances.info',
      multi.source_commit,
      'opszero-app/instances.json',
    ),
    asOf: '2024-04',
    note: 'ec2instances.info pricing[region].linux.ondemand as committed 2024-04-04; newer prices may differ',
  };
  const billSource: PriceSource = {
    reference: githubUrl(bill.source.repo, bill.source.commit, bill.source.path),
    asOf: '2025-05',
    note: 'rate printed on a real AWS invoice for May 2025 ("per On Demand Linux <type> Instance Hour")',
  };
  const billRates = new Map<string, number>();
  for (const line of bill.lines) {
    const match = /per On Demand Linux (\S+) Instance Hour/.exec(line.description);
    if (match?.[1] && line.rate_usd_as_printed !== null && line.region_code === 'ap-southeast-1') {
      billRates.set(match[1], line.rate_usd_as_printed);
    }
  }
  const records: PriceRecord[] = [];
  for (const region of REGIONS) {
    const chosen = new Map<string, { price: number; source: PriceSource }>();
    for (const [type, price] of Object.entries(multi.prices[region] ?? {}))
      chosen.set(type, { price, source: multiSource });
    if (region === 'us-east-1') {
      for (const [type, price] of Object.entries(karpenter.prices[region] ?? {})) {
        if (!isKarpenterDedicatedRow(type)) chosen.set(type, { price, source: karpenterSource });
      }
    }
    if (region === 'ap-southeast-1') {
      for (const [type, price] of billRates) chosen.set(type, { price, source: billSource });
    }
    for (const [instanceType, { price, source }] of [...chosen].sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      if (price <= 0) continue;
      records.push(linuxOnDemandRecord({ region, instanceType, price, source }, dbClasses));
    }
  }
  return records;
}

const RI_1YR_STD_NU: Term = {
  type: 'Reserved',
  leaseContractLength: '1yr',
  offeringClass: 'standard',
  purchaseOption: 'No Upfront',
};

/** Decimal places of a JSON number as printed. */
function decimals(value: number): number {
  return (String(value).split('.')[1] ?? '').length;
}

function exportReference(data: ExportFile): string {
  return githubUrl(data.source.repo, data.source.commit, data.source.path);
}

/**
 * The export prints every price rounded to 4 decimals (its RI column gives m6i.xlarge 0.127 where
 * AWS's feed has 0.12701), so it never replaces a more precise record that rounds to it (merge.ts,
 * DECISIONS 92, 96).
 */
export const EXPORT_PLACES = 4;

/**
 * us-east-1 Windows On-Demand and Linux/Windows 1-yr Standard No Upfront RI from the
 * ec2instances.info export. The export prints 4 decimals, so a type is taken only when its exact
 * 2026 Linux price has at most 4 decimals (then the export did not round that type's Linux price).
 */
export function exportPrices(dbClasses: DbClassSpecs): PriceRecord[] {
  const data = readReference<ExportFile>(FILES.export);
  const karpenter = readReference<RegionPriceTable>(FILES.karpenter).prices['us-east-1'] ?? {};
  const source: PriceSource = {
    reference: exportReference(data),
    asOf: '2026-07',
    note:
      'ec2instances.info export (4 decimals); its Linux On-Demand column equals the 2026-07-20 Karpenter table, ' +
      'Windows and RI columns not independently cross-checked',
    roundedTo: EXPORT_PLACES,
  };
  const records: PriceRecord[] = [];
  for (const [instanceType, row] of Object.entries(data.prices).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const exact = karpenter[instanceType];
    if (exact === undefined || decimals(exact) > 4 || row.linux_ondemand_hourly !== exact) continue;
    const base = {
      region: 'us-east-1' as const,
      instanceType,
      tenancy: 'Shared' as const,
      unit: 'Hrs' as const,
      source,
    };
    if (row.windows_ondemand_hourly !== null) {
      records.push(
        ec2Record(
          { ...base, platform: WINDOWS, term: ON_DEMAND, price: row.windows_ondemand_hourly },
          dbClasses,
        ),
      );
    }
    if (row.linux_reserved_1yr_standard_no_upfront_hourly !== null) {
      records.push(
        ec2Record(
          {
            ...base,
            platform: LINUX,
            term: RI_1YR_STD_NU,
            price: row.linux_reserved_1yr_standard_no_upfront_hourly,
          },
          dbClasses,
        ),
      );
    }
    if (row.windows_reserved_1yr_standard_no_upfront_hourly !== null) {
      records.push(
        ec2Record(
          {
            ...base,
            platform: WINDOWS,
            term: RI_1YR_STD_NU,
            price: row.windows_reserved_1yr_standard_no_upfront_hourly,
          },
          dbClasses,
        ),
      );
    }
  }
  return records;
}
