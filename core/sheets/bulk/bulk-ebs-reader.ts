import type { RequirementItem } from '../../requirements/requirement-items';
import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { RowReader } from '../read/row-reader';
import { dataRows, readRegion } from '../read/data-rows';
import { BULK_EBS_COLUMNS } from '../formats/bulk-import-layout';
import type { BulkEbsField } from '../formats/bulk-import-layout';
import {
  bulkHeader,
  readEbsColumns,
  readGroupAndDescription,
  warnOverCalculatorLimit,
} from './bulk-common';

/** The AWS Pricing Calculator "Amazon EBS volumes" bulk-import sheet -> EBS items. */
export function readBulkEbsSheet(sheet: GridSheet, issues: IssueCollector): RequirementItem[] {
  const header = bulkHeader(sheet, BULK_EBS_COLUMNS, issues);
  if (!header) return [];
  const rows = dataRows(sheet, header.headerRow, issues);
  warnOverCalculatorLimit(sheet, rows.length, issues);
  const items: RequirementItem[] = [];
  for (const row of rows) {
    const r = new RowReader<BulkEbsField>(sheet, row, header.columns, issues);
    const { group, description } = readGroupAndDescription(r);
    const region = readRegion(r, 'region', true);
    const hoursPerMonth = r.number(
      'hoursPerMonth',
      'average duration',
      { unit: 'hours per month', min: 0, max: 744 },
      true,
    );
    const quantity = r.number('quantity', 'number of volumes', { integer: true, min: 1 }, true);
    if (region === undefined || quantity === undefined) continue;
    const ebs = readEbsColumns(
      r,
      { id: `${sheet.name}-${row}`, quantity, region, group, description },
      { requireStorage: true, hoursPerMonth },
    );
    // The volume sheet has no instance: its id is the row's, not `<row>-ebs`.
    if (ebs) items.push({ ...ebs, id: `${sheet.name}-${row}` });
  }
  return items;
}
