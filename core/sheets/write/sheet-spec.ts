/**
 * A result sheet as data: every cell's value, number format and style, plus column widths, merged
 * cells, frozen panes, tables and charts. Both renderers — the add-in (Office.js) and the backend
 * (exceljs) — draw a SheetSpec cell by cell, so the two produce the same sheet and a test can
 * assert it. Values are computed (exactly) before they are written; a few cells the writer itself
 * builds (the estimate's costs, subtotals and totals) also carry a live `formula` over those values.
 */

export type SpecValue = string | number | boolean | null;

/** Colours are `RRGGBB` hex without `#` (Office.js takes `#RRGGBB`, exceljs `FFRRGGBB`). */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly wrap?: boolean;
  readonly indent?: number;
  /** A thin top border (totals rows). */
  readonly borderTop?: boolean;
}

export interface CellSpec {
  /** `B7` (the sheet is the SheetSpec's). */
  readonly address: string;
  /** The value shown; for a formula cell, its cached result (the engine's exact number). */
  readonly value: SpecValue;
  /**
   * A live Excel formula in A1 notation with its leading `=` (`=G7*I7`, `=SUM(J6:J8)`), whose result
   * is `value`. Only a writer sets it, from cell addresses and numbers it chose itself
   * (`SheetBuilder.formula` checks the grammar); user text is never placed here. A renderer writes
   * it as a formula with `value` as the cached result (exceljs `{ formula, result }`, Office.js
   * `range.formulas`), so readers that do not recalculate still see the engine's number. It is an
   * optional field rather than a new value type so a renderer that ignores it still shows `value`.
   */
  readonly formula?: string;
  /**
   * Excel number format. `@` (Text) marks text that came from users: a renderer sets the format
   * before the value so Excel stores it as text and never evaluates a leading `=`, `+`, `-`, `@`.
   */
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

export interface SheetTableSpec {
  /** Workbook-unique, letters/digits/underscore: `ScenarioTotals`. */
  readonly name: string;
  /** Header row included: `A12:G15`. The header cells hold the column names. */
  readonly range: string;
  readonly style: string;
}

export interface ChartSeriesSpec {
  readonly name: string;
  /** `B13:B15` on the same sheet. */
  readonly valuesRange: string;
}

export interface ChartSpec {
  readonly type: 'columnClustered' | 'barClustered';
  readonly title: string;
  readonly categoriesRange: string;
  readonly series: readonly ChartSeriesSpec[];
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
}

export interface SheetSpec {
  readonly name: string;
  /** Row-major order; cells not listed are left empty. */
  readonly cells: readonly CellSpec[];
  /** Widths in Excel character units. */
  readonly columnWidths: readonly { readonly column: string; readonly width: number }[];
  readonly merges: readonly string[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  /** Heights in points of rows that need one (wrapped headers); other rows keep Excel's default. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly tables: readonly SheetTableSpec[];
  readonly charts: readonly ChartSpec[];
}

export const TEXT_FORMAT = '@';
