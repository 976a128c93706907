import { cellAddress, qualifiedAddress } from '../grid/cell-address';

/**
 * One validation finding. Same shape as the API's `CellIssue` (core/api/dto.ts) plus a severity,
 * so the add-in can mark the cell and the API can return it unchanged.
 */
export interface SheetIssue {
  /** `Compute!E12` (or `Compute` for a sheet-level finding). */
  readonly cell: string;
  readonly sheet: string;
  /** Stable rule id, e.g. `number.positive`, `cell.error-value`, `header.missing`. */
  readonly rule: string;
  /** The full sentence a user reads: `Compute!E12: memory must be ... got "sixteen"`. */
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** Collects errors and warnings apart; readers never throw on bad cells, they report here. */
export class IssueCollector {
  readonly errors: SheetIssue[] = [];
  readonly warnings: SheetIssue[] = [];

  error(
    sheet: string,
    row: number | null,
    column: number | null,
    rule: string,
    text: string,
  ): void {
    this.errors.push(makeIssue('error', sheet, row, column, rule, text));
  }

  warning(
    sheet: string,
    row: number | null,
    column: number | null,
    rule: string,
    text: string,
  ): void {
    this.warnings.push(makeIssue('warning', sheet, row, column, rule, text));
  }

  get hasErrors(): boolean {
    return this.errors.length > 0;
  }

  /** Whether an error is already reported on this cell. */
  hasErrorAt(sheet: string, row: number, column: number): boolean {
    const cell = qualifiedAddress(sheet, cellAddress(row, column));
    return this.errors.some((e) => e.cell === cell);
  }
}

function makeIssue(
  severity: SheetIssue['severity'],
  sheet: string,
  row: number | null,
  column: number | null,
  rule: string,
  text: string,
): SheetIssue {
  let cell: string;
  if (row !== null && column !== null) cell = qualifiedAddress(sheet, cellAddress(row, column));
  else if (row !== null) cell = qualifiedAddress(sheet, `${row}:${row}`);
  else cell = sheet;
  const where = row === null && sheet !== 'Workbook' ? `Sheet "${sheet}"` : cell;
  return { cell, sheet, rule, message: `${where}: ${text}`, severity };
}
