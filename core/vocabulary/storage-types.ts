import type { EbsVolumeType } from '../requirements/requirement-items';
import { EBS_VOLUME_TYPES } from './items';

/** EBS volume types as the calculator names them (`General Purpose SSD (gp3)`) and as codes. */
export const EBS_TYPE_NAMES: Record<EbsVolumeType, string> = {
  gp2: 'General Purpose SSD (gp2)',
  gp3: 'General Purpose SSD (gp3)',
  io1: 'Provisioned IOPS SSD (io1)',
  io2: 'Provisioned IOPS SSD (io2)',
  st1: 'Throughput Optimized HDD (st1)',
  sc1: 'Cold HDD (sc1)',
  standard: 'Magnetic (standard)',
};

/** `gp3`, `GP3` or `General Purpose SSD (gp3)` -> `gp3` (cells and formulas alike). */
export function parseEbsType(text: string): EbsVolumeType | undefined {
  const t = text.trim().toLowerCase();
  const code = /\(([a-z0-9]+)\)\s*$/.exec(t)?.[1] ?? t;
  return EBS_VOLUME_TYPES.find((type) => type === code);
}

export type SnapshotFrequency =
  'none' | 'hourly' | '6x-daily' | '2x-daily' | 'daily' | 'weekly' | 'monthly';

/** Snapshots taken per month for each calculator frequency (30-day month). */
export const SNAPSHOTS_PER_MONTH: Record<SnapshotFrequency, number> = {
  none: 0,
  hourly: 730,
  '6x-daily': 180,
  '2x-daily': 60,
  daily: 30,
  weekly: 4,
  monthly: 1,
};

const SNAPSHOT_FREQUENCIES: Readonly<Record<string, SnapshotFrequency>> = {
  'no snapshot storage': 'none',
  none: 'none',
  hourly: 'hourly',
  '6x daily': '6x-daily',
  '2x daily': '2x-daily',
  daily: 'daily',
  weekly: 'weekly',
  monthly: 'monthly',
};

export function parseSnapshotFrequency(text: string): SnapshotFrequency | undefined {
  return SNAPSHOT_FREQUENCIES[text.trim().toLowerCase().replace(/\s+/g, ' ')];
}
