import type { EbsItem, EfsItem, S3Item } from '../requirements/requirement-items';
import {
  EBS_VOLUME_TYPES,
  EFS_THROUGHPUT_MODES,
  S3_RETRIEVAL_TIERS,
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

/**
 * `standard 1000gb [put=1m] [get=10m] [retrieval=50gb]`: no requests named means none. Features:
 * `[tier=expedited|standard|bulk] [restores=N] [transitions=N] [ia=GB] [archive-instant=GB]
 * [objects=N] [select-scanned=GB] [select-returned=GB]`.
 */
export function s3Spec(r: SpecReader, base: Base): S3Item {
  const storageClass = r.take(parseS3StorageClass) ?? 'standard';
  const storageGb = size(r, 'storage', 0);
  const putRequests = r.number(['put', 'puts'], { what: 'PUT requests' }) ?? 0;
  const getRequests = r.number(['get', 'gets'], { what: 'GET requests' }) ?? 0;
  const retrievalGb = r.number(['retrieval'], { what: 'retrieval GB', units: GB });
  const tier = r.text(['tier']);
  const retrievalTier = tier === undefined ? undefined : wordOf(S3_RETRIEVAL_TIERS, tier);
  if (tier !== undefined && !retrievalTier)
    r.fail(`tier=${tier} is not a retrieval tier (${S3_RETRIEVAL_TIERS.join(', ')})`);
  const features = {
    retrievalTier,
    retrievalRequests: r.number(['restores'], { what: 'restore requests' }),
    lifecycleTransitions: r.number(['transitions'], { what: 'lifecycle transition requests' }),
    infrequentAccessGb: r.number(['ia'], { what: 'Infrequent Access GB', units: GB }),
    archiveInstantAccessGb: r.number(['archive-instant'], {
      what: 'Archive Instant Access GB',
      units: GB,
    }),
    monitoredObjects: r.number(['objects'], { what: 'monitored objects' }),
    selectScannedGb: r.number(['select-scanned'], { what: 'GB scanned', units: GB }),
    selectReturnedGb: r.number(['select-returned'], { what: 'GB returned', units: GB }),
  };
  r.done();
  const given = Object.fromEntries(Object.entries(features).filter(([, v]) => v !== undefined));
  return {
    ...base,
    service: 's3',
    storageClass,
    storageGb,
    putRequests,
    getRequests,
    retrievalGb,
    ...given,
  };
}

/** `standard 100gb [elastic|bursting|provisioned] [throughput=50] [read=100gb] [write=20gb] [ia-read=GB] [ia-write=GB]` */
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
  const iaReadGb = r.number(['ia-read'], { what: 'GB read from IA', units: GB });
  const iaWriteGb = r.number(['ia-write'], { what: 'GB written to IA', units: GB });
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
    ...(iaReadGb === undefined ? {} : { iaReadGb }),
    ...(iaWriteGb === undefined ? {} : { iaWriteGb }),
  };
}
