import ExcelJS from 'exceljs';
import { COMPUTE_SHEET } from '../../../core';
import { BULK_EC2_COLUMNS } from '../../../core/sheets/formats/bulk-import-layout';
import type { FakeCell, FakeSheetModel, FakeWorkbookModel } from '../host/fake-excel';

/*
 * The workbooks the e2e suites open in the fake Excel: written as .xlsx bytes with exceljs and read
 * back into the fake's model, so a seed goes through the file format as a user's workbook does.
 */

/** One EC2 row of the AWS Pricing Calculator bulk-import template, by header field. */
export type BulkEc2Row = Partial<
  Record<(typeof BULK_EC2_COLUMNS)[number]['field'], string | number>
>;

/** One row of our template's Compute sheet, by field (COMPUTE_SHEET's columns); absent = blank. */
export type ComputeRow = Readonly<Record<string, string | number>>;

async function xlsxBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * An AWS Pricing Calculator "Amazon EC2 instances" bulk-import workbook: sheet `Inputs`, section
 * titles on row 2, the exact column headers on row 3 (first column = row number).
 */
export async function bulkEc2Workbook(rows: readonly BulkEc2Row[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Inputs');
  ws.getCell('B2').value = 'Elastic Cloud Compute (EC2) Specifications';
  BULK_EC2_COLUMNS.forEach((column, i) => (ws.getCell(3, i + 2).value = column.header));
  rows.forEach((row, r) => {
    ws.getCell(4 + r, 1).value = r + 1;
    BULK_EC2_COLUMNS.forEach((column, i) => {
      const value = row[column.field];
      if (value !== undefined) ws.getCell(4 + r, i + 2).value = value;
    });
  });
  return xlsxBytes(wb);
}

/** Our template's Compute sheet alone: its header row (each column's first alias), then `rows`. */
export async function computeWorkbook(rows: readonly ComputeRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(COMPUTE_SHEET.name);
  ws.addRow(COMPUTE_SHEET.columns.map((c) => c.aliases[0] ?? c.field));
  for (const values of rows) ws.addRow(COMPUTE_SHEET.columns.map((c) => values[c.field] ?? null));
  return xlsxBytes(wb);
}

/** A sheet of the fake Excel's model with these cells and nothing else on it. */
export function fakeSheet(
  name: string,
  cells: Record<string, FakeCell>,
  visibility: FakeSheetModel['visibility'] = 'Visible',
): FakeSheetModel {
  return { name, visibility, cells, tables: [], charts: [], merges: [] };
}

/** A workbook of these sheets, with no settings and nothing selected. */
export function fakeWorkbook(sheets: FakeSheetModel[]): FakeWorkbookModel {
  return { sheets, settings: {}, selected: null, log: [] };
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function fakeCell(cell: ExcelJS.Cell): FakeCell {
  const f = cell.numFmt || 'General';
  const v = cell.value;
  if (typeof v === 'number') return { v, t: 'Double', f };
  if (typeof v === 'boolean') return { v, t: 'Boolean', f };
  if (typeof v === 'string') return { v, t: 'String', f };
  if (v instanceof Date)
    return {
      v: (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000,
      t: 'Double',
      f: f === 'General' ? 'yyyy-mm-dd' : f,
    };
  if (v && typeof v === 'object' && 'error' in v) return { v: String(v.error), t: 'Error', f };
  if (v && typeof v === 'object' && 'result' in v)
    return {
      v: (v.result as number | string) ?? null,
      t: typeof v.result === 'number' ? 'Double' : 'String',
      f,
    };
  return { v: cell.text, t: 'String', f };
}

/** An .xlsx read with exceljs into the fake Excel's model: values, value types and number formats. */
export async function workbookModel(xlsx: Buffer): Promise<FakeWorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  return fakeWorkbook(
    wb.worksheets.map((ws) => {
      const cells: Record<string, FakeCell> = {};
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => (cells[cell.address] = fakeCell(cell))),
      );
      return fakeSheet(ws.name, cells, ws.state === 'visible' ? 'Visible' : 'Hidden');
    }),
  );
}
