import type { GridSheet } from '../grid/grid';
import { isBlankRow, lastRow } from '../grid/grid';
import type { IssueCollector } from './issues';
import type { RowReader } from './row-reader';
import { parseRegion } from '../../vocabulary/regions';
import { parseRange } from '../grid/cell-address';

/** The most data rows one sheet may hold; more is refused rather than read in part. */
export const MAX_DATA_ROWS = 50_000;

/**
 * The 1-based numbers of the data rows below a header row, skipping rows whose cells are all
 * empty (Excel keeps formatted-but-empty rows in the used range). Refuses sheets past the limit.
 */
export function dataRows(sheet: GridSheet, headerRow: number, issues: IssueCollector): number[] {
  for (const merge of sheet.merges ?? []) {
    const { start, end } = parseRange(merge);
    const single = start.row === end.row && start.column === end.column;
    if (!single && end.row > headerRow) {
      issues.error(
        sheet.name,
        start.row,
        start.column,
        'cell.merged',
        `merged cells ${merge} are in the data area; unmerge them so each cell holds its own value`,
      );
    }
  }
  const rows: number[] = [];
  const last = lastRow(sheet);
  for (let row = headerRow + 1; row <= last; row++) if (!isBlankRow(sheet, row)) rows.push(row);
  if (rows.length > MAX_DATA_ROWS) {
    issues.error(
      sheet.name,
      null,
      null,
      'sheet.too-many-rows',
      `has ${rows.length} data rows; at most ${MAX_DATA_ROWS} are read per sheet. Split the workbook.`,
    );
    return [];
  }
  return rows;
}

/** `Production > Web` -> ['Production', 'Web']; blank -> undefined. */
export function parseGroupPath(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined;
  const parts = text
    .split('>')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return parts.length ? parts : undefined;
}

/** Reads a region cell: a code or display name; an unknown but well-formed code is a warning. */
export function readRegion<F extends string>(
  r: RowReader<F>,
  field: F,
  required = false,
  label = 'region',
): string | undefined {
  const text = r.text(field, label, required);
  if (text === undefined) return undefined;
  const parsed = parseRegion(text);
  if (!parsed) {
    r.fail(
      field,
      'region.unknown',
      `region must be an AWS region code such as us-east-1, got ${JSON.stringify(text)}`,
    );
    return undefined;
  }
  if (parsed.unknown)
    r.warn(
      field,
      'region.not-in-list',
      `region ${parsed.code} is not in the list of known regions; check the spelling`,
    );
  return parsed.code;
}
