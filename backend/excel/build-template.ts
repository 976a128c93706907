import ExcelJS from 'exceljs';
import type { DropdownList, GridValue, TemplateSheet } from '../../core';
import {
  DROPDOWN_VALUES,
  LISTS_SHEET,
  SETTING_DEFS,
  SETTINGS_SHEET,
  TEMPLATE_DATA_SHEETS,
  columnLetters,
} from '../../core';
import { writeInstructionsSheet } from './template-instructions';
import { withFixedTimestamps } from './zip-package';

/** Rows below the header that carry dropdowns and number rules. */
const VALIDATED_ROWS = 2000;
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
  const listRefs = listReferences();
  writeInstructionsSheet(wb);
  writeSettingsSheet(wb, listRefs, content.settings ?? {});
  for (const layout of TEMPLATE_DATA_SHEETS)
    writeDataSheet(wb, layout as TemplateSheet, listRefs, content.rows?.[layout.name]);
  writeListsSheet(wb);
  const out = await wb.xlsx.writeBuffer();
  return withFixedTimestamps(Buffer.from(out as ArrayBuffer));
}

type ListRefs = Record<DropdownList, string>;

const LISTS = Object.keys(DROPDOWN_VALUES) as DropdownList[];

/** Each dropdown list is one column of the hidden Lists sheet, values from row 2. */
function listReferences(): ListRefs {
  const refs = {} as ListRefs;
  LISTS.forEach((list, i) => {
    const col = columnLetters(i + 1);
    refs[list] = `${LISTS_SHEET}!$${col}$2:$${col}$${DROPDOWN_VALUES[list].length + 1}`;
  });
  return refs;
}

function writeListsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  LISTS.forEach((list, i) => {
    const col = columnLetters(i + 1);
    ws.getCell(`${col}1`).value = list;
    DROPDOWN_VALUES[list].forEach((v, j) => (ws.getCell(`${col}${j + 2}`).value = v));
  });
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

function dropdown(
  ws: ExcelJS.Worksheet,
  range: string,
  ref: string,
  title: string,
  help: string,
): void {
  validations(ws).add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [ref],
    showErrorMessage: true,
    errorStyle: 'error',
    errorTitle: title,
    error: `Pick a value from the list. ${help}`.slice(0, 255),
    showInputMessage: true,
    promptTitle: title.slice(0, 32),
    prompt: help.slice(0, 255),
  });
}

function writeDataSheet(
  wb: ExcelJS.Workbook,
  layout: TemplateSheet,
  refs: ListRefs,
  rows: readonly (readonly GridValue[])[] = layout.examples,
): void {
  const ws = wb.addWorksheet(layout.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.columns = layout.columns.map((c) => ({ header: c.aliases[0], key: c.field, width: c.width }));
  styleHeader(ws.getRow(1));
  rows.forEach((row) => ws.addRow(row.map(cellValue)));
  layout.columns.forEach((c, i) => {
    const col = columnLetters(i + 1);
    const range = `${col}2:${col}${VALIDATED_ROWS + 1}`;
    if (c.list) dropdown(ws, range, refs[c.list], c.aliases[0]!, c.help);
    ws.getCell(`${col}1`).note = c.required ? `Required. ${c.help}` : c.help;
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
  refs: ListRefs,
  values: Readonly<Record<string, string | number | null>>,
): void {
  const ws = wb.addWorksheet(SETTINGS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: 'Setting', key: 'label', width: 24 },
    { header: 'Value', key: 'value', width: 38 },
    { header: 'Notes', key: 'help', width: 70 },
  ];
  styleHeader(ws.getRow(1));
  SETTING_DEFS.forEach((d, i) => {
    const value = d.key in values ? values[d.key] : d.example;
    const row = ws.addRow({
      label: d.label,
      value: value === '' ? null : value,
      help: d.help,
    });
    row.getCell(1).font = { bold: true };
    if (d.list) dropdown(ws, `B${i + 2}`, refs[d.list], d.label, d.help);
  });
}
