import type { PriceRecord, PriceSource } from '../../core/catalog/price-record';
import { CURATED_REGIONS as REGIONS, curated, usagePrefix } from './curated-record';
import { multiplyDecimal, plainDecimal } from './decimal';
import type { Feed } from './feeds';
import type { ReferenceFacts, Sourced } from './published';

/** One EBS volume type: Price List volumeType and usage type, and its feed key. */
const VOLUMES: readonly (readonly [string, string, string, string])[] = [
  ['gp3', 'General Purpose', 'VolumeUsage.gp3', 'Storage General Purpose gp3 GB Mo'],
  ['gp2', 'General Purpose', 'VolumeUsage.gp2', 'Storage General Purpose gp2 GB Mo'],
  ['io1', 'Provisioned IOPS', 'VolumeUsage.piops', 'Storage Provisioned IOPS io1 GB Mo'],
  ['io2', 'Provisioned IOPS', 'VolumeUsage.io2', 'Storage Provisioned IOPS io2 GB month'],
  [
    'st1',
    'Throughput Optimized HDD',
    'VolumeUsage.st1',
    'Storage Throughput Optimized HDD st1 GB Mo',
  ],
  ['sc1', 'Cold HDD', 'VolumeUsage.sc1', 'Storage Cold HDD sc1 GB Mo'],
  ['standard', 'Magnetic', 'VolumeUsage', 'Storage Magnetic standard GB Mo'],
];

/** Provisioned IOPS per IOPS-month: volume, usage type, tier range, feed key. */
const IOPS: readonly (readonly [string, string, string, string, string])[] = [
  ['gp3', 'VolumeP-IOPS.gp3', '0', 'Inf', 'Provisioned EBS IOPS gp3 Volumes per IOPS Mo'],
  ['io1', 'VolumeP-IOPS.piops', '0', 'Inf', 'Provisioned EBS IOPS io1 Volumes per IOPS Mo'],
  ['io2', 'VolumeP-IOPS.io2', '0', '32000', 'Provisioned EBS IOPS io2 Volumes per IOPS Mo'],
  [
    'io2',
    'VolumeP-IOPS.io2',
    '32000',
    '64000',
    'Provisioned EBS IOPS Tier 2 io2 Volumes per IOPS Mo',
  ],
  [
    'io2',
    'VolumeP-IOPS.io2',
    '64000',
    'Inf',
    'Provisioned EBS IOPS Tier 3 io2 Volumes per IOPS Mo',
  ],
];

/** 1 / 1024, exactly: the feed prices gp3 throughput per GiBps-month, the Price List per MiBps-month. */
const PER_MIBPS = '0.0009765625';

/**
 * EBS (AmazonEC2) in the six regions, every price from AWS's EBS pricing-page feed (2024-07-18):
 * storage per GB-month, provisioned IOPS (io2 in its three tiers), gp3 throughput, snapshots. The
 * May 2025 invoice's Singapore gp3 rate is newer and wins there.
 */
export function ebs(feed: Feed, facts: ReferenceFacts): PriceRecord[] {
  const gp3Singapore = facts.billRate(
    'ap-southeast-1',
    /General Purpose \(gp3\) provisioned storage/,
  );
  const records: PriceRecord[] = [];
  for (const region of REGIONS) {
    const pfx = usagePrefix(region);
    const rec = (
      family: string,
      attributes: Record<string, string>,
      unit: string,
      known: Sourced,
      what: string[],
      range: readonly [string, string] = ['0', 'Inf'],
    ) =>
      curated({
        service: 'AmazonEC2',
        region,
        productFamily: family,
        attributes,
        unit,
        price: known.price,
        source: known.source,
        beginRange: range[0],
        endRange: range[1],
        what,
      });
    for (const [api, volumeType, usage, key] of VOLUMES) {
      const known =
        api === 'gp3' && region === 'ap-southeast-1' ? gp3Singapore : feed.price(region, key);
      records.push(
        rec(
          'Storage',
          { volumeApiName: api, volumeType, usagetype: `${pfx}EBS:${usage}` },
          'GB-Mo',
          known,
          ['EBS', api, 'storage'],
        ),
      );
    }
    for (const [api, usage, begin, end, key] of IOPS) {
      records.push(
        rec(
          'System Operation',
          { volumeApiName: api, group: 'EBS IOPS', usagetype: `${pfx}EBS:${usage}` },
          'IOPS-Mo',
          feed.price(region, key),
          ['EBS', api, 'iops', ...(begin === '0' ? [] : [begin])],
          [begin, end],
        ),
      );
    }
    const perGibps = feed.price(region, 'Provisioned Throughput gp3 per GiBps mo');
    records.push(
      rec(
        'Provisioned Throughput',
        { volumeApiName: 'gp3', usagetype: `${pfx}EBS:VolumeP-Throughput.gp3` },
        'MiBps-Mo',
        {
          price: multiplyDecimal(decimalOf(perGibps.price), PER_MIBPS),
          source: withNote(perGibps.source, 'per GiBps-month ÷ 1024 = per MiBps-month'),
        },
        ['EBS', 'gp3', 'throughput'],
      ),
      rec(
        'Storage Snapshot',
        { storageMedia: 'Amazon S3', usagetype: `${pfx}EBS:SnapshotUsage` },
        'GB-Mo',
        feed.price(region, 'Storage Snapshot Amazon S3 GB Mo'),
        ['EBS', 'snapshot', 'storage'],
      ),
    );
  }
  return records;
}

/** A price as a plain decimal string without trailing zeros (`'40.9600000000'` → `'40.96'`). */
export function decimalOf(price: number | string): string {
  if (typeof price === 'number') return plainDecimal(price);
  return price.includes('.') ? price.replace(/0+$/, '').replace(/\.$/, '') : price;
}

export function withNote(source: PriceSource, extra: string): PriceSource {
  return { ...source, note: `${source.note ?? ''}; ${extra}` };
}
