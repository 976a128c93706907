import type ExcelJS from 'exceljs';
import { SETTINGS_SHEET, TEMPLATE_DATA_SHEETS } from '../../core';

/** The Instructions sheet: how to fill the template and what each column means. */
export function writeInstructionsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Instructions');
  ws.columns = [{ width: 16 }, { width: 28 }, { width: 90 }];
  ws.mergeCells('A1:C1');
  const title = ws.getCell('A1');
  title.value = 'AWS cost estimate — requirements template';
  title.font = { bold: true, size: 16 };
  const lines: [string, string, string][] = [
    ['How', '', `1. Set the region, currency and pricing model on ${SETTINGS_SHEET}.`],
    [
      '',
      '',
      '2. Replace the example rows on the service sheets (Compute … Data Transfer) with your requirements, one row per line item (Quantity multiplies it); delete a sheet you do not need.',
    ],
    [
      '',
      '',
      '3. Leave Region or Pricing model blank on a row to use the Settings value. Units are in each header.',
    ],
    ['', '', '4. Validate in the add-in (or upload): every problem names its sheet and cell.'],
    [
      'Also read',
      '',
      'AWS Pricing Calculator bulk-import workbooks (EC2, EBS, Dedicated Hosts), RVTools exports, Application Discovery Service and Azure Migrate CSVs.',
    ],
  ];
  let row = 3;
  for (const l of lines) ws.getRow(row++).values = l;
  row++;
  ws.getRow(row).values = ['Sheet', 'Column', 'What to enter'];
  ws.getRow(row).font = { bold: true };
  row++;
  for (const layout of TEMPLATE_DATA_SHEETS) {
    ws.getRow(row++).values = [layout.name, '', layout.purpose];
    for (const c of layout.columns)
      ws.getRow(row++).values = ['', `${c.aliases[0]}${c.required ? ' *' : ''}`, c.help];
  }
  ws.getRow(row + 1).values = ['', '* required', ''];
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
}
