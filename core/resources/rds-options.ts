import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { RdsItem } from '../requirements/requirement-items';
import { ResourceInputError } from './resource-input-error';
import type { ResourceContext } from './resource';
import { usageType } from './region-prefix';
import { timesWords, hoursWords } from './usage';

/**
 * RDS options billed beside the instance and its storage (aws.amazon.com/rds/mysql/pricing/,
 * /rds/postgresql/pricing/): magnetic I/O requests, Performance Insights paid retention, RDS
 * Extended Support, surplus CPU credits of burstable classes. Arithmetic in `rdsOptionUsage`.
 */

/**
 * DB instances a deployment runs, each billed for per-vCPU options: the standby of a Multi-AZ
 * instance is billed for Extended Support (docs.aws.amazon.com/AmazonRDS/latest/UserGuide/
 * extended-support-charges.html) and for Performance Insights (devio "RDS Performance Insights の
 * 保持期間料金計算方法", a Tokyo Multi-AZ bill: 4 vCPU × 2); a Multi-AZ DB cluster runs three.
 */
const INSTANCES_PER_DEPLOYMENT: Readonly<Record<RdsItem['deployment'], number>> = {
  'single-az': 1,
  'multi-az': 2,
  'multi-az-cluster': 3,
};

const EXTENDED_SUPPORT_ENGINES: Partial<Record<RdsItem['engine'], string>> = {
  mysql: 'MySQL',
  postgresql: 'PostgreSQL',
};

export interface RdsOptionUsage {
  /** vCPUs billed: instance vCPUs × DB instances of the deployment × item count; null when unknown. */
  readonly vcpus: Decimal | null;
  /** Hours each instance runs in the month. */
  readonly hours: Decimal;
  readonly ioRequests?: Decimal;
  /** Performance Insights: vCPU-months at the first-month rate and at the additional-month rate. */
  readonly performanceInsights?: { readonly firstMonth: Decimal; readonly additional: Decimal };
  readonly extendedSupportVcpuHours?: Decimal;
  readonly surplusVcpuHours?: Decimal;
}

/** The options' quantities in each price record's unit; `vcpu` = vCPUs of one instance, if known. */
export function rdsOptionUsage(
  item: RdsItem,
  count: Decimal,
  hours: Decimal,
  vcpu: number | undefined,
): RdsOptionUsage {
  checkOptions(item);
  const instances = count.multiply(INSTANCES_PER_DEPLOYMENT[item.deployment]);
  const vcpus = vcpu === undefined ? null : instances.multiply(vcpu);
  const months = item.performanceInsightsRetentionMonths;
  return {
    vcpus,
    hours,
    ...(item.ioRequestsMillions !== undefined
      ? { ioRequests: count.multiply(Decimal.from(item.ioRequestsMillions).multiply(1_000_000)) }
      : {}),
    ...(months !== undefined && months > 0 && vcpus
      ? { performanceInsights: { firstMonth: vcpus, additional: vcpus.multiply(months - 1) } }
      : {}),
    ...(item.extendedSupport && vcpus ? { extendedSupportVcpuHours: vcpus.multiply(hours) } : {}),
    ...(item.surplusCpuCredits !== undefined
      ? {
          surplusVcpuHours: instances
            .multiply(Decimal.from(item.surplusCpuCredits))
            .divide(60, 10, 'half-even'),
        }
      : {}),
  };
}

function checkOptions(item: RdsItem): void {
  const months = item.performanceInsightsRetentionMonths;
  if (months !== undefined && !(Number.isInteger(months) && months >= 0 && months <= 24))
    throw new ResourceInputError(
      item.id,
      'performanceInsightsRetentionMonths',
      `must be a whole number of months from 0 (free 7 days) to 24, got ${months}`,
    );
  if (item.extendedSupport && !EXTENDED_SUPPORT_ENGINES[item.engine])
    throw new ResourceInputError(
      item.id,
      'extendedSupport',
      `applies to RDS for MySQL and PostgreSQL only, not ${item.engine}`,
    );
  if (item.ioRequestsMillions !== undefined && item.storageType !== 'magnetic')
    throw new ResourceInputError(
      item.id,
      'ioRequestsMillions',
      `is billed for magnetic storage only, not ${item.storageType}`,
    );
  if (item.surplusCpuCredits !== undefined && !/^db\.t\d/.test(item.instanceClass))
    throw new ResourceInputError(
      item.id,
      'surplusCpuCredits',
      `applies to burstable db.t* classes only, not ${item.instanceClass}`,
    );
}

/** vCPUs of one instance from its On-Demand record (a fact of the class, never a price). */
export function instanceVcpu(context: ResourceContext, query: PriceQuery): number | undefined {
  const found = context.catalog.lookup(query);
  const vcpu = found.status === 'found' ? found.records[0]?.attributes['vcpu'] : undefined;
  const n = vcpu === undefined ? NaN : Number(vcpu);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The option components the item asks for, with a warning for each that needs an unknown vCPU count. */
export function rdsOptionComponents(
  item: RdsItem,
  usage: RdsOptionUsage,
  region: string,
  engineLabel: string,
): { components: ComponentSpec[]; warnings: string[] } {
  const components: ComponentSpec[] = [];
  const warnings: string[] = [];
  const q = (productFamily: string, unit: string, attributes: Record<string, string>) =>
    ({ service: 'AmazonRDS', region, productFamily, attributes, unit }) satisfies PriceQuery;
  if (usage.ioRequests)
    components.push({
      name: 'I/O requests (magnetic)',
      unit: 'requests',
      charge: 'monthly',
      quantity: usage.ioRequests,
      query: q('System Operation', 'IOs', { volumeType: 'Magnetic', databaseEngine: 'Any' }),
    });
  const vcpuNote = `${item.instanceClass}: vCPU count not in the catalog`;
  const months = item.performanceInsightsRetentionMonths;
  if (months !== undefined && months > 0) {
    if (!usage.vcpus) warnings.push(`${item.id}: ${vcpuNote}; Performance Insights not priced.`);
    components.push(...performanceInsights(usage, months, q));
  }
  if (item.extendedSupport) {
    if (!usage.vcpus) warnings.push(`${item.id}: ${vcpuNote}; Extended Support not priced.`);
    const { majorVersion, year } = item.extendedSupport;
    const band = year === 3 ? 'Year 3' : 'Year 1-2';
    components.push({
      name: `Extended Support (${engineLabel} ${majorVersion}, year ${year})`,
      unit: 'vCPU-hours',
      charge: 'monthly',
      quantity: usage.extendedSupportVcpuHours ?? null,
      query: q('Extended Support', 'vCPU-Hours', {
        databaseEngine: EXTENDED_SUPPORT_ENGINES[item.engine] ?? engineLabel,
        engineMajorVersion: majorVersion,
        extendedSupportYears: band,
      }),
      ...(usage.vcpus
        ? {
            quantityWords: timesWords(`${usage.vcpus.toString()} vCPU`, hoursWords(usage.hours)),
          }
        : {}),
    });
  }
  if (usage.surplusVcpuHours)
    components.push(surplusCredits(item, usage.surplusVcpuHours, region, engineLabel));
  return { components, warnings };
}

type Query = (family: string, unit: string, attributes: Record<string, string>) => PriceQuery;

function performanceInsights(usage: RdsOptionUsage, months: number, q: Query): ComponentSpec[] {
  const pi = usage.performanceInsights;
  const first: ComponentSpec = {
    name: 'Performance Insights (paid retention, first month)',
    unit: 'vCPU-months',
    charge: 'monthly',
    quantity: pi?.firstMonth ?? null,
    query: q('Performance Insights', 'vCPU-Months', {
      databaseEngine: 'Any',
      retention: 'first month',
    }),
    ...(usage.vcpus ? { quantityWords: `${usage.vcpus.toString()} vCPU × 1 month` } : {}),
  };
  if (months === 1) return [first];
  return [
    first,
    {
      name: `Performance Insights (paid retention, ${months - 1} additional month${months > 2 ? 's' : ''})`,
      unit: 'vCPU-months',
      charge: 'monthly',
      quantity: pi?.additional ?? null,
      query: q('Performance Insights', 'vCPU-Months', {
        databaseEngine: 'Any',
        retention: 'each additional month',
      }),
      ...(usage.vcpus
        ? {
            quantityWords: timesWords(
              `${usage.vcpus.toString()} vCPU`,
              `${months - 1} month${months > 2 ? 's' : ''}`,
            ),
          }
        : {}),
    },
  ];
}

/** Surplus CPU credits, per vCPU-hour (60 credits); the catalog has no RDS CPU-credit price yet. */
function surplusCredits(
  item: RdsItem,
  vcpuHours: Decimal,
  region: string,
  engineLabel: string,
): ComponentSpec {
  const family = /^db\.(t\w+)\./.exec(item.instanceClass)?.[1] ?? 't';
  return {
    name: `CPU credits (surplus, ${family} unlimited)`,
    unit: 'vCPU-hours',
    charge: 'monthly',
    quantity: vcpuHours,
    query: {
      service: 'AmazonRDS',
      region,
      productFamily: 'CPU Credits',
      attributes: {
        databaseEngine: engineLabel,
        usagetype: usageType(region, `CPUCredits:db.${family}`, { prefixedInUsEast1: false }),
      },
      unit: 'vCPU-Hours',
    },
    quantityWords: `${item.surplusCpuCredits ?? 0} credits ÷ 60 per vCPU-hour × ${INSTANCES_PER_DEPLOYMENT[item.deployment]} instance(s) × ${item.quantity}`,
  };
}
