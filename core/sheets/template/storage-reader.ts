import type {
  EbsItem,
  EfsItem,
  RequirementItem,
  S3Item,
} from '../../requirements/requirement-items';
import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { RowReader } from '../read/row-reader';
import { dataRows, parseGroupPath, readRegion } from '../read/data-rows';
import { STORAGE_SHEET } from '../formats/template-layout';
import type { StorageField } from '../formats/template-layout';
import { parseEbsType } from '../../vocabulary/storage-types';
import {
  EBS_VOLUME_TYPES,
  EFS_STORAGE_CLASSES,
  S3_STORAGE_CLASSES,
  parseEfsStorageClass,
  parseS3StorageClass,
} from '../../vocabulary/items';
import { itemId, templateHeader } from './template-context';

type StorageService = 'EBS' | 'S3' | 'EFS';

/** Reads the Storage sheet: EBS volumes, S3 buckets and EFS file systems. */
export function readStorageSheet(sheet: GridSheet, issues: IssueCollector): RequirementItem[] {
  const header = templateHeader(sheet, STORAGE_SHEET, issues);
  if (!header) return [];
  const items: RequirementItem[] = [];
  for (const row of dataRows(sheet, header.headerRow, issues)) {
    const item = readStorageRow(new RowReader<StorageField>(sheet, row, header.columns, issues));
    if (item) items.push(item);
  }
  return items;
}

function readStorageRow(r: RowReader<StorageField>): RequirementItem | undefined {
  const service = r.choice<StorageService>(
    'service',
    'service',
    (t) => (['EBS', 'S3', 'EFS'] as const).find((s) => s === t.trim().toUpperCase()),
    'EBS, S3, EFS',
    true,
  );
  const storageGb = r.number(
    'storageGb',
    'storage',
    { unit: 'GB', min: 0, exclusiveMin: true },
    true,
  );
  const quantity = r.number('quantity', 'quantity', { integer: true, min: 1 }) ?? 1;
  const base = {
    id: itemId(r.sheet.name, r.row),
    description: r.text('description', 'description'),
    group: parseGroupPath(r.text('group', 'group')),
    region: readRegion(r, 'region'),
    quantity,
  };
  if (service === 'EBS') {
    const volumeType = r.choice(
      'type',
      'volume type',
      parseEbsType,
      EBS_VOLUME_TYPES.join(', '),
      true,
    );
    const iops = r.number('iops', 'IOPS', { integer: true, min: 0 });
    const throughputMbps = r.number('throughputMbps', 'throughput', { unit: 'MB/s', min: 0 });
    const snapshotGb = r.number('snapshotGb', 'snapshot storage', { unit: 'GB-months', min: 0 });
    if (volumeType === undefined || storageGb === undefined) return undefined;
    const item: EbsItem = {
      ...base,
      service: 'ebs',
      volumeType,
      storageGb,
      iops,
      throughputMbps,
      snapshotGb,
      source: r.source(),
    };
    return item;
  }
  if (service === 'S3') {
    const storageClass = r.choice(
      'type',
      'S3 storage class',
      parseS3StorageClass,
      S3_STORAGE_CLASSES.join(', '),
      true,
    );
    const putRequests = r.number('putRequests', 'PUT requests', { integer: true, min: 0 });
    const getRequests = r.number('getRequests', 'GET requests', { integer: true, min: 0 });
    if (storageClass === undefined || storageGb === undefined) return undefined;
    const item: S3Item = {
      ...base,
      service: 's3',
      storageClass,
      storageGb,
      putRequests,
      getRequests,
      source: r.source(),
    };
    return item;
  }
  if (service === 'EFS') {
    const storageClass = r.choice(
      'type',
      'EFS storage class',
      parseEfsStorageClass,
      EFS_STORAGE_CLASSES.join(', '),
      true,
    );
    if (storageClass === undefined || storageGb === undefined) return undefined;
    const item: EfsItem = { ...base, service: 'efs', storageClass, storageGb, source: r.source() };
    return item;
  }
  return undefined;
}
