/**
 * The Grid: one workbook as plain cell values with A1 addresses. Every reader in core/sheets works
 * on a Grid, so the add-in (Office.js `range.values` of the used range) and the backend (the fast
 * xlsx reader, backend/excel/fast-xlsx, on an uploaded .xlsx) share one parser. See core/sheets/README.md for how each adapter fills it.
 */

/** An Excel error value (`#N/A`, `#REF!`, `#DIV/0!`, `#VALUE!`, `#NAME?`, `#NUM!`, `#NULL!`...). */
export interface GridError {
  readonly error: string;
}

/**
 * A cell Excel shows as a date (a serial number under a date format). Kept apart from numbers so a
 * date typed where a quantity belongs is reported instead of read as 45,000-something.
 */
export interface GridDate {
  readonly date: string;
}

/** The value of one cell: formulas appear as their cached result; empty cells are null. */
export type GridValue = string | number | boolean | null | GridError | GridDate;

export interface GridSheet {
  readonly name: string;
  /** Hidden or very hidden in Excel: reported as a warning, never read as requirements. */
  readonly hidden?: boolean;
  /**
   * Cell values, row by row: `rows[i][j]` is the cell at row `startRow + i`, column
   * `startColumn + j` (both 1-based). Rows may be ragged; a missing cell is empty.
   */
  readonly rows: readonly (readonly GridValue[])[];
  /** 1-based row of `rows[0]` (default 1). Office.js used ranges rarely start at A1. */
  readonly startRow?: number;
  /** 1-based column of `rows[i][0]` (default 1). */
  readonly startColumn?: number;
  /** Merged ranges as A1 ranges (`A1:D1`). A merge's value sits in its top-left cell only. */
  readonly merges?: readonly string[];
}

export interface Grid {
  readonly sheets: readonly GridSheet[];
  /** File-level facts an adapter noticed (e.g. `macros ignored`), passed on as warnings. */
  readonly notes?: readonly string[];
}

export function isGridError(v: GridValue): v is GridError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

export function isGridDate(v: GridValue): v is GridDate {
  return typeof v === 'object' && v !== null && 'date' in v;
}

/** The value at a 1-based row and column, null when outside the sheet's values. */
export function valueAt(sheet: GridSheet, row: number, column: number): GridValue {
  const r = sheet.rows[row - (sheet.startRow ?? 1)];
  if (!r) return null;
  return r[column - (sheet.startColumn ?? 1)] ?? null;
}

/** Last 1-based row holding any cell (formatted-but-empty rows still count here). */
export function lastRow(sheet: GridSheet): number {
  return (sheet.startRow ?? 1) + sheet.rows.length - 1;
}

/** Last 1-based column across all rows. */
export function lastColumn(sheet: GridSheet): number {
  let width = 0;
  for (const r of sheet.rows) if (r.length > width) width = r.length;
  return (sheet.startColumn ?? 1) + width - 1;
}

export function isBlank(v: GridValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** True when every cell of the row is empty (a formatted-but-empty row counts as empty). */
export function isBlankRow(sheet: GridSheet, row: number): boolean {
  const r = sheet.rows[row - (sheet.startRow ?? 1)];
  return !r || r.every(isBlank);
}

/** The sheet named `name`, ignoring case and surrounding spaces. */
export function findSheet(grid: Grid, name: string): GridSheet | undefined {
  const want = name.trim().toLowerCase();
  return grid.sheets.find((s) => s.name.trim().toLowerCase() === want);
}

/** Text of a value for messages: `"sixteen"`, `12`, `#N/A`, `an empty cell`. */
export function describeValue(v: GridValue): string {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return 'an empty cell';
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isGridError(v)) return v.error;
  return `the date ${v.date}`;
}
