import type { PriceQuery } from '../catalog/price-query';
import type { ComponentSpec } from '../estimate/component-spec';
import { Decimal } from '../money/decimal';
import type { EbsVolumeType } from '../requirements/requirement-items';
import { usageType } from './region-prefix';
import type { ItemOf, PricedResource } from './resource';
import { itemCount, monthlyHours, timesWords, hoursWords } from './usage';

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

/** What EBS volumes are billed on, in each price record's unit (the arithmetic, no words). */
export interface EbsUsage {
  readonly count: Decimal;
  readonly hours: Decimal;
  /** hours ÷ hours in the month when a volume exists part of it (EBS bills per second); null = all month. */
  readonly fraction: Decimal | null;
  readonly storageGbMonths: Decimal;
  /**
   * Provisioned IOPS billed (gp3 above 3,000; io1/io2 all), IOPS-months. Null: an io1/io2 volume
   * with no IOPS given ("no usage"); absent: nothing billed.
   */
  readonly iopsMonths?: Decimal | null;
  /** gp3 throughput above 125 MB/s, MiB/s-months. */
  readonly throughputMonths?: Decimal;
  readonly snapshotGbMonths?: Decimal;
  /** Fast snapshot restore: DSU-hours (snapshot × AZ pairs × hours), for the whole line. */
  readonly fastSnapshotRestoreDsuHours?: Decimal;
}

export function ebsUsage(item: ItemOf<'ebs'>, hoursInMonth: Decimal): EbsUsage {
  const count = itemCount(item);
  const hours = monthlyHours(item, hoursInMonth);
  const fraction = hours.equals(hoursInMonth) ? null : hours.divide(hoursInMonth, 10, 'half-even');
  const perMonth = (perVolume: number): Decimal => {
    const q = count.multiply(Decimal.from(perVolume));
    return fraction ? q.multiply(fraction) : q;
  };
  const iops = billedIops(item.volumeType, item.iops);
  const throughput = item.volumeType === 'gp3' ? item.throughputMbps : undefined;
  return {
    count,
    hours,
    fraction,
    storageGbMonths: perMonth(item.storageGb),
    ...(iops !== undefined ? { iopsMonths: iops === null ? null : perMonth(iops) } : {}),
    ...(throughput !== undefined && throughput > GP3_FREE_THROUGHPUT_MBPS
      ? { throughputMonths: perMonth(throughput - GP3_FREE_THROUGHPUT_MBPS) }
      : {}),
    ...(item.snapshotGb !== undefined
      ? { snapshotGbMonths: count.multiply(Decimal.from(item.snapshotGb)) }
      : {}),
    ...(item.fastSnapshotRestores !== undefined
      ? {
          fastSnapshotRestoreDsuHours: count
            .multiply(Decimal.from(item.fastSnapshotRestores))
            .multiply(hours),
        }
      : {}),
  };
}

/** IOPS billed per volume: null when io1/io2 give none; undefined when nothing is billed. */
function billedIops(type: EbsVolumeType, iops: number | undefined): number | null | undefined {
  if (type === 'io1' || type === 'io2') return iops ?? null;
  if (type === 'gp3' && iops !== undefined && iops > GP3_FREE_IOPS) return iops - GP3_FREE_IOPS;
  return undefined;
}

/** EBS volumes: storage per GB-month, provisioned IOPS and throughput, snapshots, fast snapshot restore; prorated by hours. */
export const ebsVolume: PricedResource<'ebs'> = {
  service: 'ebs',
  describe(item, context) {
    const usage = ebsUsage(item, context.hoursInMonth);
    const r = context.region;
    const type = item.volumeType;
    // A part-month volume says which share of the month it pays.
    const share = usage.fraction
      ? ` × (${hoursWords(usage.hours)} ÷ ${hoursWords(context.hoursInMonth)})`
      : '';
    const components: ComponentSpec[] = [
      {
        name: `Storage (${type})`,
        unit: 'GB-months',
        charge: 'monthly',
        quantity: usage.storageGbMonths,
        query: ebsQuery(r, 'Storage', { volumeApiName: type }, 'GB-Mo'),
        quantityWords: `${timesWords(usage.count, `${item.storageGb} GB`)}${share}`,
      },
      ...iopsComponents(item, usage, share, r),
      ...throughputAndSnapshots(item, usage, share, r),
    ];
    return {
      description: item.description ?? `${item.quantity} × EBS ${type} ${item.storageGb} GB`,
      category: 'Storage',
      components,
      warnings: [],
    };
  },
};

function throughputAndSnapshots(
  item: ItemOf<'ebs'>,
  usage: EbsUsage,
  share: string,
  r: string,
): ComponentSpec[] {
  const components: ComponentSpec[] = [];
  if (usage.throughputMonths)
    // Priced per MiB/s-month provisioned above the included 125 MiB/s (catalog unit MiBps-Mo).
    components.push({
      name: 'Provisioned throughput (gp3, above 125 MB/s)',
      unit: 'MiBps-months',
      charge: 'monthly',
      quantity: usage.throughputMonths,
      query: ebsQuery(r, 'Provisioned Throughput', { volumeApiName: 'gp3' }, 'MiBps-Mo'),
      quantityWords: `${timesWords(usage.count, `(${item.throughputMbps} − 125) MB/s`)}${share}`,
    });
  if (usage.snapshotGbMonths) {
    const usagetype = usageType(r, 'EBS:SnapshotUsage', { prefixedInUsEast1: false });
    components.push({
      name: 'EBS snapshots',
      unit: 'GB-months',
      charge: 'monthly',
      quantity: usage.snapshotGbMonths,
      query: ebsQuery(r, 'Storage Snapshot', { usagetype }, 'GB-Mo'),
      quantityWords: timesWords(usage.count, `${item.snapshotGb} GB snapshot data`),
    });
  }
  if (usage.fastSnapshotRestoreDsuHours)
    // One Data Services Unit per snapshot and Availability Zone enabled, per hour (aws.amazon.com/ebs/pricing/).
    components.push({
      name: 'Fast snapshot restore',
      unit: 'DSU-hours',
      charge: 'monthly',
      quantity: usage.fastSnapshotRestoreDsuHours,
      query: ebsQuery(r, 'Fast Snapshot Restore', { volumeApiName: 'Any' }, 'DSU-Hours'),
      quantityWords: timesWords(
        usage.count,
        `${item.fastSnapshotRestores} snapshot-AZ pairs`,
        hoursWords(usage.hours),
      ),
    });
  return components;
}

/** The provisioned IOPS component: gp3 above 3,000, io1, io2 (tiered); none when nothing is billed. */
function iopsComponents(
  item: ItemOf<'ebs'>,
  usage: EbsUsage,
  share: string,
  region: string,
): ComponentSpec[] {
  const type = item.volumeType;
  const quantity = usage.iopsMonths;
  if (quantity === undefined) return [];
  const base = {
    unit: 'IOPS-months',
    charge: 'monthly' as const,
    quantity,
    query: ebsQuery(region, 'System Operation', { volumeApiName: type }, 'IOPS-Mo'),
  };
  if (quantity === null) return [{ name: `Provisioned IOPS (${type})`, ...base }];
  const { count } = usage;
  if (type === 'gp3')
    return [
      {
        name: 'Provisioned IOPS (gp3, above 3,000)',
        ...base,
        quantityWords: `${timesWords(count, `(${item.iops} − 3,000) IOPS`)}${share}`,
      },
    ];
  if (type === 'io1')
    return [
      {
        name: 'Provisioned IOPS (io1)',
        ...base,
        quantityWords: `${timesWords(count, `${item.iops} IOPS`)}${share}`,
      },
    ];
  // io2 IOPS are tiered per volume (first 32,000 / next 32,000 / over 64,000 IOPS of each volume,
  // aws.amazon.com/ebs/pricing/); the tiers come from the price records.
  return [
    {
      name: 'Provisioned IOPS (io2)',
      ...base,
      tiered: true,
      tiersPerUnit: {
        count,
        perUnit: Decimal.from(item.iops ?? 0),
        unitLabel: 'IOPS',
        ...(usage.fraction ? { factor: usage.fraction, factorWords: share } : {}),
      },
    },
  ];
}
