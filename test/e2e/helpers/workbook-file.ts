import ExcelJS from 'exceljs';
import { BULK_EC2_COLUMNS } from '../../../core/sheets/formats/bulk-import-layout';
import type { FakeCell, FakeWorkbookModel } from '../host/fake-excel';

/** One EC2 row of the AWS Pricing Calculator bulk-import template, by header field. */
export type BulkEc2Row = Partial<
  Record<(typeof BULK_EC2_COLUMNS)[number]['field'], string | number>
>;

/**
 * Write an AWS Pricing Calculator "Amazon EC2 instances" bulk-import workbook: sheet `Inputs`,
 * section titles on row 2, the exact column headers on row 3 (first column = row number).
 */
export async function writeBulkEc2Workbook(
  file: string,
  rows: readonly BulkEc2Row[],
): Promise<void> {
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
  await wb.xlsx.writeFile(file);
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Read an .xlsx with exceljs into the fake Excel's model: values, value types and number formats. */
export async function readWorkbookModel(file: string): Promise<FakeWorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return {
    sheets: wb.worksheets.map((ws) => {
      const cells: Record<string, FakeCell> = {};
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          const f = cell.numFmt || 'General';
          const v = cell.value;
          let value: FakeCell;
          if (typeof v === 'number') value = { v, t: 'Double', f };
          else if (typeof v === 'boolean') value = { v, t: 'Boolean', f };
          else if (typeof v === 'string') value = { v, t: 'String', f };
          else if (v instanceof Date)
            value = {
              v: (v.getTime() - EXCEL_EPOCH_MS) / 86_400_000,
              t: 'Double',
              f: f === 'General' ? 'yyyy-mm-dd' : f,
            };
          else if (v && typeof v === 'object' && 'error' in v)
            value = { v: String(v.error), t: 'Error', f };
          else if (v && typeof v === 'object' && 'result' in v)
            value = {
              v: (v.result as number | string) ?? null,
              t: typeof v.result === 'number' ? 'Double' : 'String',
              f,
            };
          else value = { v: cell.text, t: 'String', f };
          cells[cell.address] = value;
        }),
      );
      return {
        name: ws.name,
        visibility: ws.state === 'visible' ? 'Visible' : 'Hidden',
        cells,
        tables: [],
        charts: [],
        merges: [],
      };
    }),
    settings: {},
    selected: null,
    log: [],
  };
}
