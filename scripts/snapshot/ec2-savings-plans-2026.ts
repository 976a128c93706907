import type {
  LeaseLength,
  PriceRecord,
  PriceSource,
  PurchaseOption,
  Term,
} from '../../core/catalog/price-record';
import {
  EC2_COMPUTE_SP_2026_09_24_COLUMNS,
  EC2_COMPUTE_SP_US_EAST_1_2026_09_24,
} from './data/ec2-compute-sp-2026-09-24';
import { LINUX, ec2Record } from './ec2';
import type { DbClassSpecs } from './ec2-specs';
import { repoSource } from './published';

/** The committed copy the rates of data/ec2-compute-sp-2026-09-24.ts were transcribed from. */
export const COMPUTE_SP_SOURCE = {
  repo: 'addisonj/pricesim',
  commit: 'cbdb505146ff2c34ea44b6b5deaf6083643d5b5f',
  path: 'src/catalog/aws/ec2.gen.ts',
  asOf: '2026-09-24',
  region: 'us-east-1',
} as const;

type RateColumn = Exclude<(typeof EC2_COMPUTE_SP_2026_09_24_COLUMNS)[number], 'od'>;

/** One row of the copy: its own On-Demand price and the six Compute Savings Plans rates. */
export interface ComputeSpRow {
  readonly instanceType: string;
  readonly onDemand: string;
  readonly rates: ReadonlyMap<RateColumn, string>;
}

const PRICE = /^\d+(\.\d+)?$/;

/** Every row of data/ec2-compute-sp-2026-09-24.ts; throws naming the row and column of a bad value. */
export function computeSpRows(): ComputeSpRow[] {
  const file = 'data/ec2-compute-sp-2026-09-24.ts';
  return Object.entries(EC2_COMPUTE_SP_US_EAST_1_2026_09_24).map(([instanceType, row]) => {
    const values = row.split(' ');
    if (values.length !== EC2_COMPUTE_SP_2026_09_24_COLUMNS.length)
      throw new Error(`${file} us-east-1 ${instanceType}: ${values.length} values, expected 7.`);
    const rates = new Map<RateColumn, string>();
    EC2_COMPUTE_SP_2026_09_24_COLUMNS.forEach((column, i) => {
      const value = values[i] ?? '';
      if (!PRICE.test(value))
        throw new Error(`${file} us-east-1 ${instanceType} ${column}: '${value}' is not a price.`);
      if (column !== 'od') rates.set(column, value);
    });
    return { instanceType, onDemand: values[0] ?? '', rates };
  });
}

/** `1yr No Upfront` → the Savings Plans term the engine asks for. */
export function computeSpTerm(column: RateColumn): Term {
  const [lease, ...option] = column.split(' ');
  return {
    type: 'SavingsPlan',
    planType: 'ComputeSavingsPlans',
    leaseContractLength: lease as LeaseLength,
    purchaseOption: option.join(' ') as PurchaseOption,
  };
}

/** One source per column, so the shard stores each note once; the record names the type. */
function columnSource(column: RateColumn): PriceSource {
  const s = COMPUTE_SP_SOURCE;
  const [lease, ...option] = column.split(' ');
  const feed =
    'b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/computesavingsplan/USD/current/compute-savings-plan-ec2/' +
    `${lease === '1yr' ? '1 year' : '3 year'}/${option.join(' ')}/US East (N. Virginia)/Linux/Shared/index.json`;
  return repoSource(
    s.repo,
    s.commit,
    s.path,
    s.asOf,
    `AWS's Savings Plans pricing-page feed ${feed}, retrieved 2026-09-24 and generated into a ` +
      `table (ec2Prices[type].sp, column ${column}); the copy keeps no rateCode`,
  );
}

/**
 * The columns the embedded catalog keeps: all six. Until commitments had a file of their own
 * (DECISIONS 95) only 1 yr No Upfront, 3 yr No and Partial Upfront fitted the 300 KiB us-east-1
 * download (DECISIONS 88); the add-in now downloads them only for a Reserved or Savings Plans term.
 */
export const EMBEDDED_SP_COLUMNS: readonly RateColumn[] = [
  '1yr No Upfront',
  '1yr Partial Upfront',
  '1yr All Upfront',
  '3yr No Upfront',
  '3yr Partial Upfront',
  '3yr All Upfront',
];

/**
 * EC2 Compute Savings Plans rates, Linux, shared tenancy, in us-east-1, for the payment options
 * of EMBEDDED_SP_COLUMNS (DECISIONS 88). The rate is the plan's hourly price for the type; the
 * engine splits it into monthly and upfront parts by payment option.
 */
export function computeSavingsPlanRates(dbClasses: DbClassSpecs): PriceRecord[] {
  const records: PriceRecord[] = [];
  for (const column of EMBEDDED_SP_COLUMNS) {
    const source = columnSource(column);
    const term = computeSpTerm(column);
    for (const row of computeSpRows()) {
      const price = row.rates.get(column) ?? '';
      const { region } = COMPUTE_SP_SOURCE;
      const fields = { region, instanceType: row.instanceType, platform: LINUX };
      records.push(
        ec2Record({ ...fields, tenancy: 'Shared', term, unit: 'Hrs', price, source }, dbClasses),
      );
    }
  }
  return records;
}
