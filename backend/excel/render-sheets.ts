import ExcelJS from 'exceljs';
import type { CellSpec, CellStyle, SheetSpec, SpecValue, SheetTableSpec } from '../../core';
import { cellAddress, parseRange } from '../../core';
import { xmlSafeDeep } from '../documents/xml-text';
import { addChartsToPackage } from './chart-parts';

/**
 * The exceljs renderer of the result-sheet specs (core/sheets/write): draws each SheetSpec cell by
 * cell — value, number format, font, fill, alignment — then column widths, merges, frozen panes
 * and tables. The add-in's Office.js renderer draws the same specs; test/core/sheets has the
 * renderer-agnostic assertion both pass. exceljs 4 has no chart API: chart specs are added to the
 * written package as DrawingML parts (chart-parts.ts).
 */
export async function renderSheetsToWorkbook(input: readonly SheetSpec[]): Promise<Buffer> {
  // Every string of the specs (cells, sheet names, chart titles) through the one XML 1.0
  // sanitiser the Word proposal also uses.
  const specs = xmlSafeDeep(input);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'AWS Cost Estimation Platform';
  for (const spec of specs) renderSheet(wb, spec);
  const out = await wb.xlsx.writeBuffer();
  return addChartsToPackage(Buffer.from(out as ArrayBuffer), specs);
}

function renderSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const views: Partial<ExcelJS.WorksheetView>[] = spec.freeze
    ? [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }]
    : [];
  const ws = wb.addWorksheet(spec.name, { views });
  const byAddress = new Map(spec.cells.map((c) => [c.address, c]));
  for (const table of spec.tables) addTable(ws, table, byAddress);
  for (const cell of spec.cells) renderCell(ws.getCell(cell.address), cell);
  for (const { column, width } of spec.columnWidths) ws.getColumn(column).width = width;
  for (const { row, height } of spec.rowHeights ?? []) ws.getRow(row).height = height;
  for (const range of spec.merges) ws.mergeCells(range);
}

function renderCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  // The format goes first: a Text (`@`) cell then holds its string as text, never as a formula.
  if (spec.numberFormat) cell.numFmt = spec.numberFormat;
  cell.value = cellValue(spec);
  const s = spec.style;
  if (!s) return;
  const font: Partial<ExcelJS.Font> = {};
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.fontSize) font.size = s.fontSize;
  if (s.fontColor) font.color = { argb: `FF${s.fontColor}` };
  if (Object.keys(font).length) cell.font = font;
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  applyAlignment(cell, s);
  if (s.borderTop) cell.border = { top: { style: 'thin' } };
}

/**
 * A writer's formula becomes a live exceljs formula (no leading `=`) with the spec value as its
 * cached result, so readers that do not recalculate see the engine's number.
 */
function cellValue(spec: CellSpec): ExcelJS.CellValue {
  if (spec.formula === undefined) return spec.value;
  const value: ExcelJS.CellFormulaValue = { formula: spec.formula.replace(/^=/, '') };
  if (spec.value !== null) value.result = spec.value;
  return value;
}

function applyAlignment(cell: ExcelJS.Cell, s: CellStyle): void {
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (s.horizontal) alignment.horizontal = s.horizontal;
  if (s.wrap) alignment.wrapText = true;
  if (s.indent) alignment.indent = s.indent;
  if (Object.keys(alignment).length) cell.alignment = alignment;
}

/** An exceljs table writes its own header and body values; they are the spec's cell values. */
function addTable(
  ws: ExcelJS.Worksheet,
  table: SheetTableSpec,
  cells: ReadonlyMap<string, CellSpec>,
): void {
  const { start, end } = parseRange(table.range);
  const valueAt = (row: number, col: number): SpecValue =>
    cells.get(cellAddress(row, col))?.value ?? null;
  const bodyAt = (row: number, col: number): ExcelJS.CellValue => {
    const c = cells.get(cellAddress(row, col));
    return c ? cellValue(c) : null;
  };
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = start.column; c <= end.column; c++)
    columns.push({ name: String(valueAt(start.row, c) ?? `Column${c}`), filterButton: true });
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = start.row + 1; r <= end.row; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = start.column; c <= end.column; c++) row.push(bodyAt(r, c));
    rows.push(row);
  }
  ws.addTable({
    name: table.name,
    ref: cellAddress(start.row, start.column),
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns,
    rows,
  });
}
