import type { Page } from 'playwright-core';
import type { FakeSheetModel, FakeWorkbookModel } from '../host/fake-excel';

/*
 * What the add-in wrote into the fake Excel (window.__fakeWorkbook), read from the page as the
 * suites compare it with the API's answers.
 */

/** The whole workbook as it stands in the page, copied out. */
export async function readWorkbook(page: Page): Promise<FakeWorkbookModel> {
  // As JSON text: playwright's own serialisation of a large object is far slower than a string.
  return JSON.parse(
    await page.evaluate(() => JSON.stringify(window.__fakeWorkbook)),
  ) as FakeWorkbookModel;
}

/**
 * One sheet as it stands in the page, copied out without the rest of the workbook (a 2,000-row
 * seed need not cross over to read the sheet written from it); an error names the sheets there are.
 */
export async function readSheet(page: Page, name: string): Promise<FakeSheetModel> {
  const found = JSON.parse(
    await page.evaluate((wanted) => {
      const sheets = window.__fakeWorkbook.sheets;
      const sheet = sheets.find((s) => s.name === wanted) ?? null;
      return JSON.stringify({ sheet, names: sheets.map((s) => s.name) });
    }, name),
  ) as { sheet: FakeSheetModel | null; names: string[] };
  if (found.sheet) return found.sheet;
  throw new Error(`sheet ${name} was not written; sheets: ${found.names.join(', ')}`);
}

/** A sheet of a workbook read with readWorkbook; an error names the sheets there are. */
export function sheetOf(model: FakeWorkbookModel, name: string): FakeSheetModel {
  const found = model.sheets.find((s) => s.name === name);
  if (!found)
    throw new Error(
      `sheet ${name} was not written; sheets: ${model.sheets.map((s) => s.name).join(', ')}`,
    );
  return found;
}

/** The sheet's non-empty cells as rows {A: value, B: value, ...}, keyed by row number. */
export function sheetRows(sheet: FakeSheetModel): Map<number, Record<string, unknown>> {
  const out = new Map<number, Record<string, unknown>>();
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m || cell.t === 'Empty') continue;
    const row = out.get(Number(m[2])) ?? {};
    row[m[1] as string] = cell.v;
    out.set(Number(m[2]), row);
  }
  return out;
}

/** Every cell's value as text, by address (an empty cell is ''). */
export function cellTexts(sheet: FakeSheetModel): Record<string, string> {
  return Object.fromEntries(Object.entries(sheet.cells).map(([a, c]) => [a, String(c.v ?? '')]));
}

/** Every cell's value as text, one a line: what a reader searching the sheet would find. */
export function sheetText(sheet: FakeSheetModel): string {
  return Object.values(cellTexts(sheet)).join('\n');
}
