import type { ColumnDef } from '../read/header-match';

/**
 * The AWS Pricing Calculator bulk-import workbooks (calculator.aws -> Bulk import -> Download
 * Excel template): worksheet `Inputs`, row 2 section titles, row 3 column headers starting in
 * column B, column A blank or a row number, data from row 4. Header texts are exact, line breaks
 * included (domain-notes §1.2); the reader matches them ignoring case, spaces and line breaks,
 * and the exporter writes them exactly.
 */
export const BULK_SHEET = 'Inputs';
export const BULK_SECTION_ROW = 2;
export const BULK_HEADER_ROW = 3;
export const BULK_FIRST_COLUMN = 2;

export interface BulkColumn<F extends string> extends ColumnDef<F> {
  /** The exact header text of the AWS template. */
  readonly header: string;
  readonly width: number;
}

const GROUP = "Group\n(Group name cannot contain '>', '<' and '&')";
const DESCRIPTION = "Description\n(Description cannot contain '>', '<' and '&')";

const c = <F extends string>(
  field: F,
  header: string,
  width: number,
  required = false,
  aliases: string[] = [],
): BulkColumn<F> => ({
  field,
  header,
  width,
  aliases: [header, ...aliases],
  ...(required ? { required: true } : {}),
});

export type BulkEc2Field =
  | 'group'
  | 'description'
  | 'region'
  | 'os'
  | 'instanceType'
  | 'tenancy'
  | 'quantity'
  | 'assumedUsage'
  | 'usageType'
  | 'purchasingOption'
  | 'storageType'
  | 'storageGb'
  | 'iops'
  | 'throughputMbps'
  | 'snapshotFrequency'
  | 'snapshotGb';

export const BULK_EC2_COLUMNS: readonly BulkColumn<BulkEc2Field>[] = [
  c('group', GROUP, 22, false, ['Group']),
  c('description', DESCRIPTION, 28, false, ['Description']),
  c('region', 'AWS Region', 16, true),
  c('os', 'Operating System', 30, true),
  c('instanceType', 'Instance Type', 16, true),
  c('tenancy', 'Tenancy', 18, true),
  c('quantity', 'Number of Instances', 12, true),
  c('assumedUsage', 'Assumed Usage', 12, false),
  c('usageType', 'Usage Type', 14, true),
  c('purchasingOption', 'Purchasing Option', 40, true, ['Purchasing Options']),
  c('storageType', 'Storage Type', 28),
  c('storageGb', 'Storage amount per Instance\n(GB)', 14),
  c('iops', 'Provisioning IOPS per instance\n(applicable for\ngp3, io1, io2)', 16),
  c('throughputMbps', 'EBS Throughput per Instance\n(applicable for gp3)\n(Mbps)', 16),
  c('snapshotFrequency', 'Snapshot Frequency', 18),
  c('snapshotGb', 'EBS Snapshot amount per Instance (GB/snapshot)', 18),
];

/** Row-2 section titles of the EC2 template: [title, first field, last field]. */
export const BULK_EC2_SECTIONS: readonly (readonly [string, BulkEc2Field, BulkEc2Field])[] = [
  ['Elastic Cloud Compute (EC2) Specifications', 'group', 'purchasingOption'],
  ['Elastic Block Storage (EBS) Specifications (Optional)', 'storageType', 'snapshotGb'],
];

export type BulkEbsField =
  | 'group'
  | 'description'
  | 'region'
  | 'storageType'
  | 'hoursPerMonth'
  | 'quantity'
  | 'storageGb'
  | 'iops'
  | 'throughputMbps'
  | 'snapshotFrequency'
  | 'snapshotGb';

export const BULK_EBS_COLUMNS: readonly BulkColumn<BulkEbsField>[] = [
  c('group', GROUP, 22, false, ['Group']),
  c('description', DESCRIPTION, 28, false, ['Description']),
  c('region', 'AWS Region', 16, true),
  c('storageType', 'Storage Type', 28, true),
  c('hoursPerMonth', 'Average duration each instance runs\n(hours per month)', 18, true),
  c('quantity', 'Number\nof volumes', 12, true),
  c('storageGb', 'Storage amount\nper volume\n(GB)', 14, true),
  c('iops', 'Provisioning IOPS per volume\n(applicable for\ngp3, io1, io2)', 16),
  c('throughputMbps', 'EBS Throughput per volume\n(applicable for gp3)\n(Mbps)', 16),
  c('snapshotFrequency', 'Snapshot Frequency', 18),
  c('snapshotGb', 'EBS Snapshot amount\nper volume\n(GB/snapshot)', 18),
];

export const BULK_EBS_SECTIONS: readonly (readonly [string, BulkEbsField, BulkEbsField])[] = [
  ['Elastic Block Storage (EBS) Specifications', 'group', 'snapshotGb'],
];

export type BulkHostField =
  | 'group'
  | 'description'
  | 'region'
  | 'instanceFamily'
  | 'quantity'
  | 'purchasingOption'
  | 'storageType'
  | 'storageGb'
  | 'iops'
  | 'throughputMbps';

export const BULK_HOST_COLUMNS: readonly BulkColumn<BulkHostField>[] = [
  c('group', 'Group', 22, false, [GROUP]),
  c('description', 'Description', 28, false, [DESCRIPTION]),
  c('region', 'AWS Region', 16, true),
  c('instanceFamily', 'Instance Family', 14, true),
  c('quantity', 'Number of Hosts', 12, true),
  c('purchasingOption', 'Purchasing Option', 40, true, ['Purchasing Options']),
  c('storageType', 'Storage Type', 28),
  c('storageGb', 'Storage amount per Instance\n(GB)', 14),
  c('iops', 'Provisioning IOPS per instance\n(applicable for\ngp3, io1, io2)', 16),
  c('throughputMbps', 'EBS Throughput per Instance\n(applicable for gp3)\n(Mbps)', 16),
];

/** The calculator's limit per upload; more rows are a warning (our reader takes them all). */
export const BULK_IMPORT_ROW_LIMIT = 1000;
