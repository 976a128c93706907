import type { EbsItem } from '../../requirements/requirement-items';
import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import type { RowReader } from '../read/row-reader';
import { findHeaderRow } from '../read/header-match';
import type { HeaderMatch } from '../read/header-match';
import type { BulkColumn } from '../formats/bulk-import-layout';
import { BULK_IMPORT_ROW_LIMIT } from '../formats/bulk-import-layout';
import {
  EBS_TYPE_NAMES,
  SNAPSHOTS_PER_MONTH,
  parseEbsType,
  parseSnapshotFrequency,
} from '../../vocabulary/storage-types';
import { parseGroupPath } from '../read/data-rows';
import { EBS_VOLUME_TYPES } from '../../vocabulary/items';

export function bulkHeader<F extends string>(
  sheet: GridSheet,
  columns: readonly BulkColumn<F>[],
  issues: IssueCollector,
): HeaderMatch<F> | null {
  const match = findHeaderRow(sheet, columns, { minMatches: 3 });
  if (!match) {
    issues.error(
      sheet.name,
      null,
      null,
      'header.not-found',
      'no bulk-import header row found in the first 15 rows (expected "AWS Region" and the other template headers)',
    );
    return null;
  }
  for (const f of match.missing) {
    const col = columns.find((x) => x.field === f)!;
    issues.error(
      sheet.name,
      match.headerRow,
      null,
      'header.missing',
      `required column "${col.header.replace(/\n/g, ' ')}" is missing from the header row`,
    );
  }
  return match.missing.length ? null : match;
}

export function warnOverCalculatorLimit(
  sheet: GridSheet,
  rows: number,
  issues: IssueCollector,
): void {
  if (rows > BULK_IMPORT_ROW_LIMIT) {
    issues.warning(
      sheet.name,
      null,
      null,
      'bulk.row-limit',
      `has ${rows} rows; the AWS Pricing Calculator accepts at most ${BULK_IMPORT_ROW_LIMIT} per upload (all rows are read here)`,
    );
  }
}

/** Group and description: the calculator refuses `>`, `<` and `&`; we read them but say so. */
export function readGroupAndDescription<F extends string>(
  r: RowReader<F | 'group' | 'description'>,
): { group?: string[]; description?: string } {
  const group = r.text('group', 'group');
  const description = r.text('description', 'description');
  for (const [field, value] of [
    ['group', group],
    ['description', description],
  ] as const) {
    if (value !== undefined && /[<>&]/.test(value)) {
      r.warn(
        field,
        'bulk.forbidden-character',
        `${field} contains '>', '<' or '&', which the AWS Pricing Calculator refuses`,
      );
    }
  }
  // The bulk template's group is one name, not a path: keep `>` out of the path split.
  return {
    group: group === undefined ? undefined : parseGroupPath(group.replace(/>/g, ' ')),
    description,
  };
}

const EBS_TYPE_LIST = Object.values(EBS_TYPE_NAMES).join(', ');
const PROVISIONED_IOPS_TYPES: readonly string[] = ['gp3', 'io1', 'io2'];

type EbsFields =
  'storageType' | 'storageGb' | 'iops' | 'throughputMbps' | 'snapshotFrequency' | 'snapshotGb';

/**
 * The optional EBS columns of a row -> an EBS item, or undefined when no storage was given.
 * Snapshot storage per month = GB changed per snapshot × snapshots per month (daily = 30);
 * the first full snapshot is not added.
 */
export function readEbsColumns<F extends string>(
  r: RowReader<F | EbsFields>,
  base: { id: string; quantity: number; region?: string; group?: string[]; description?: string },
  options: { requireStorage: boolean; hoursPerMonth?: number },
): EbsItem | undefined {
  const volumeType = r.choice(
    'storageType',
    'storage type',
    parseEbsType,
    EBS_TYPE_LIST,
    options.requireStorage,
  );
  const storageGb = r.number(
    'storageGb',
    'storage amount',
    { unit: 'GB', min: 0, exclusiveMin: true },
    options.requireStorage || volumeType !== undefined,
  );
  if (storageGb !== undefined && r.isBlank('storageType'))
    r.fail(
      'storageType',
      'ebs.type-required',
      `storage type is required when a storage amount is given; one of ${EBS_VOLUME_TYPES.join(', ')}`,
    );
  const iops = r.number('iops', 'provisioned IOPS', { integer: true, min: 0 });
  const throughputMbps = r.number('throughputMbps', 'throughput', { unit: 'MB/s', min: 0 });
  const frequency = r.choice(
    'snapshotFrequency',
    'snapshot frequency',
    parseSnapshotFrequency,
    'No snapshot storage, Hourly, 6x Daily, 2x Daily, Daily, Weekly, Monthly',
  );
  const changedGb = r.number('snapshotGb', 'snapshot amount', { unit: 'GB per snapshot', min: 0 });
  if (frequency && frequency !== 'none' && changedGb === undefined)
    r.fail(
      'snapshotGb',
      'ebs.snapshot-amount',
      'snapshot amount (GB per snapshot) is required when a snapshot frequency is given',
    );
  if (volumeType === undefined || storageGb === undefined) return undefined;
  if (iops !== undefined && !PROVISIONED_IOPS_TYPES.includes(volumeType))
    r.warn(
      'iops',
      'ebs.iops-ignored',
      `provisioned IOPS apply to gp3, io1 and io2 only; ignored for ${volumeType}`,
    );
  const snapshotGb =
    frequency && frequency !== 'none' && changedGb !== undefined
      ? changedGb * SNAPSHOTS_PER_MONTH[frequency]
      : undefined;
  return {
    ...base,
    id: `${base.id}-ebs`,
    service: 'ebs',
    volumeType,
    storageGb,
    iops: PROVISIONED_IOPS_TYPES.includes(volumeType) ? iops : undefined,
    throughputMbps: volumeType === 'gp3' ? throughputMbps : undefined,
    snapshotGb,
    hoursPerMonth: options.hoursPerMonth,
    source: r.source(),
  };
}
