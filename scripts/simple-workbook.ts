import ExcelJS from 'exceljs';
import { withFixedTimestamps } from '../backend/excel/zip-package';

/** The document date every generated workbook carries, so regenerated files are byte-identical. */
export const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

export type Rows = (ExcelJS.CellValue | undefined)[][];

export interface SimpleSheet {
  readonly name: string;
  readonly rows: Rows;
  readonly state?: 'hidden';
  readonly merges?: readonly string[];
  readonly numFmt?: Readonly<Record<string, string>>;
  /** Column widths in Excel character units, from column A. */
  readonly widths?: readonly number[];
  /** Rows shown bold (1-based). */
  readonly boldRows?: readonly number[];
}

/** A workbook of plain cell values (for fixtures and examples), with a fixed date and timestamps. */
export async function simpleWorkbook(sheets: readonly SimpleSheet[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : {});
    s.rows.forEach((r, i) =>
      r.forEach((v, j) => v !== undefined && (ws.getCell(i + 1, j + 1).value = v)),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const [a, f] of Object.entries(s.numFmt ?? {})) ws.getCell(a).numFmt = f;
    s.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const r of s.boldRows ?? []) ws.getRow(r).font = { bold: true };
  }
  return withFixedTimestamps(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}
