import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import { usageType } from './region-prefix';
import type { PricedResource } from './resource';
import { itemCount, monthlyHours, timesWords } from './usage';

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

/** Fargate tasks: vCPU-hours and GB-hours per architecture/OS, Windows licence fee, extra ephemeral storage. */
export const fargateTask: PricedResource<'fargate'> = {
  service: 'fargate',
  describe(item, context) {
    const r = context.region;
    const count = itemCount(item);
    const hours = monthlyHours(item, context.hoursInMonth);
    const windows = item.os === 'windows';
    const arm = item.architecture === 'arm64';
    const variant = windows ? 'Windows' : arm ? 'Linux/Arm' : 'Linux/x86';
    const kind = windows ? 'Windows-' : arm ? 'ARM-' : '';
    const taskHours = count.multiply(hours);
    const components: ComponentSpec[] = [
      {
        name: `vCPU (${variant})`,
        unit: 'vCPU-hours',
        charge: 'monthly',
        quantity: taskHours.multiply(Decimal.from(item.vcpu)),
        query: fargateQuery(r, `Fargate-${kind}vCPU-Hours:perCPU`),
        quantityWords: timesWords(
          `${count.toString()} tasks`,
          `${item.vcpu} vCPU`,
          `${hours.toString()} h`,
        ),
      },
      {
        name: `Memory (${variant})`,
        unit: 'GB-hours',
        charge: 'monthly',
        quantity: taskHours.multiply(Decimal.from(item.memoryGb)),
        query: fargateQuery(r, `Fargate-${kind}GB-Hours`),
        quantityWords: timesWords(
          `${count.toString()} tasks`,
          `${item.memoryGb} GB`,
          `${hours.toString()} h`,
        ),
      },
    ];
    if (windows) {
      components.push({
        name: 'Windows OS licence',
        unit: 'vCPU-hours',
        charge: 'monthly',
        quantity: taskHours.multiply(Decimal.from(item.vcpu)),
        query: fargateQuery(r, 'Fargate-Windows-OS-Hours:perCPU'),
        quantityWords: timesWords(
          `${count.toString()} tasks`,
          `${item.vcpu} vCPU`,
          `${hours.toString()} h`,
        ),
      });
    }
    const warnings: string[] = [];
    if (windows && arm)
      warnings.push(`${item.id}: Fargate Windows runs on x86 only; priced as Windows x86.`);
    if (item.ephemeralStorageGb !== undefined && item.ephemeralStorageGb > FREE_EPHEMERAL_GB) {
      const extra = item.ephemeralStorageGb - FREE_EPHEMERAL_GB;
      components.push({
        name: 'Ephemeral storage (above 20 GB)',
        unit: 'GB-hours',
        charge: 'monthly',
        quantity: taskHours.multiply(Decimal.from(extra)),
        query: fargateQuery(r, 'Fargate-EphemeralStorage-GB-Hours'),
        quantityWords: timesWords(
          count,
          'tasks',
          `(${item.ephemeralStorageGb} − 20) GB`,
          `${hours.toString()} h`,
        ),
      });
    }
    return {
      description:
        item.description ??
        `Fargate ${item.quantity} × ${item.vcpu} vCPU / ${item.memoryGb} GB (${variant})`,
      category: 'Compute',
      components,
      warnings,
    };
  },
};
