import type { Grid, SheetSpec } from '../../core';
import {
  cellAddress,
  gridSheetFromRangeValues,
  parseCellAddress,
  rangeAddress,
  splitQualifiedAddress,
} from '../../core';
import { checkListValidations, sheetsOf } from './list-validations';
import { queueSheetSpec } from './render-sheet-spec';
import type { CellBlock, ListValidation, WorkbookIssue, WorkbookPort } from './workbook-port';
import { SETTING_MARKED_CELLS } from './workbook-port';

const ERROR_FILL = '#FDE7E9';
const WARNING_FILL = '#FFF4CE';
const SHADE_FILL = '#F3F2F1';

/**
 * The workbook port on Office.js. Every Excel.run in the add-in lives in this file; each method
 * queues its work and syncs as few times as the API allows (never in a loop).
 */
export class OfficeWorkbook implements WorkbookPort {
  async readGrid(): Promise<Grid> {
    return Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      // 'items' (not 'items/name'): office-addin-mock cannot load navigation paths through arrays.
      sheets.load('items');
      await context.sync();
      const used = sheets.items.map((sheet) => {
        const range = sheet.getUsedRangeOrNullObject(true);
        range.load('values,valueTypes,numberFormat,rowIndex,columnIndex');
        return { sheet, range };
      });
      await context.sync();
      return {
        sheets: used.map(({ sheet, range }) => {
          const hidden = sheet.visibility !== 'Visible';
          if (range.isNullObject) return { name: sheet.name, hidden, rows: [] };
          const { values, valueTypes, numberFormat, rowIndex, columnIndex } = range;
          // Core's grid model reads the used range; every sheet here states its visibility.
          return {
            ...gridSheetFromRangeValues({
              name: sheet.name,
              values,
              valueTypes,
              numberFormats: numberFormat.map((row) => row.map((f) => String(f ?? ''))),
              rowIndex,
              columnIndex,
            }),
            hidden,
          };
        }),
      };
    });
  }

  async replaceSheet(name: string, options?: { readonly hidden?: boolean }): Promise<void> {
    await Excel.run(async (context) => {
      // isNullObject needs no load: it is known after the sync.
      const existing = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (!existing.isNullObject) existing.delete();
      const sheet = context.workbook.worksheets.add(name);
      if (options?.hidden) sheet.visibility = 'Hidden';
      await context.sync();
    });
  }

  async deleteSheet(name: string): Promise<void> {
    await Excel.run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      if (existing.isNullObject) return;
      existing.delete();
      await context.sync();
    });
  }

  async addListValidations(validations: readonly ListValidation[]): Promise<void> {
    checkListValidations(validations);
    if (validations.length === 0) return;
    await Excel.run(async (context) => {
      const names = sheetsOf(validations);
      const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
      await context.sync();
      checkListValidations(
        validations,
        names.filter((_, i) => !sheets[i]!.isNullObject),
      );
      for (const v of validations) {
        const sheet = sheets[names.indexOf(v.sheet)]!;
        const validation = sheet.getRange(v.range).dataValidation;
        // A rule cannot be set over another one: clear first (Office's data-validation guide).
        validation.clear();
        validation.rule = { list: { inCellDropDown: true, source: v.source } };
        validation.ignoreBlanks = true;
        validation.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
        validation.errorAlert = {
          showAlert: true,
          style: 'Stop',
          title: v.title,
          message: v.error,
        };
      }
      await context.sync();
    });
  }

  async writeBlock(block: CellBlock): Promise<void> {
    const rows = block.values.length;
    const columns = Math.max(0, ...block.values.map((r) => r.length));
    if (rows === 0 || columns === 0) return;
    const values = block.values.map((r) => pad(r, columns, null));
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(block.sheet);
      const start = parseCellAddress(block.topLeft);
      const end = { row: start.row + rows - 1, column: start.column + columns - 1 };
      const range = sheet.getRange(rangeAddress(start, end));
      range.values = values as (string | number | boolean)[][];
      if (block.numberFormats) {
        range.numberFormat = block.numberFormats.map((r) =>
          pad(r, columns, null).map((f) => f ?? 'General'),
        );
      }
      const { row, column } = start;
      const rowRange = (i: number) =>
        sheet.getRange(
          rangeAddress({ row: row + i, column }, { row: row + i, column: end.column }),
        );
      for (const i of block.boldRows ?? []) rowRange(i).format.font.bold = true;
      for (const i of block.shadedRows ?? []) rowRange(i).format.fill.color = SHADE_FILL;
      (block.columnWidths ?? []).forEach((width, i) => {
        sheet.getRange(cellAddress(row, column + i)).format.columnWidth = width;
      });
      await context.sync();
    });
  }

  async renderSheet(spec: SheetSpec): Promise<void> {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const existing = sheets.getItemOrNullObject(spec.name);
      await context.sync();
      if (!existing.isNullObject) existing.delete();
      queueSheetSpec(sheets.add(spec.name), spec);
      await context.sync();
    });
  }

  async markIssues(issues: readonly WorkbookIssue[]): Promise<void> {
    const cells = issues.filter((i) => splitQualifiedAddress(i.cell)[1] !== null);
    await Excel.run(async (context) => {
      for (const issue of cells) {
        const [sheet, address] = splitQualifiedAddress(issue.cell);
        context.workbook.worksheets.getItem(sheet).getRange(address ?? 'A1').format.fill.color =
          issue.severity === 'error' ? ERROR_FILL : WARNING_FILL;
      }
      context.workbook.settings.add(SETTING_MARKED_CELLS, JSON.stringify(cells.map((c) => c.cell)));
      await context.sync();
    });
  }

  async clearMarks(): Promise<void> {
    await Excel.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(SETTING_MARKED_CELLS);
      setting.load('value');
      const sheets = context.workbook.worksheets;
      sheets.load('items');
      await context.sync();
      if (setting.isNullObject) return;
      const existing = new Set(sheets.items.map((s) => s.name));
      for (const cell of parseMarked(setting.value)) {
        const [sheetName, address] = splitQualifiedAddress(cell);
        // A sheet deleted since the last run has nothing left to clear.
        if (!existing.has(sheetName) || !address) continue;
        sheets.getItem(sheetName).getRange(address).format.fill.clear();
      }
      setting.delete();
      await context.sync();
    });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  async insertWorkbook(base64Xlsx: string): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.insertWorksheetsFromBase64(base64Xlsx);
      await context.sync();
    });
  }

  async getSetting(key: string): Promise<string | null> {
    return Excel.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(key);
      item.load('value');
      await context.sync();
      return item.isNullObject ? null : String(item.value);
    });
  }

  async setSetting(key: string, value: string): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.settings.add(key, value);
      await context.sync();
    });
  }
}

function pad<T>(row: readonly T[], width: number, fill: T): T[] {
  return row.length >= width ? [...row] : [...row, ...Array<T>(width - row.length).fill(fill)];
}

function parseMarked(value: unknown): string[] {
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
  } catch {
    return [];
  }
}
