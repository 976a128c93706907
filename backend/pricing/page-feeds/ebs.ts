import { usageType } from '../../../core';
import type { FeedMapper } from './feed-mapper';
import type { RecordShape } from './feed-records';
import { feedRecord } from './feed-records';

type Shape = (region: string) => RecordShape;

const storage =
  (volumeApiName: string): Shape =>
  () => ({ productFamily: 'Storage', attributes: { volumeApiName }, unit: 'GB-Mo' });
const iops =
  (volumeApiName: string, beginRange = '0', endRange = 'Inf'): Shape =>
  () => ({
    productFamily: 'System Operation',
    attributes: { volumeApiName },
    unit: 'IOPS-Mo',
    beginRange,
    endRange,
  });

/**
 * The EBS feed's row keys the catalog reads, with the Price List product each one is. io2 IOPS are
 * one product per tier in the feed; the catalog keeps them as the tiers of one price
 * (0–32,000, 32,000–64,000, above 64,000 IOPS, aws.amazon.com/ebs/pricing/). gp3 throughput is
 * per GiBps-month, as published (the Price List unit `GiBps-mo`).
 */
const KEYS: Readonly<Record<string, Shape>> = {
  'Storage General Purpose gp2 GB Mo': storage('gp2'),
  'Storage General Purpose gp3 GB Mo': storage('gp3'),
  'Storage Provisioned IOPS io1 GB Mo': storage('io1'),
  'Storage Provisioned IOPS io2 GB month': storage('io2'),
  'Storage Throughput Optimized HDD st1 GB Mo': storage('st1'),
  'Storage Cold HDD sc1 GB Mo': storage('sc1'),
  'Storage Magnetic standard GB Mo': storage('standard'),
  'Provisioned EBS IOPS gp3 Volumes per IOPS Mo': iops('gp3'),
  'Provisioned EBS IOPS io1 Volumes per IOPS Mo': iops('io1'),
  'Provisioned EBS IOPS io2 Volumes per IOPS Mo': iops('io2', '0', '32000'),
  'Provisioned EBS IOPS Tier 2 io2 Volumes per IOPS Mo': iops('io2', '32000', '64000'),
  'Provisioned EBS IOPS Tier 3 io2 Volumes per IOPS Mo': iops('io2', '64000', 'Inf'),
  'Provisioned Throughput gp3 per GiBps mo': () => ({
    productFamily: 'Provisioned Throughput',
    attributes: { volumeApiName: 'gp3' },
    unit: 'GiBps-mo',
  }),
  // One Data Services Unit (a snapshot enabled in one Availability Zone) per hour.
  'Fast Snapshot Restore per hours': () => ({
    productFamily: 'Fast Snapshot Restore',
    attributes: { volumeApiName: 'Any' },
    unit: 'DSU-Hours',
  }),
  'Storage Snapshot Amazon S3 GB Mo': (region) => ({
    productFamily: 'Storage Snapshot',
    attributes: { usagetype: usageType(region, 'EBS:SnapshotUsage', { prefixedInUsEast1: false }) },
    unit: 'GB-Mo',
  }),
};

/** EBS volume storage, provisioned IOPS and throughput, snapshots and fast snapshot restore, every location in one file. */
export const ebs: FeedMapper = {
  service: 'AmazonEC2',
  map(row, ctx) {
    const shape = KEYS[row.key];
    if (!shape)
      return {
        skip: 'not a volume, IOPS, throughput or snapshot price the catalog keeps (archive, direct APIs, …)',
      };
    return [feedRecord(ctx, row, shape(ctx.region))];
  },
};
