import ExcelJS from 'exceljs';
import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import type { GridSheet, GridValue } from '../../core';

/**
 * One exceljs worksheet -> a GridSheet: formulas become their cached results, merged cells keep
 * their value in the top-left cell only, dates become GridDate (so a date where a number belongs
 * is reported), rich text and hyperlinks become their text, error values stay errors.
 */
export function worksheetToGrid(ws: Worksheet): GridSheet {
  const rows: GridValue[][] = [];
  const rowCount = ws.rowCount;
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const values: GridValue[] = [];
    if (row.cellCount > 0) {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        while (values.length < col - 1) values.push(null);
        values[col - 1] = cellToGrid(cell);
      });
    }
    rows.push(values);
  }
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice();
  return {
    name: ws.name,
    rows,
    ...(ws.state !== 'visible' ? { hidden: true } : {}),
    ...(merges.length ? { merges } : {}),
  };
}

function cellToGrid(cell: Cell): GridValue {
  if (cell.isMerged && cell.master !== cell) return null;
  // `cell.result`, not `cell.value.result`: exceljs's formula value object drops a falsy cached
  // result (0, FALSE), which must read as 0 / false like the fast reader gives.
  if (cell.type === ExcelJS.ValueType.Formula) return formulaResult(cell.result);
  return toGridValue(cell.value);
}

/** A formula's cached result; a formula never calculated (none) reads as empty. */
function formulaResult(result: unknown): GridValue {
  if (result === undefined || result === null) return null;
  if (typeof result === 'object' && 'error' in result)
    return { error: (result as { error: string }).error };
  return toGridValue(result as CellValue);
}

export function toGridValue(v: CellValue): GridValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return { date: v.toISOString().slice(0, 10) };
  if ('error' in v) return { error: v.error };
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return formulaResult(v.result);
  if ('text' in v) return typeof v.text === 'string' ? v.text : null;
  return null;
}

export function workbookToGridSheets(wb: Workbook): GridSheet[] {
  return wb.worksheets.map(worksheetToGrid);
}
