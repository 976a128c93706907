import type { EbsItem, Ec2Item } from '../../requirements/requirement-items';
import type { Requirements } from '../../requirements/requirements';
import { columnLetters } from '../grid/cell-address';
import type { BulkColumn } from '../formats/bulk-import-layout';
import {
  BULK_EBS_COLUMNS,
  BULK_EBS_SECTIONS,
  BULK_EC2_COLUMNS,
  BULK_EC2_SECTIONS,
  BULK_FIRST_COLUMN,
  BULK_HEADER_ROW,
  BULK_SECTION_ROW,
  BULK_SHEET,
} from '../formats/bulk-import-layout';
import { bulkImportOsName } from '../../vocabulary/operating-systems';
import { formatPricingModel } from '../../vocabulary/pricing-models';
import { EBS_TYPE_NAMES } from '../../vocabulary/storage-types';
import { SheetBuilder } from './sheet-builder';
import type { SheetSpec, SpecValue } from './sheet-spec';
import { TEXT_FORMAT } from './sheet-spec';

export interface BulkExportSkip {
  readonly itemId: string;
  readonly reason: string;
}

export interface BulkImportExport {
  /** The "Amazon EC2 instances" workbook (sheet `Inputs`), or null when no EC2 item fits it. */
  readonly ec2: SheetSpec | null;
  /** The "Amazon EBS volumes" workbook, or null when there is no EBS item. */
  readonly ebs: SheetSpec | null;
  /** Items the calculator's bulk import cannot take, with why. */
  readonly skipped: readonly BulkExportSkip[];
}

/** The calculator refuses `>`, `<` and `&` in groups and descriptions. */
const clean = (t: string | undefined): string | null =>
  t ? t.replace(/[<>&]/g, ' ').replace(/\s+/g, ' ').trim() : null;

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
  const region = requirements.settings.region;
  const ec2Rows: SpecValue[][] = [];
  const ebsRows: SpecValue[][] = [];
  for (const item of requirements.items) {
    if (item.service === 'ec2') {
      const row = ec2Row(item, region, requirements, resolvedTypes, skipped);
      if (row) ec2Rows.push(row);
    } else if (item.service === 'ebs') ebsRows.push(ebsRow(item, region));
    else
      skipped.push({
        itemId: item.id,
        reason: `${item.service} has no AWS Pricing Calculator bulk-import template (EC2 and EBS only)`,
      });
  }
  return {
    ec2: ec2Rows.length ? bulkSheet(BULK_EC2_COLUMNS, BULK_EC2_SECTIONS, ec2Rows) : null,
    ebs: ebsRows.length ? bulkSheet(BULK_EBS_COLUMNS, BULK_EBS_SECTIONS, ebsRows) : null,
    skipped,
  };
}

function ec2Row(
  item: Ec2Item,
  region: string,
  req: Requirements,
  resolved: Readonly<Record<string, string>>,
  skipped: BulkExportSkip[],
): SpecValue[] | null {
  const type = item.instanceType ?? resolved[item.id];
  const model = item.pricingModel ?? req.settings.pricingModel;
  const skip = (reason: string) => (skipped.push({ itemId: item.id, reason }), null);
  if (item.dedicatedHostFamily)
    return skip("Dedicated Hosts use the calculator's separate Dedicated Hosts template");
  if (!type) return skip('no instance type: price the estimate first so the sized type is known');
  if (model.kind === 'spot' || model.kind === 'reserved')
    return skip(
      `the bulk import offers On-Demand and Savings Plans only, not ${formatPricingModel(model)}`,
    );
  const hours =
    item.hoursPerMonth ??
    (item.utilizationPct !== undefined ? (item.utilizationPct * 730) / 100 : undefined);
  const alwaysOn = hours === undefined || hours >= 730;
  return [
    clean(item.group?.join(' ')),
    clean(item.description),
    item.region ?? region,
    bulkImportOsName(item.os),
    type,
    item.tenancy === 'dedicated' ? 'Dedicated Instances' : 'Shared Instances',
    item.quantity,
    alwaysOn ? null : Math.round((hours * 168) / 730),
    alwaysOn ? 'Always On' : 'Hours/Week',
    formatPricingModel(model),
    null,
    null,
    null,
    null,
    null,
    null,
  ];
}

function ebsRow(item: EbsItem, region: string): SpecValue[] {
  return [
    clean(item.group?.join(' ')),
    clean(item.description),
    item.region ?? region,
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

function bulkSheet<F extends string>(
  columns: readonly BulkColumn<F>[],
  sections: readonly (readonly [string, F, F])[],
  rows: SpecValue[][],
): SheetSpec {
  const b = new SheetBuilder(BULK_SHEET);
  const colOf = (f: F) => BULK_FIRST_COLUMN + columns.findIndex((c) => c.field === f);
  for (const [title, first, last] of sections) {
    b.set(BULK_SECTION_ROW, colOf(first), title, { style: { bold: true, horizontal: 'center' } });
    b.merge(
      `${columnLetters(colOf(first))}${BULK_SECTION_ROW}:${columnLetters(colOf(last))}${BULK_SECTION_ROW}`,
    );
  }
  columns.forEach((c, i) => {
    b.set(BULK_HEADER_ROW, BULK_FIRST_COLUMN + i, c.header, { style: { bold: true, wrap: true } });
    b.width(columnLetters(BULK_FIRST_COLUMN + i), c.width);
  });
  b.width('A', 6);
  // The calculator's headers hold up to three line breaks.
  b.height(BULK_HEADER_ROW, 64);
  rows.forEach((values, r) => {
    const row = BULK_HEADER_ROW + 1 + r;
    b.set(row, 1, r + 1);
    values.forEach((v, i) => {
      if (v === null) return;
      // Group and description are user text: keep them Text so Excel never evaluates them.
      if (i < 2) b.set(row, BULK_FIRST_COLUMN + i, v, { numberFormat: TEXT_FORMAT });
      else b.set(row, BULK_FIRST_COLUMN + i, v);
    });
  });
  b.freezePanes(BULK_HEADER_ROW, 0);
  return b.build();
}
