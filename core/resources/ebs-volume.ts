import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { EbsVolumeType } from '../requirements/requirement-items';
import { usageType } from './region-prefix';
import type { PricedResource } from './resource';
import { itemCount, monthlyHours, timesWords } from './usage';

/** gp3 includes 3,000 IOPS and 125 MB/s; only what is provisioned above that is billed (aws.amazon.com/ebs/pricing/). */
const GP3_FREE_IOPS = 3000;
const GP3_FREE_THROUGHPUT_MBPS = 125;

function ebsQuery(
  region: string,
  productFamily: string,
  attributes: Record<string, string>,
  unit?: string,
): PriceQuery {
  return { service: 'AmazonEC2', region, productFamily, attributes, ...(unit ? { unit } : {}) };
}

/** EBS volumes: storage per GB-month, provisioned IOPS and throughput, snapshots; prorated by hours. */
export const ebsVolume: PricedResource<'ebs'> = {
  service: 'ebs',
  describe(item, context) {
    const r = context.region;
    const count = itemCount(item);
    const hours = monthlyHours(item, context.hoursInMonth);
    // EBS bills per second of provisioning: a volume that exists part of the month pays that fraction.
    const fraction = hours.equals(context.hoursInMonth)
      ? null
      : hours.divide(context.hoursInMonth, 10, 'half-even');
    const share = fraction
      ? ` × (${hours.toString()} h ÷ ${context.hoursInMonth.toString()} h)`
      : '';
    const perMonth = (perVolume: Decimal): Decimal => {
      const q = count.multiply(perVolume);
      return fraction ? q.multiply(fraction) : q;
    };
    const type = item.volumeType;
    const components: ComponentSpec[] = [
      {
        name: `Storage (${type})`,
        unit: 'GB-months',
        charge: 'monthly',
        quantity: perMonth(Decimal.from(item.storageGb)),
        query: ebsQuery(r, 'Storage', { volumeApiName: type }, 'GB-Mo'),
        quantityWords: `${timesWords(count, `${item.storageGb} GB`)}${share}`,
      },
      ...iopsComponents(type, item.iops, count, perMonth, share, r),
    ];
    if (
      type === 'gp3' &&
      item.throughputMbps !== undefined &&
      item.throughputMbps > GP3_FREE_THROUGHPUT_MBPS
    ) {
      const extra = Decimal.from(item.throughputMbps - GP3_FREE_THROUGHPUT_MBPS);
      // Priced per MiB/s-month provisioned above the included 125 MiB/s (catalog unit MiBps-Mo).
      components.push({
        name: 'Provisioned throughput (gp3, above 125 MB/s)',
        unit: 'MiBps-months',
        charge: 'monthly',
        quantity: perMonth(extra),
        query: ebsQuery(r, 'Provisioned Throughput', { volumeApiName: 'gp3' }, 'MiBps-Mo'),
        quantityWords: `${timesWords(count, `(${item.throughputMbps} − 125) MB/s`)}${share}`,
      });
    }
    if (item.snapshotGb !== undefined) {
      components.push({
        name: 'EBS snapshots',
        unit: 'GB-months',
        charge: 'monthly',
        quantity: count.multiply(Decimal.from(item.snapshotGb)),
        query: ebsQuery(
          r,
          'Storage Snapshot',
          { usagetype: usageType(r, 'EBS:SnapshotUsage', { prefixedInUsEast1: false }) },
          'GB-Mo',
        ),
        quantityWords: timesWords(count, `${item.snapshotGb} GB snapshot data`),
      });
    }
    return {
      description: item.description ?? `${item.quantity} × EBS ${type} ${item.storageGb} GB`,
      category: 'Storage',
      components,
      warnings: [],
    };
  },
};

function iopsComponents(
  type: EbsVolumeType,
  iops: number | undefined,
  count: Decimal,
  perMonth: (perVolume: Decimal) => Decimal,
  share: string,
  region: string,
): ComponentSpec[] {
  if (type !== 'gp3' && type !== 'io1' && type !== 'io2') return [];
  if (iops === undefined) {
    if (type === 'gp3') return [];
    return [
      {
        name: `Provisioned IOPS (${type})`,
        unit: 'IOPS-months',
        charge: 'monthly',
        quantity: null,
        query: ebsQuery(region, 'System Operation', { volumeApiName: type }, 'IOPS-Mo'),
      },
    ];
  }
  if (type === 'gp3') {
    if (iops <= GP3_FREE_IOPS) return [];
    return [
      {
        name: 'Provisioned IOPS (gp3, above 3,000)',
        unit: 'IOPS-months',
        charge: 'monthly',
        quantity: perMonth(Decimal.from(iops - GP3_FREE_IOPS)),
        query: ebsQuery(region, 'System Operation', { volumeApiName: 'gp3' }, 'IOPS-Mo'),
        quantityWords: `${timesWords(count, `(${iops} − 3,000) IOPS`)}${share}`,
      },
    ];
  }
  if (type === 'io1') {
    return [
      {
        name: 'Provisioned IOPS (io1)',
        unit: 'IOPS-months',
        charge: 'monthly',
        quantity: perMonth(Decimal.from(iops)),
        query: ebsQuery(region, 'System Operation', { volumeApiName: 'io1' }, 'IOPS-Mo'),
        quantityWords: `${timesWords(count, `${iops} IOPS`)}${share}`,
      },
    ];
  }
  // io2 IOPS are tiered (first 32,000 / next 32,000 / over 64,000); the tiers come from the price records.
  return [
    {
      name: 'Provisioned IOPS (io2)',
      unit: 'IOPS-months',
      charge: 'monthly',
      quantity: perMonth(Decimal.from(iops)),
      query: ebsQuery(region, 'System Operation', { volumeApiName: 'io2' }, 'IOPS-Mo'),
      tiered: true,
    },
  ];
}
