import type { Grid, SheetSpec } from '../../core';

/** A validation finding tied to a cell, as the task pane lists and marks it. */
export interface WorkbookIssue {
  readonly sheet: string;
  /** Qualified address, `Compute!E12` (or just the sheet name for a sheet-level finding). */
  readonly cell: string;
  readonly rule: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export type CellValue = string | number | boolean | null;

/** A rectangle of values written at `topLeft` (a manual-entry row), with optional formats and styling. */
export interface CellBlock {
  readonly sheet: string;
  /** `A1`-style address of the block's first cell. */
  readonly topLeft: string;
  readonly values: readonly (readonly CellValue[])[];
  /** Same shape as `values`; null leaves Excel's General format. */
  readonly numberFormats?: readonly (readonly (string | null)[])[];
  /** 0-based rows of the block shown bold (headings, subtotals, totals). */
  readonly boldRows?: readonly number[];
  /** 0-based rows given a light fill (subtotals and totals). */
  readonly shadedRows?: readonly number[];
  /** Column widths in points, from the block's first column. */
  readonly columnWidths?: readonly number[];
}

/**
 * A dropdown on a range: its cells take a value of the list at `source` (blank allowed), with the
 * prompt shown when a cell is selected and a stop alert for anything else — our template's
 * dropdowns (core's `dataSheetDropdowns`).
 */
export interface ListValidation {
  readonly sheet: string;
  /** `F2:F2001`. */
  readonly range: string;
  /** The list's cells as a formula, `=Lists!$A$2:$A$31`. */
  readonly source: string;
  /** The error alert's title. */
  readonly title: string;
  /** The prompt's title (at most 32 characters). */
  readonly promptTitle: string;
  readonly prompt: string;
  /** The error alert's message. */
  readonly error: string;
}

/**
 * Everything the add-in does to the open workbook. `OfficeWorkbook` implements it with Excel.run
 * (the only module that calls the Excel API); React components and workflows receive it as a
 * parameter, so their tests use an in-memory fake and the e2e host page backs it with a real file.
 */
export interface WorkbookPort {
  /** Every worksheet's used range as core's Grid (values, errors as `{error}`, dates as `{date}`). */
  readGrid(): Promise<Grid>;
  /**
   * Delete the sheet if it exists and add it empty (result sheets are rewritten on each run);
   * `hidden` adds it hidden (the template's Lists sheet).
   */
  replaceSheet(name: string, options?: { readonly hidden?: boolean }): Promise<void>;
  /** Delete the sheet if it exists (Add line takes back the sheets it added when a later step fails). */
  deleteSheet(name: string): Promise<void>;
  writeBlock(block: CellBlock): Promise<void>;
  /**
   * Give each range its dropdown, replacing any validation it had. Rejects, changing nothing,
   * when a sheet does not exist or a range is not an `A1:B2` address.
   */
  addListValidations(validations: readonly ListValidation[]): Promise<void>;
  /**
   * Replace the sheet `spec.name` with core's result-sheet spec (AWS Estimate, AWS Comparison,
   * Assumptions): values, number formats, styles, widths, merges, frozen panes, tables, charts —
   * the same spec the backend renders with exceljs.
   */
  renderSheet(spec: SheetSpec): Promise<void>;
  /** Fill each issue's cell (red for errors, amber for warnings) and remember them for `clearMarks`. */
  markIssues(issues: readonly WorkbookIssue[]): Promise<void>;
  /** Remove the fills the previous `markIssues` applied. */
  clearMarks(): Promise<void>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Insert the sheets of an .xlsx (our template) into this workbook. */
  insertWorkbook(base64Xlsx: string): Promise<void>;
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
}

/**
 * Cells the last Validate marked (cleared by the next). The workbook's other settings — the
 * estimation it holds, its customer discount — are in `workflow/workbook-link.ts`.
 */
export const SETTING_MARKED_CELLS = 'awsCost.markedCells';
