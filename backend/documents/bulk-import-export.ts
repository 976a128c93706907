import type { BulkWorkbook, Estimate, Estimation, SheetSpec } from '../../core';
import {
  BULK_WORKBOOK_TITLES,
  bulkImportExportSpecs,
  bulkOmissions,
  bulkOmissionsSheet,
  isInstanceTypeName,
} from '../../core';
import { DocumentInputError } from './document-errors';

const BULK_WORKBOOK_ITEMS: Readonly<Record<BulkWorkbook, string>> = {
  ec2: 'EC2 instance',
  ebs: 'EBS volume',
  hosts: 'EC2 Dedicated Host',
};

/**
 * The instance type the engine chose for each sized EC2 item (no `instanceType`, only `sizing`),
 * read from its line: every EC2 instance component is named `<base> (<OS>, <pricing model>,
 * <type>)` (core/resources/compute-pricing.ts). Items the engine could not size have no priced
 * instance component and stay unresolved (the export then skips them and says why).
 */
export function resolvedInstanceTypes(
  estimation: Estimation,
  estimate: Estimate | null,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!estimate) return out;
  for (const item of estimation.requirements.items) {
    if (item.service !== 'ec2' || item.instanceType) continue;
    const line = estimate.lines.find((l) => l.itemId === item.id && l.service === 'ec2');
    const usage = line?.components.find(
      (c) => c.status === 'priced' && c.name.startsWith('Instance usage ('),
    );
    const type = usage?.name.match(/, ([^,()]+)\)$/)?.[1];
    if (type && isInstanceTypeName(type)) out[item.id] = type;
  }
  return out;
}

export interface BulkImportDocument {
  /** `Inputs` (what the calculator imports), then `Not in this import` when anything is left out. */
  readonly specs: readonly SheetSpec[];
  /** Every item left out of this workbook, `<id>: <why>` (the second sheet's rows). */
  readonly skipped: readonly string[];
}

const REMEDY: Readonly<Record<BulkWorkbook, string>> = {
  ec2: 'add an EC2 item with an instance type (or price the estimation so sized items get one) and an On-Demand or Savings Plans pricing model',
  ebs: 'add an EBS item',
  hosts: 'add an EC2 item with dedicatedHostFamily that runs all month and is not Spot',
};

/**
 * One of the AWS Pricing Calculator's bulk-import workbooks (EC2 instances, EBS volumes or EC2
 * Dedicated Hosts — the calculator takes each from its own file, sheet `Inputs`, exact headers)
 * from the estimation's requirements, with a second sheet naming every item it does not carry
 * and why. Throws DocumentInputError naming the items when none of them fits the workbook.
 */
export function bulkImportDocument(
  estimation: Estimation,
  workbook: BulkWorkbook,
): BulkImportDocument {
  const { requirements } = estimation;
  const out = bulkImportExportSpecs(
    requirements,
    resolvedInstanceTypes(estimation, estimation.result),
  );
  const omissions = bulkOmissions(requirements, out, workbook);
  const skipped = omissions.map((o) => `${o.itemId}: ${o.reason}`);
  const inputs = out[workbook];
  if (!inputs) {
    const own = out.skipped.filter((s) => workbookOf(requirements, s.itemId) === workbook);
    const why = own.length ? ` (${own.map((s) => `${s.itemId}: ${s.reason}`).join('; ')})` : '';
    throw new DocumentInputError(
      `estimation ${estimation.estimationId}.requirements.items`,
      `no ${BULK_WORKBOOK_ITEMS[workbook]} can be written to the AWS Pricing Calculator bulk-import workbook${why}; ${REMEDY[workbook]}`,
    );
  }
  const specs = omissions.length
    ? [inputs, bulkOmissionsSheet(BULK_WORKBOOK_TITLES[workbook], omissions)]
    : [inputs];
  return { specs, skipped };
}

/** The workbook an item would belong to, were it expressible. */
function workbookOf(requirements: Estimation['requirements'], itemId: string): BulkWorkbook | null {
  const item = requirements.items.find((i) => i.id === itemId);
  if (item?.service === 'ebs') return 'ebs';
  if (item?.service === 'ec2') return item.dedicatedHostFamily ? 'hosts' : 'ec2';
  return null;
}
