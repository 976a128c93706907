import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import { usageType } from './region-prefix';
import type { ItemOf, PricedResource } from './resource';
import { itemCount, monthlyHours, timesWords, hoursWords } from './usage';

/** 20 GB of ephemeral storage is included per task (aws.amazon.com/fargate/pricing/). */
const FREE_EPHEMERAL_GB = 20;

function fargateQuery(region: string, suffix: string): PriceQuery {
  // Fargate rows differ only by usage type, which keeps its region prefix even in us-east-1.
  return {
    service: 'AmazonECS',
    region,
    productFamily: 'Compute',
    attributes: { usagetype: usageType(region, suffix, { prefixedInUsEast1: true }) },
  };
}

/** What Fargate tasks are billed on, in each price record's unit (the arithmetic, no words). */
export interface FargateUsage {
  readonly count: Decimal;
  readonly hours: Decimal;
  /** count × vCPU × hours (also the Windows licence's quantity). */
  readonly vcpuHours: Decimal;
  readonly memoryGbHours: Decimal;
  /** Ephemeral storage above the 20 GB included, GB-hours. */
  readonly extraStorageGbHours?: Decimal;
}

export function fargateUsage(item: ItemOf<'fargate'>, hoursInMonth: Decimal): FargateUsage {
  const count = itemCount(item);
  const hours = monthlyHours(item, hoursInMonth);
  const taskHours = count.multiply(hours);
  const storage = item.ephemeralStorageGb;
  return {
    count,
    hours,
    vcpuHours: taskHours.multiply(Decimal.from(item.vcpu)),
    memoryGbHours: taskHours.multiply(Decimal.from(item.memoryGb)),
    ...(storage !== undefined && storage > FREE_EPHEMERAL_GB
      ? { extraStorageGbHours: taskHours.multiply(Decimal.from(storage - FREE_EPHEMERAL_GB)) }
      : {}),
  };
}

/** Fargate tasks: vCPU-hours and GB-hours per architecture/OS, Windows licence fee, extra ephemeral storage. */
export const fargateTask: PricedResource<'fargate'> = {
  service: 'fargate',
  describe(item, context) {
    const usage = fargateUsage(item, context.hoursInMonth);
    const windows = item.os === 'windows';
    const arm = item.architecture === 'arm64';
    const variant = windows ? 'Windows' : arm ? 'Linux/Arm' : 'Linux/x86';
    const warnings =
      windows && arm
        ? [`${item.id}: Fargate Windows runs on x86 only; priced as Windows x86.`]
        : [];
    return {
      description:
        item.description ??
        `Fargate ${item.quantity} × ${item.vcpu} vCPU / ${item.memoryGb} GB (${variant})`,
      category: 'Compute',
      components: fargateComponents(item, context.region, usage, variant),
      warnings,
    };
  },
};

function fargateComponents(
  item: ItemOf<'fargate'>,
  r: string,
  usage: FargateUsage,
  variant: string,
): ComponentSpec[] {
  const kind = item.os === 'windows' ? 'Windows-' : item.architecture === 'arm64' ? 'ARM-' : '';
  const tasks = `${usage.count.toString()} tasks`;
  const h = hoursWords(usage.hours);
  const perVcpu = timesWords(tasks, `${item.vcpu} vCPU`, h);
  const components: ComponentSpec[] = [
    {
      name: `vCPU (${variant})`,
      unit: 'vCPU-hours',
      charge: 'monthly',
      quantity: usage.vcpuHours,
      query: fargateQuery(r, `Fargate-${kind}vCPU-Hours:perCPU`),
      quantityWords: perVcpu,
    },
    {
      name: `Memory (${variant})`,
      unit: 'GB-hours',
      charge: 'monthly',
      quantity: usage.memoryGbHours,
      query: fargateQuery(r, `Fargate-${kind}GB-Hours`),
      quantityWords: timesWords(tasks, `${item.memoryGb} GB`, h),
    },
  ];
  return [...components, ...extraComponents(item, r, usage, perVcpu)];
}

/** The Windows licence (per vCPU-hour) and ephemeral storage above 20 GB, when they apply. */
function extraComponents(
  item: ItemOf<'fargate'>,
  r: string,
  usage: FargateUsage,
  perVcpu: string,
): ComponentSpec[] {
  const components: ComponentSpec[] = [];
  if (item.os === 'windows')
    components.push({
      name: 'Windows OS licence',
      unit: 'vCPU-hours',
      charge: 'monthly',
      quantity: usage.vcpuHours,
      query: fargateQuery(r, 'Fargate-Windows-OS-Hours:perCPU'),
      quantityWords: perVcpu,
    });
  if (usage.extraStorageGbHours) {
    const extra = `(${item.ephemeralStorageGb} − 20) GB`;
    components.push({
      name: 'Ephemeral storage (above 20 GB)',
      unit: 'GB-hours',
      charge: 'monthly',
      quantity: usage.extraStorageGbHours,
      query: fargateQuery(r, 'Fargate-EphemeralStorage-GB-Hours'),
      quantityWords: timesWords(usage.count, 'tasks', extra, hoursWords(usage.hours)),
    });
  }
  return components;
}
