import type { Grid, GridSheet, GridValue, TemplateSheet } from '../../core';
import {
  cellAddress,
  findHeaderRow,
  findSheet,
  lastColumn,
  lastRow,
  parseRange,
  qualifiedAddress,
  readRequirements,
  valueAt,
} from '../../core';
import type { WorkbookIssue } from '../excel/workbook-port';
import { addTemplateDropdowns } from './template-dropdowns';
import type { WorkflowDeps } from './workbook-actions';

/** One line as an Add line form collects it: template column field → cell text. */
export type LineEntry = Readonly<Record<string, string | undefined>>;

export type ManualEntryResult =
  | { readonly added: true; readonly cell: string; readonly createdSheet: boolean }
  | {
      readonly added: false;
      readonly issues: readonly WorkbookIssue[];
      /** Each issue's message (without its cell) on the form field of its column. */
      readonly fieldErrors: Readonly<Record<string, string>>;
      /** Messages of issues on no field's cell (a whole row, another column). */
      readonly otherMessages: readonly string[];
    };

/** Where a new line goes: the sheet's header and the row below its last used row. */
interface Target {
  readonly exists: boolean;
  readonly headers: readonly GridValue[];
  readonly columns: ReadonlyMap<string, number>;
  readonly firstColumn: number;
  readonly row: number;
}

/**
 * Add line: append one row to the template sheet of `layout` (Compute, Lambda, …). The row is
 * checked by the same reader that validates the workbook (core's readRequirements), at the
 * address it will occupy, so the form shows exactly the messages Validate would; nothing is
 * written when it has an error. A workbook without that sheet gets it, with the template's
 * header row and dropdowns (`template-dropdowns.ts`), before the line is written.
 */
export async function addTemplateLine(
  deps: WorkflowDeps,
  layout: TemplateSheet,
  entry: LineEntry,
): Promise<ManualEntryResult> {
  const grid = await deps.workbook.readGrid();
  const target = targetOf(grid, layout);
  const row: GridValue[] = target.headers.map(() => null);
  for (const [field, column] of target.columns) {
    const text = entry[field]?.trim();
    if (text) row[column - target.firstColumn] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  }
  const probe: GridSheet = {
    name: layout.name,
    rows: [[...target.headers], row],
    startRow: target.row - 1,
    startColumn: target.firstColumn,
  };
  const result = readRequirements(
    { sheets: [probe] },
    { defaultRegion: deps.store.getState().settings.region },
  );
  if (result.errors.length > 0) {
    const issues = result.errors.map(({ sheet, cell, rule, message, severity }) => ({
      sheet,
      cell,
      rule,
      message,
      severity,
    }));
    return { added: false, issues, ...onFields(issues, target) };
  }
  const topLeft = cellAddress(target.row, target.firstColumn);
  const added: string[] = [];
  try {
    if (!target.exists) await createSheet(deps, layout, grid, added);
    await deps.workbook.writeBlock({
      sheet: layout.name,
      topLeft,
      values: [row.map((v) => (typeof v === 'object' ? null : v))],
    });
  } catch (error) {
    throw await takeBack(deps, added, error);
  }
  return {
    added: true,
    cell: qualifiedAddress(layout.name, topLeft),
    createdSheet: !target.exists,
  };
}

function targetOf(grid: Grid, layout: TemplateSheet): Target {
  const sheet = findSheet(grid, layout.name);
  if (!sheet) {
    const headers = layout.columns.map((c) => c.aliases[0]!);
    const columns = new Map(layout.columns.map((c, i) => [c.field, i + 1]));
    return { exists: false, headers, columns, firstColumn: 1, row: 2 };
  }
  const header = findHeaderRow(sheet, layout.columns);
  if (!header) {
    throw new Error(
      `The "${sheet.name}" sheet has no header row from our template (expected ${layout.columns
        .slice(0, 3)
        .map((c) => `"${c.aliases[0]}"`)
        .join(', ')} …). Rename that sheet or press "Insert template", then add lines.`,
    );
  }
  const firstColumn = sheet.startColumn ?? 1;
  const width = lastColumn(sheet) - firstColumn + 1;
  const headers = Array.from({ length: width }, (_, i) =>
    valueAt(sheet, header.headerRow, firstColumn + i),
  );
  const row = Math.max(lastRow(sheet), header.headerRow) + 1;
  return { exists: true, headers, columns: header.columns, firstColumn, row };
}

/** The template's sheet: its header row, bold, with the layout's column widths and dropdowns. */
async function createSheet(
  deps: WorkflowDeps,
  layout: TemplateSheet,
  grid: Grid,
  added: string[],
): Promise<void> {
  added.push(layout.name);
  await deps.workbook.replaceSheet(layout.name);
  await deps.workbook.writeBlock({
    sheet: layout.name,
    topLeft: 'A1',
    values: [layout.columns.map((c) => c.aliases[0]!)],
    boldRows: [0],
    shadedRows: [0],
    // Excel character units → points (about 7 points a character at the default font).
    columnWidths: layout.columns.map((c) => c.width * 7),
  });
  await addTemplateDropdowns(deps.workbook, grid, layout, added);
}

/**
 * A step failed after Add line added sheets: delete them (newest first), so the workbook is as it
 * was, and give the step's error — naming any sheet that could not be taken back.
 */
async function takeBack(
  deps: WorkflowDeps,
  added: readonly string[],
  error: unknown,
): Promise<Error> {
  const failure = error instanceof Error ? error : new Error(String(error));
  const left: string[] = [];
  for (const name of [...added].reverse()) {
    try {
      await deps.workbook.deleteSheet(name);
    } catch {
      left.push(`"${name}"`);
    }
  }
  if (left.length === 0) return failure;
  return new Error(
    `${failure.message} The sheets Add line had added could not all be removed: delete ${left.join(', ')} by hand.`,
  );
}

/** Each issue on the field of its cell's column (its message without the `Sheet!A1: ` prefix). */
function onFields(
  issues: readonly WorkbookIssue[],
  target: Target,
): { fieldErrors: Record<string, string>; otherMessages: string[] } {
  const byColumn = new Map([...target.columns].map(([field, column]) => [column, field]));
  const fieldErrors: Record<string, string> = {};
  const otherMessages: string[] = [];
  for (const issue of issues) {
    const address = issue.cell.slice(issue.cell.lastIndexOf('!') + 1);
    const field = /^[A-Z]+\d+$/.test(address)
      ? byColumn.get(parseRange(address).start.column)
      : undefined;
    if (field === undefined) otherMessages.push(issue.message);
    else if (!(field in fieldErrors))
      fieldErrors[field] = issue.message.startsWith(`${issue.cell}: `)
        ? issue.message.slice(issue.cell.length + 2)
        : issue.message;
  }
  return { fieldErrors, otherMessages };
}
