import { parseRange } from './cell-address';
import type { GridSheet, GridValue } from './grid';

/**
 * Builds a GridSheet from the arrays a spreadsheet API returns for a used range — Office.js
 * `range.address`, `values`, `valueTypes` and `numberFormat` — so the add-in's adapter is one
 * call. Empty cells arrive as `""`; error cells as their text (`#N/A`) with value type `Error`;
 * dates as serial numbers under a date format.
 */
export interface RangeValuesInput {
  readonly name: string;
  /** `Compute!B2:M40` or `B2:M40` (the used range's address). */
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  /** Office.js `valueTypes`: `Empty`, `String`, `Double`, `Boolean`, `Error`, `Integer`, `Unknown`. */
  readonly valueTypes?: readonly (readonly string[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  readonly hidden?: boolean;
  readonly merges?: readonly string[];
}

export function gridSheetFromRangeValues(input: RangeValuesInput): GridSheet {
  const { start } = parseRange(input.address);
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
  if (typeof v === 'number')
    return format && isDateFormat(format) ? { date: excelSerialToIsoDate(v) } : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** A number format that shows a date or time (tokens y, m, d, h, s outside quotes and brackets). */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Excel 1900 date system serial -> `YYYY-MM-DD` (serials below 61 carry Excel's 1900 leap-year bug). */
export function excelSerialToIsoDate(serial: number): string {
  const days = Math.floor(serial) - (serial < 61 ? 1 : 2);
  const ms = Date.UTC(1900, 0, 1) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
