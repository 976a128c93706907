/** A renderer-neutral table: the PDF and Word renderers both draw this. */
export interface TableColumn {
  readonly title: string;
  readonly align: 'left' | 'right';
  /** Share of the table width, the shares of a table add up to 1. */
  readonly width: number;
}

/**
 * `line` is a cost line (bold), `component` a priced component under it (indented, with the
 * calculation text), `total` a sum row (shaded), `plain` anything else.
 */
export type RowKind = 'line' | 'component' | 'total' | 'plain';

export interface TableRow {
  readonly kind: RowKind;
  readonly cells: readonly string[];
}

export interface TableData {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

export function plainRows(rows: readonly (readonly string[])[]): TableRow[] {
  return rows.map((cells) => ({ kind: 'plain', cells }));
}
