import type { ComputeField, GridSheet, GridValue } from '../../core';
import {
  COMPUTE_SHEET,
  cellAddress,
  findHeaderRow,
  findSheet,
  lastColumn,
  lastRow,
  readRequirements,
  valueAt,
} from '../../core';
import type { WorkbookIssue } from '../excel/workbook-port';
import type { WorkflowDeps } from './workbook-actions';

/** One Compute line as the manual entry form collects it (template column fields, cell text). */
export type ComputeEntry = Partial<Record<ComputeField, string>>;

export type ManualEntryResult =
  | { readonly added: true; readonly cell: string }
  | { readonly added: false; readonly issues: readonly WorkbookIssue[] };

/**
 * The seed's manual form: append a line to our template's Compute sheet. The new row is checked
 * by the same reader that validates the workbook (core's readRequirements), at the address it
 * will occupy, so the form shows exactly the messages Validate would; nothing is written when it
 * has an error.
 */
export async function addComputeLine(
  deps: WorkflowDeps,
  entry: ComputeEntry,
): Promise<ManualEntryResult> {
  const grid = await deps.workbook.readGrid();
  const sheet = findSheet(grid, COMPUTE_SHEET.name);
  const header = sheet ? findHeaderRow(sheet, COMPUTE_SHEET.columns) : null;
  if (!sheet || !header) {
    throw new Error(
      `This workbook has no "${COMPUTE_SHEET.name}" sheet from our template. Press "Insert template" first, then add lines.`,
    );
  }
  const firstColumn = sheet.startColumn ?? 1;
  const width = lastColumn(sheet) - firstColumn + 1;
  const targetRow = Math.max(lastRow(sheet), header.headerRow) + 1;
  const row: GridValue[] = Array.from({ length: width }, () => null);
  for (const [field, column] of header.columns) {
    const text = entry[field]?.trim();
    if (text) row[column - firstColumn] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  }
  const headerValues = Array.from({ length: width }, (_, i) =>
    valueAt(sheet, header.headerRow, firstColumn + i),
  );
  const probe: GridSheet = {
    name: sheet.name,
    rows: [headerValues, row],
    startRow: targetRow - 1,
    startColumn: firstColumn,
  };
  const result = readRequirements(
    { sheets: [probe] },
    { defaultRegion: deps.store.getState().settings.region },
  );
  const issues = result.errors.map((i) => ({
    sheet: i.sheet,
    cell: i.cell,
    rule: i.rule,
    message: i.message,
    severity: i.severity,
  }));
  if (issues.length > 0) return { added: false, issues };
  const topLeft = cellAddress(targetRow, firstColumn);
  await deps.workbook.writeBlock({
    sheet: sheet.name,
    topLeft,
    values: [row.map((v) => (typeof v === 'object' ? null : v))],
  });
  return { added: true, cell: `${sheet.name}!${topLeft}` };
}
