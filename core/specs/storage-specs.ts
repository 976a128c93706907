import type { EbsItem, EfsItem, S3Item } from '../requirements/requirement-items';
import {
  EBS_VOLUME_TYPES,
  EFS_THROUGHPUT_MODES,
  parseEfsStorageClass,
  parseS3StorageClass,
  wordOf,
} from '../vocabulary/items';
import { parseEbsType } from '../vocabulary/storage-types';
import type { SpecReader } from './spec-text';

type Base = { readonly id: string; readonly quantity: number };

const GB = ['gib', 'gb'] as const;
const EBS_TYPE_WORDS = `the volume type (${EBS_VOLUME_TYPES.join(', ')})`;

/** The size: `500gb`, or a bare number (`gp3 500`). */
function size(r: SpecReader, what: string, min: number, max?: number): number {
  return r.required(
    r.number(['size', 'storage', 'gb'], { what, units: GB, min, max }) ??
      r.takeMeasure({ what, units: GB, min, max }, true),
    `${what} (e.g. 500gb)`,
  );
}

/** `gp3 500gb [iops=6000] [throughput=250] [snapshot=100gb] [fsr=2]` (fsr: snapshot × AZ pairs with fast snapshot restore) */
export function ebsSpec(r: SpecReader, base: Base): EbsItem {
  const volumeType = r.take(parseEbsType);
  const storageGb = size(r, 'volume size', 1, 65_536);
  const iops = r.number(['iops'], { what: 'IOPS' });
  const throughputMbps = r.number(['throughput'], { what: 'throughput MB/s', units: ['mbps'] });
  const snapshotGb = r.number(['snapshot', 'snapshots'], { what: 'snapshot GB', units: GB });
  const fastSnapshotRestores = r.number(['fsr'], { what: 'fast snapshot restores', min: 0 });
  r.done();
  return {
    ...base,
    service: 'ebs',
    volumeType: r.required(volumeType, EBS_TYPE_WORDS),
    storageGb,
    iops,
    throughputMbps,
    snapshotGb,
    ...(fastSnapshotRestores !== undefined ? { fastSnapshotRestores } : {}),
  };
}

/** `standard 1000gb [put=1m] [get=10m] [retrieval=50gb]`: no requests named means none. */
export function s3Spec(r: SpecReader, base: Base): S3Item {
  const storageClass = r.take(parseS3StorageClass) ?? 'standard';
  const storageGb = size(r, 'storage', 0);
  const putRequests = r.number(['put', 'puts'], { what: 'PUT requests' }) ?? 0;
  const getRequests = r.number(['get', 'gets'], { what: 'GET requests' }) ?? 0;
  const retrievalGb = r.number(['retrieval'], { what: 'retrieval GB', units: GB });
  r.done();
  return { ...base, service: 's3', storageClass, storageGb, putRequests, getRequests, retrievalGb };
}

/** `standard 100gb [elastic|bursting|provisioned] [throughput=50] [read=100gb] [write=20gb]` */
export function efsSpec(r: SpecReader, base: Base): EfsItem {
  const throughputMode = r.take((w) => wordOf(EFS_THROUGHPUT_MODES, w));
  const storageClass = r.take(parseEfsStorageClass) ?? 'standard';
  const storageGb = size(r, 'storage', 0);
  const provisionedThroughputMbps = r.number(['throughput'], {
    what: 'provisioned throughput MB/s',
    units: ['mbps'],
  });
  const readGb = r.number(['read'], { what: 'GB read', units: GB });
  const writeGb = r.number(['write'], { what: 'GB written', units: GB });
  r.done();
  return {
    ...base,
    service: 'efs',
    storageClass,
    storageGb,
    throughputMode,
    provisionedThroughputMbps,
    readGb,
    writeGb,
  };
}
