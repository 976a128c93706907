import type { DropdownList, Grid, GridSheet, TemplateSheet } from '../../core';
import {
  DROPDOWN_VALUES,
  LISTS_SHEET,
  cellAddress,
  dataSheetDropdowns,
  findSheet,
  lastColumn,
  listColumn,
  listReference,
  listsSheetRows,
  valueAt,
} from '../../core';
import type { WorkbookPort } from '../excel/workbook-port';

/**
 * A template sheet that Add line creates gets the template's dropdowns (core's
 * `dataSheetDropdowns`), their lists read from the hidden Lists sheet as in the template. A
 * workbook without a Lists sheet gets one (hidden, core's rows); one that has it keeps it as it
 * is: a list found there with our values is used where it stands, a list missing or different
 * (an older template's) is written to the next free column — no cell of it is overwritten.
 * `added` collects the sheets it adds, so Add line can take them back if a later step fails (list
 * columns written into an existing Lists sheet stay: they are lists, not anyone's data).
 */
export async function addTemplateDropdowns(
  workbook: WorkbookPort,
  grid: Grid,
  layout: TemplateSheet,
  added: string[] = [],
): Promise<void> {
  const dropdowns = dataSheetDropdowns(layout);
  if (dropdowns.length === 0) return;
  const lists = [...new Set(dropdowns.map((d) => d.list))];
  const sources = await listSources(workbook, grid, lists, added);
  await workbook.addListValidations(
    dropdowns.map((d) => ({
      sheet: layout.name,
      range: d.range,
      source: `=${sources.get(d.list)!}`,
      title: d.title,
      promptTitle: d.promptTitle,
      prompt: d.prompt,
      error: d.error,
    })),
  );
}

/** Where each list is (a reference without `=`), writing the Lists sheet or columns it lacks. */
async function listSources(
  workbook: WorkbookPort,
  grid: Grid,
  lists: readonly DropdownList[],
  added: string[],
): Promise<Map<DropdownList, string>> {
  const sheet = findSheet(grid, LISTS_SHEET);
  if (!sheet) {
    added.push(LISTS_SHEET);
    await workbook.replaceSheet(LISTS_SHEET, { hidden: true });
    await workbook.writeBlock({ sheet: LISTS_SHEET, topLeft: 'A1', values: listsSheetRows() });
    return new Map(lists.map((l) => [l, listReference(l)]));
  }
  const sources = new Map<DropdownList, string>();
  let free = Math.max(lastColumn(sheet), 0) + 1;
  for (const list of lists) {
    let column = columnHolding(sheet, list);
    if (column === undefined) {
      column = free++;
      await workbook.writeBlock({
        sheet: sheet.name,
        topLeft: cellAddress(1, column),
        values: listColumn(list).map((v) => [v]),
      });
    }
    sources.set(list, listReference(list, column, sheet.name));
  }
  return sources;
}

/** The column whose row 1 names `list` and whose rows below hold exactly its values, if any. */
function columnHolding(sheet: GridSheet, list: DropdownList): number | undefined {
  const values = DROPDOWN_VALUES[list];
  for (let column = sheet.startColumn ?? 1; column <= lastColumn(sheet); column += 1) {
    if (valueAt(sheet, 1, column) !== list) continue;
    const same = values.every((v, i) => String(valueAt(sheet, i + 2, column) ?? '') === v);
    if (same && valueAt(sheet, values.length + 2, column) === null) return column;
  }
  return undefined;
}
