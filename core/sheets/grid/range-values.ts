import { parseRange } from './cell-address';
import { excelSerialToIsoDate, isDateFormat } from './excel-dates';
import type { GridSheet, GridValue } from './grid';

/**
 * Builds a GridSheet from the arrays a spreadsheet API returns for a used range — Office.js
 * `range.address` (or `rowIndex`/`columnIndex`), `values`, `valueTypes` and `numberFormat` — so
 * the add-in's adapter is one call. Empty cells arrive as `""`; error cells as their text (`#N/A`)
 * with value type `Error`; dates as serial numbers under a date format.
 */
interface RangeValuesBase {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  /** Office.js `valueTypes`: `Empty`, `String`, `Double`, `Boolean`, `Error`, `Integer`, `Unknown`. */
  readonly valueTypes?: readonly (readonly string[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  readonly hidden?: boolean;
  readonly merges?: readonly string[];
}

/** Where the range starts: its address (`Compute!B2:M40`, `B2:M40`), or Office.js's 0-based indexes. */
export type RangeValuesInput = RangeValuesBase &
  ({ readonly address: string } | { readonly rowIndex: number; readonly columnIndex: number });

export function gridSheetFromRangeValues(input: RangeValuesInput): GridSheet {
  const start =
    'address' in input
      ? parseRange(input.address).start
      : { row: input.rowIndex + 1, column: input.columnIndex + 1 };
  const rows: GridValue[][] = input.values.map((row, i) =>
    row.map((v, j) => toGridValue(v, input.valueTypes?.[i]?.[j], input.numberFormats?.[i]?.[j])),
  );
  return {
    name: input.name,
    rows,
    startRow: start.row,
    startColumn: start.column,
    ...(input.hidden ? { hidden: true } : {}),
    ...(input.merges?.length ? { merges: input.merges } : {}),
  };
}

function toGridValue(v: unknown, type: string | undefined, format: string | undefined): GridValue {
  if (v === null || v === undefined || v === '') return null;
  if (
    type === 'Error' ||
    (typeof v === 'string' && type === undefined && /^#[A-Z0-9/]+[!?]?$/.test(v) && v.length <= 8)
  ) {
    return { error: String(v) };
  }
  if (typeof v === 'number') {
    // A number under a date format that is no date (Excel shows ####) stays the number.
    const date = format && isDateFormat(format) ? excelSerialToIsoDate(v) : undefined;
    return date === undefined ? v : { date };
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}
