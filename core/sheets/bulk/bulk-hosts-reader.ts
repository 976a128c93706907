import type { RequirementItem } from '../../requirements/requirement-items';
import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { RowReader } from '../read/row-reader';
import { dataRows, readRegion } from '../read/data-rows';
import { BULK_HOST_COLUMNS } from '../formats/bulk-import-layout';
import type { BulkHostField } from '../formats/bulk-import-layout';
import { parsePricingModel } from '../../vocabulary/pricing-models';
import {
  bulkHeader,
  readEbsColumns,
  readGroupAndDescription,
  warnOverCalculatorLimit,
} from './bulk-common';

const FAMILY = /^[a-z][a-z0-9-]*$/;

/**
 * The AWS Pricing Calculator "Amazon EC2 Dedicated Hosts" bulk-import sheet -> EC2 items with
 * `dedicatedHostFamily` (quantity = hosts; the template has no OS: hosts are priced per host).
 */
export function readBulkHostsSheet(sheet: GridSheet, issues: IssueCollector): RequirementItem[] {
  const header = bulkHeader(sheet, BULK_HOST_COLUMNS, issues);
  if (!header) return [];
  const rows = dataRows(sheet, header.headerRow, issues);
  warnOverCalculatorLimit(sheet, rows.length, issues);
  const items: RequirementItem[] = [];
  for (const row of rows) {
    const r = new RowReader<BulkHostField>(sheet, row, header.columns, issues);
    const { group, description } = readGroupAndDescription(r);
    const region = readRegion(r, 'region', true);
    const family = r.text('instanceFamily', 'instance family', true)?.toLowerCase();
    if (family !== undefined && !FAMILY.test(family))
      r.fail(
        'instanceFamily',
        'host.family-format',
        `instance family must be a family only, such as r8i or m5, got ${JSON.stringify(family)}`,
      );
    const quantity = r.number('quantity', 'number of hosts', { integer: true, min: 1 }, true);
    const pricingModel = r.choice(
      'purchasingOption',
      'purchasing option',
      parsePricingModel,
      'On-Demand or e.g. "1 Yr No Upfront EC2 Instance Savings Plan"',
      true,
    );
    if (
      region === undefined ||
      family === undefined ||
      !FAMILY.test(family) ||
      quantity === undefined ||
      pricingModel === undefined
    )
      continue;
    const base = { id: `${sheet.name}-${row}`, quantity, region, group, description };
    const ebs = readEbsColumns(r, base, { requireStorage: false });
    items.push({
      ...base,
      service: 'ec2',
      os: 'Linux',
      dedicatedHostFamily: family,
      tenancy: 'dedicated',
      pricingModel,
      source: r.source(),
    });
    if (ebs) items.push(ebs);
  }
  return items;
}
