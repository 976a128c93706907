import type { EbsItem, Ec2Item, RequirementItem } from '../../requirements/requirement-items';
import type { Requirements } from '../../requirements/requirements';
import {
  BULK_EBS_COLUMNS,
  BULK_EBS_SECTIONS,
  BULK_EC2_COLUMNS,
  BULK_EC2_SECTIONS,
  BULK_HOST_COLUMNS,
} from '../formats/bulk-import-layout';
import { bulkImportOsName } from '../../vocabulary/operating-systems';
import { formatPricingModel } from '../../vocabulary/pricing-models';
import { EBS_TYPE_NAMES } from '../../vocabulary/storage-types';
import type { SheetSpec, SpecValue } from './sheet-spec';
import type { BulkOmission } from './bulk-sheet';
import { bulkSheet } from './bulk-sheet';

/** The calculator's bulk-import templates: one workbook each. */
export const BULK_WORKBOOKS = ['ec2', 'ebs', 'hosts'] as const;
export type BulkWorkbook = (typeof BULK_WORKBOOKS)[number];

/** The template names as calculator.aws shows them (domain-notes §1.2). */
export const BULK_WORKBOOK_TITLES: Readonly<Record<BulkWorkbook, string>> = {
  ec2: 'Amazon EC2 instances',
  ebs: 'Amazon EBS volumes',
  hosts: 'Amazon EC2 Dedicated Hosts',
};

export interface BulkExportSkip {
  readonly itemId: string;
  readonly reason: string;
}

export interface BulkImportExport {
  /** The "Amazon EC2 instances" `Inputs` sheet, or null when no EC2 item fits it. */
  readonly ec2: SheetSpec | null;
  /** The "Amazon EBS volumes" `Inputs` sheet, or null when there is no EBS item. */
  readonly ebs: SheetSpec | null;
  /** The "Amazon EC2 Dedicated Hosts" `Inputs` sheet, or null when no host item fits it. */
  readonly hosts: SheetSpec | null;
  /** Item ids written to each workbook, in row order. */
  readonly written: Readonly<Record<BulkWorkbook, readonly string[]>>;
  /** Items no bulk-import template can take, with why. */
  readonly skipped: readonly BulkExportSkip[];
}

/** The calculator refuses `>`, `<` and `&` in groups and descriptions. */
const clean = (t: string | undefined): string | null =>
  t ? t.replace(/[<>&]/g, ' ').replace(/\s+/g, ' ').trim() : null;

type Row = { workbook: BulkWorkbook; values: SpecValue[] } | { skip: string };

/**
 * Requirements -> the AWS Pricing Calculator's bulk-import workbooks (exact headers, sheet
 * `Inputs`), so an estimate can be loaded into calculator.aws. `resolvedTypes` names the instance
 * type the engine chose for sized items (item id -> type); sized items without one are skipped.
 */
export function bulkImportExportSpecs(
  requirements: Requirements,
  resolvedTypes: Readonly<Record<string, string>> = {},
): BulkImportExport {
  const skipped: BulkExportSkip[] = [];
  const rows: Record<BulkWorkbook, SpecValue[][]> = { ec2: [], ebs: [], hosts: [] };
  const written: Record<BulkWorkbook, string[]> = { ec2: [], ebs: [], hosts: [] };
  for (const item of requirements.items) {
    const row = bulkRow(item, requirements, resolvedTypes);
    if ('skip' in row) skipped.push({ itemId: item.id, reason: row.skip });
    else {
      rows[row.workbook].push(row.values);
      written[row.workbook].push(item.id);
    }
  }
  const sheet = (w: BulkWorkbook, make: (r: SpecValue[][]) => SheetSpec) =>
    rows[w].length ? make(rows[w]) : null;
  return {
    ec2: sheet('ec2', (r) => bulkSheet(BULK_EC2_COLUMNS, BULK_EC2_SECTIONS, r)),
    ebs: sheet('ebs', (r) => bulkSheet(BULK_EBS_COLUMNS, BULK_EBS_SECTIONS, r)),
    // The Dedicated Hosts template's row-2 section titles are not on record: row 2 stays blank.
    hosts: sheet('hosts', (r) => bulkSheet(BULK_HOST_COLUMNS, [], r)),
    written,
    skipped,
  };
}

function bulkRow(
  item: RequirementItem,
  req: Requirements,
  resolved: Readonly<Record<string, string>>,
): Row {
  const region = item.region ?? req.settings.region;
  if (item.service === 'ebs') return { workbook: 'ebs', values: ebsRow(item, region) };
  if (item.service !== 'ec2')
    return {
      skip: `${item.service}: the AWS Pricing Calculator's bulk import has templates for EC2 instances, EC2 Dedicated Hosts and EBS volumes only`,
    };
  return item.dedicatedHostFamily
    ? hostRow(item, item.dedicatedHostFamily, region, req)
    : ec2Row(item, region, req, resolved);
}

/** Hours a month the item runs, when it says (hours or utilisation); undefined = always on. */
function monthlyHours(item: Ec2Item): number | undefined {
  return (
    item.hoursPerMonth ??
    (item.utilizationPct !== undefined ? (item.utilizationPct * 730) / 100 : undefined)
  );
}

function ec2Row(
  item: Ec2Item,
  region: string,
  req: Requirements,
  resolved: Readonly<Record<string, string>>,
): Row {
  const type = item.instanceType ?? resolved[item.id];
  const model = item.pricingModel ?? req.settings.pricingModel;
  if (!type)
    return { skip: 'no instance type: price the estimate first so the sized type is known' };
  if (model.kind === 'spot' || model.kind === 'reserved')
    return {
      skip: `the bulk import offers On-Demand and Savings Plans only, not ${formatPricingModel(model)}`,
    };
  const hours = monthlyHours(item);
  const alwaysOn = hours === undefined || hours >= 730;
  const values = [
    clean(item.group?.join(' ')),
    clean(item.description),
    region,
    bulkImportOsName(item.os),
    type,
    item.tenancy === 'dedicated' ? 'Dedicated Instances' : 'Shared Instances',
    item.quantity,
    alwaysOn ? null : Math.round((hours * 168) / 730),
    alwaysOn ? 'Always On' : 'Hours/Week',
    formatPricingModel(model),
  ];
  return { workbook: 'ec2', values };
}

/** Dedicated Hosts: family, number of hosts and purchasing option; the template has no usage. */
function hostRow(item: Ec2Item, family: string, region: string, req: Requirements): Row {
  const model = item.pricingModel ?? req.settings.pricingModel;
  if (model.kind === 'spot') return { skip: 'Dedicated Hosts cannot be Spot' };
  const hours = monthlyHours(item);
  if (hours !== undefined && hours < 730)
    return {
      skip: `the Dedicated Hosts template has no usage column (a host is priced for the whole month); this line runs ${hours} h a month`,
    };
  const values = [
    clean(item.group?.join(' ')),
    clean(item.description),
    region,
    family,
    item.quantity,
    formatPricingModel(model),
  ];
  return { workbook: 'hosts', values };
}

function ebsRow(item: EbsItem, region: string): SpecValue[] {
  return [
    clean(item.group?.join(' ')),
    clean(item.description),
    region,
    EBS_TYPE_NAMES[item.volumeType],
    item.hoursPerMonth ?? 730,
    item.quantity,
    item.storageGb,
    item.iops ?? null,
    item.throughputMbps ?? null,
    // Our snapshot figure is GB-months already: one monthly snapshot of that size bills the same.
    item.snapshotGb ? 'Monthly' : 'No snapshot storage',
    item.snapshotGb ?? null,
  ];
}

/**
 * Every requirement item the `workbook` does not carry, with why (in another bulk-import
 * workbook, or no template can express it), in requirement order — the rows of the workbook's
 * second sheet (`bulkOmissionsSheet`), so nothing is dropped silently.
 */
export function bulkOmissions(
  requirements: Requirements,
  out: BulkImportExport,
  workbook: BulkWorkbook,
): BulkOmission[] {
  const reasons = new Map(out.skipped.map((s) => [s.itemId, s.reason]));
  for (const other of BULK_WORKBOOKS)
    if (other !== workbook)
      for (const id of out.written[other])
        reasons.set(id, `in the ${BULK_WORKBOOK_TITLES[other]} bulk-import workbook`);
  return requirements.items
    .filter((i) => reasons.has(i.id))
    .map((i) => ({
      itemId: i.id,
      service: i.service,
      group: i.group?.join(' > ') ?? '',
      description: i.description ?? '',
      reason: reasons.get(i.id)!,
    }));
}
