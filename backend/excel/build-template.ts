import ExcelJS from 'exceljs';
import type { GridValue, TemplateDropdown, TemplateSheet } from '../../core';
import {
  LISTS_SHEET,
  SETTING_DEFS,
  SETTINGS_SHEET,
  TEMPLATE_DATA_SHEETS,
  columnLetters,
  dataSheetDropdowns,
  listReference,
  listsSheetRows,
  settingsDropdowns,
} from '../../core';
import { writeInstructionsSheet } from './template-instructions';
import { withFixedTimestamps } from './zip-package';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FF232F3E' },
};
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

/**
 * What the data sheets and Settings hold. By default the layout's example rows and settings; a
 * filled workbook (examples/) passes its own rows per sheet name and settings by key.
 */
export interface TemplateContent {
  readonly rows?: Readonly<Record<string, readonly (readonly GridValue[])[]>>;
  readonly settings?: Readonly<Record<string, string | number | null>>;
}

/**
 * Our requirements template (what `GET /excel/template` serves): Instructions, Settings, one sheet
 * per TEMPLATE_DATA_SHEETS layout (Compute … Data Transfer), and a hidden Lists sheet behind the dropdowns. Built from the same
 * layout the reader uses (core/sheets/formats/template-layout.ts), so they cannot drift apart.
 * Deterministic: fixed document dates and zip timestamps, so the same content gives the same bytes.
 */
export async function buildTemplateWorkbook(content: TemplateContent = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'AWS Cost Estimation Platform';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  writeInstructionsSheet(wb);
  writeSettingsSheet(wb, content.settings ?? {});
  for (const layout of TEMPLATE_DATA_SHEETS)
    writeDataSheet(wb, layout as TemplateSheet, content.rows?.[layout.name]);
  writeListsSheet(wb);
  const out = await wb.xlsx.writeBuffer();
  return withFixedTimestamps(Buffer.from(out as ArrayBuffer));
}

/** The Lists sheet: core's lists, one per column (name in row 1, values below). */
function writeListsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  listsSheetRows().forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== null) ws.getCell(`${columnLetters(j + 1)}${i + 1}`).value = v;
    }),
  );
}

/**
 * exceljs 4.4 has range data validations (`worksheet.dataValidations.add('F2:F2001', …)`, written
 * as one sqref) but its typings omit them; per-cell validations would add ~100k XML nodes.
 */
function validations(ws: ExcelJS.Worksheet): {
  add(range: string, v: ExcelJS.DataValidation): void;
} {
  return (
    ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
}

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.font = HEADER_FONT;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  row.height = 32;
}

/** One of core's dropdowns as an exceljs list validation on the Lists sheet's column. */
function dropdown(ws: ExcelJS.Worksheet, d: TemplateDropdown): void {
  validations(ws).add(d.range, {
    type: 'list',
    allowBlank: true,
    formulae: [listReference(d.list)],
    showErrorMessage: true,
    errorStyle: 'error',
    errorTitle: d.title,
    error: d.error,
    showInputMessage: true,
    promptTitle: d.promptTitle,
    prompt: d.prompt,
  });
}

function writeDataSheet(
  wb: ExcelJS.Workbook,
  layout: TemplateSheet,
  rows: readonly (readonly GridValue[])[] = layout.examples,
): void {
  const ws = wb.addWorksheet(layout.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.columns = layout.columns.map((c) => ({ header: c.aliases[0], key: c.field, width: c.width }));
  styleHeader(ws.getRow(1));
  rows.forEach((row) => ws.addRow(row.map(cellValue)));
  for (const d of dataSheetDropdowns(layout)) dropdown(ws, d);
  layout.columns.forEach((c, i) => {
    ws.getCell(`${columnLetters(i + 1)}1`).note = c.required ? `Required. ${c.help}` : c.help;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: layout.columns.length } };
}

/** A grid value as exceljs writes it (a `{date}` becomes a date cell, an `{error}` its error). */
function cellValue(v: GridValue): ExcelJS.CellValue {
  if (v === null || typeof v !== 'object') return v;
  if ('date' in v) return new Date(`${v.date}T00:00:00Z`);
  return { error: v.error } as ExcelJS.CellErrorValue;
}

function writeSettingsSheet(
  wb: ExcelJS.Workbook,
  values: Readonly<Record<string, string | number | null>>,
): void {
  const ws = wb.addWorksheet(SETTINGS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Setting', key: 'label', width: 24 },
    { header: 'Value', key: 'value', width: 38 },
    { header: 'Notes', key: 'help', width: 70 },
  ];
  styleHeader(ws.getRow(1));
  SETTING_DEFS.forEach((d) => {
    const value = d.key in values ? values[d.key] : d.example;
    const row = ws.addRow({
      label: d.label,
      value: value === '' ? null : value,
      help: d.help,
    });
    row.getCell(1).font = { bold: true };
  });
  for (const d of settingsDropdowns()) dropdown(ws, d);
}
