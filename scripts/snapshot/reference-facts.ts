import type { PriceQuery } from '../../core/catalog/price-query';
import type { LeaseLength, PurchaseOption, Term } from '../../core/catalog/price-record';
import type { Fact } from './cross-check';
import { ec2Query, rdsQuery } from './reference-queries';
import { FILES } from './references';
import type {
  BillFile,
  ExportFile,
  RdsFile,
  RegionPriceTable,
  RiSpFile,
  ServicesFile,
} from './references';
import { billFacts, serviceFacts } from './reference-facts-services';

const OD: Term = { type: 'OnDemand' };

function reserved(lease: string, offeringClass: string, option: string): Term {
  return {
    type: 'Reserved',
    leaseContractLength: lease as LeaseLength,
    offeringClass: offeringClass as 'standard' | 'convertible',
    purchaseOption: option as PurchaseOption,
  };
}

function priceTable(file: string, date: string, table: RegionPriceTable): Fact[] {
  return Object.entries(table.prices).flatMap(([region, prices]) =>
    Object.entries(prices).map(([type, value]): Fact => {
      const query = ec2Query(region, type);
      return {
        file,
        label: `${region} ${type} Linux OD`,
        date,
        value,
        ...(query ? { query } : {}),
      };
    }),
  );
}

function exportFacts(data: ExportFile): Fact[] {
  const file = FILES.export;
  const ri = reserved('1yr', 'standard', 'No Upfront');
  return Object.entries(data.prices).flatMap(([type, row]) => {
    const columns: [number | null, string, string, Term, number | undefined, string][] = [
      [row.linux_ondemand_hourly, 'Linux', 'Linux OD', OD, 4, '2026-07'],
      // The export prints every column with 4 decimals: compare after rounding the catalog's price.
      [
        row.linux_reserved_1yr_standard_no_upfront_hourly,
        'Linux',
        'Linux RI 1yr std NU',
        ri,
        4,
        'undated (2024-2026)',
      ],
      [row.windows_ondemand_hourly, 'Windows', 'Windows OD', OD, 4, 'undated (2024-2026)'],
      [
        row.windows_reserved_1yr_standard_no_upfront_hourly,
        'Windows',
        'Windows RI 1yr std NU',
        ri,
        4,
        'undated (2024-2026)',
      ],
    ];
    return columns
      .filter(([value]) => value !== null)
      .map(([value, os, label, term, roundedTo, date]): Fact => ({
        file,
        label: `us-east-1 ${type} ${label}`,
        date,
        value: value ?? 0,
        ...(roundedTo === undefined ? {} : { roundedTo }),
        query: ec2Query('us-east-1', type, { os, term }) as PriceQuery,
      }));
  });
}

interface RiRow {
  lease?: string;
  term?: string;
  offering_class?: string;
  purchase_option: string;
  recurring_hourly_usd: number;
  upfront_usd: number;
}

function riSpFacts(data: RiSpFile): Fact[] {
  const file = FILES.riSp;
  const facts: Fact[] = [];
  const byId = (id: string): Record<string, unknown> =>
    (data.datasets.find((d) => d.id === id) ?? {}) as Record<string, unknown>;
  const riRows = (region: string, type: string, os: string, rows: RiRow[], date: string): void => {
    for (const row of rows) {
      const term = reserved(
        row.lease ?? row.term ?? '',
        row.offering_class ?? 'standard',
        row.purchase_option,
      );
      const label = `${region} ${type} ${os} RI ${row.lease ?? row.term} ${row.offering_class ?? 'standard'} ${row.purchase_option}`;
      facts.push({
        file,
        label: `${label} hourly`,
        date,
        value: row.recurring_hourly_usd,
        query: ec2Query(region, type, { os, term }) as PriceQuery,
      });
      if (row.purchase_option !== 'No Upfront') {
        facts.push({
          file,
          label: `${label} upfront`,
          date,
          value: row.upfront_usd,
          query: ec2Query(region, type, { os, term, unit: 'Quantity' }) as PriceQuery,
        });
      }
    }
  };
  const m5 = byId('ec2-instance-selector-m5.large-us-east-1');
  facts.push({
    file,
    label: 'us-east-1 m5.large Linux OD',
    date: '2021-02-05',
    value: m5.on_demand_hourly_usd as number,
    query: ec2Query('us-east-1', 'm5.large') as PriceQuery,
  });
  riRows('us-east-1', 'm5.large', 'Linux', m5.reserved as RiRow[], '2021-02-05');
  const c5 = byId('aws-calculator-c5.xlarge-windows-ap-northeast-1');
  facts.push({
    file,
    label: 'ap-northeast-1 c5.xlarge Windows OD',
    date: '2025-06',
    value: c5.on_demand_hourly_usd as number,
    query: ec2Query('ap-northeast-1', 'c5.xlarge', { os: 'Windows' }) as PriceQuery,
  });
  riRows('ap-northeast-1', 'c5.xlarge', 'Windows', c5.standard_reserved as RiRow[], '2025-06');
  for (const [key, planType] of [
    ['compute_savings_plan_rate_hourly_usd', 'ComputeSavingsPlans'],
    ['ec2_instance_savings_plan_rate_hourly_usd', 'EC2InstanceSavingsPlans'],
  ] as const) {
    for (const [label, value] of Object.entries(c5[key] as Record<string, number>)) {
      const [lease = '', ...option] = label.split(' ');
      const term: Term = {
        type: 'SavingsPlan',
        planType,
        leaseContractLength: lease as LeaseLength,
        purchaseOption: option.join(' ') as PurchaseOption,
      };
      facts.push({
        file,
        label: `ap-northeast-1 c5.xlarge Windows ${planType} ${label}`,
        date: '2025-06',
        value,
        query: ec2Query('ap-northeast-1', 'c5.xlarge', { os: 'Windows', term }) as PriceQuery,
      });
    }
  }
  const csv = byId('aws-price-list-ec2-csv-sample-2025-09-12').rows as Record<
    string,
    string | number | null
  >[];
  for (const r of csv) {
    const term =
      r.term_type === 'Reserved'
        ? reserved(String(r.lease), String(r.offering_class), String(r.purchase_option))
        : OD;
    const inScope =
      r.capacity_status === 'Used' && (r.tenancy === 'Shared' || r.tenancy === 'Dedicated');
    const query = inScope
      ? ec2Query(String(r.region_code), String(r.instance_type), {
          os: String(r.operating_system),
          tenancy: String(r.tenancy),
          sw: String(r.pre_installed_sw),
          term,
          unit: String(r.unit),
        })
      : undefined;
    facts.push({
      file,
      label: `CSV ${String(r.rate_code)}`,
      date: '2025-09-12',
      value: Number(r.price_per_unit_usd),
      ...(query ? { query } : {}),
    });
  }
  const sp = byId('aws-price-list-savings-plan-csv-sample-ap-east-2-2025-09-11').rows as Record<
    string,
    unknown
  >[];
  for (const r of sp)
    facts.push({
      file,
      label: `SP ap-east-2 ${String(r.discounted_usage_type)}`,
      date: '2025-09-11',
      value: Number(r.discounted_rate_usd),
    });
  return facts;
}

function rdsFacts(data: RdsFile): Fact[] {
  const file = FILES.rds;
  const engines: Record<string, string> = {
    mysql: 'MySQL',
    postgresql: 'PostgreSQL',
    postgres: 'PostgreSQL',
  };
  const facts: Fact[] = [];
  for (const [region, classes] of Object.entries(data.prices)) {
    for (const [type, byEngine] of Object.entries(classes)) {
      for (const [key, offer] of Object.entries(byEngine)) {
        const engine = engines[key] ?? key;
        const label = `${region} ${type} ${engine} Single-AZ`;
        if (offer.ondemand_hourly !== undefined) {
          const query = rdsQuery(region, type, engine, 'Single-AZ');
          facts.push({
            file,
            label: `${label} OD`,
            date: '2023-03-10',
            value: offer.ondemand_hourly,
            ...(query ? { query } : {}),
          });
        }
        for (const [riKey, ri] of Object.entries(offer.reserved ?? {})) {
          const [lease = '', option = ''] = riKey.split(/_(.*)/);
          const purchase =
            (
              {
                no_upfront: 'No Upfront',
                partial_upfront: 'Partial Upfront',
                all_upfront: 'All Upfront',
              } as Record<string, string>
            )[option] ?? option;
          const term = reserved(lease, 'standard', purchase);
          const hourly = rdsQuery(region, type, engine, 'Single-AZ', term);
          facts.push({
            file,
            label: `${label} RI ${riKey} hourly`,
            date: '2023-03-10',
            value: ri.hourly,
            ...(hourly ? { query: hourly } : {}),
          });
          if (purchase !== 'No Upfront') {
            const upfront = rdsQuery(region, type, engine, 'Single-AZ', term, 'Quantity');
            facts.push({
              file,
              label: `${label} RI ${riKey} upfront`,
              date: '2023-03-10',
              value: ri.upfront,
              ...(upfront ? { query: upfront } : {}),
            });
          }
        }
      }
    }
  }
  return facts;
}

/** Every fact of every reference file, each with the catalog query that should answer it. */
export function referenceFacts(read: (file: string) => unknown): Fact[] {
  return [
    ...priceTable(FILES.karpenter, '2026-07-20', read(FILES.karpenter) as RegionPriceTable),
    ...priceTable(FILES.multiregion, '2024-04', read(FILES.multiregion) as RegionPriceTable),
    ...exportFacts(read(FILES.export) as ExportFile),
    ...riSpFacts(read(FILES.riSp) as RiSpFile),
    ...rdsFacts(read(FILES.rds) as RdsFile),
    ...billFacts(read(FILES.bill) as BillFile),
    ...serviceFacts(read(FILES.services) as ServicesFile),
  ];
}
