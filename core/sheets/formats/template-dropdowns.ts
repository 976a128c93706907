import { columnLetters } from '../grid/cell-address';
import type { DropdownList, TemplateSheet } from './template-columns';
import { DROPDOWN_VALUES, LISTS_SHEET, SETTING_DEFS } from './template-lists';

/**
 * The dropdowns of our template, in one place: which cells carry which list, the words of their
 * prompt and error alert, and where each list's values live (a column of the hidden Lists sheet).
 * The backend's template builder writes them with exceljs; the add-in's Add line gives a sheet it
 * creates the same dropdowns through the workbook port.
 */

/** Rows below a data sheet's header that carry its dropdowns (row 2 to row 2,001). */
export const TEMPLATE_VALIDATED_ROWS = 2000;

/** The lists in the order of the Lists sheet's columns (A holds `regions`, B `os`, …). */
export const DROPDOWN_LISTS = Object.keys(DROPDOWN_VALUES) as DropdownList[];

/** One dropdown: a range of a sheet whose cells take a value of `list`. */
export interface TemplateDropdown {
  /** `F2:F2001` on a data sheet, `B5` on Settings. */
  readonly range: string;
  readonly list: DropdownList;
  /** The column header or setting label: the error alert's title. */
  readonly title: string;
  /** The prompt's title (Excel keeps at most 32 characters). */
  readonly promptTitle: string;
  /** The help shown when a cell is selected (at most 255 characters). */
  readonly prompt: string;
  /** The error alert's message for a value not in the list (at most 255 characters). */
  readonly error: string;
}

/**
 * The range holding a list's values, as a formula reference without `=`:
 * `Lists!$A$2:$A$31`. `column` (1-based) and `sheet` name where else the list is kept.
 */
export function listReference(
  list: DropdownList,
  column = DROPDOWN_LISTS.indexOf(list) + 1,
  sheet = LISTS_SHEET,
): string {
  const letters = columnLetters(column);
  const quoted = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!$${letters}$2:$${letters}$${DROPDOWN_VALUES[list].length + 1}`;
}

/** One list as a column: its name, then its values. */
export function listColumn(list: DropdownList): string[] {
  return [list, ...DROPDOWN_VALUES[list]];
}

/** The Lists sheet as rows: every list's name in row 1, its values below (blank where shorter). */
export function listsSheetRows(): (string | null)[][] {
  const columns = DROPDOWN_LISTS.map(listColumn);
  const height = Math.max(...columns.map((c) => c.length));
  return Array.from({ length: height }, (_, row) => columns.map((c) => c[row] ?? null));
}

function dropdown(range: string, list: DropdownList, title: string, help: string) {
  return {
    range,
    list,
    title,
    promptTitle: title.slice(0, 32),
    prompt: help.slice(0, 255),
    error: `Pick a value from the list. ${help}`.slice(0, 255),
  };
}

/** A data sheet's dropdowns: each column with a list, from row 2 to the validated rows. */
export function dataSheetDropdowns(layout: TemplateSheet): TemplateDropdown[] {
  const out: TemplateDropdown[] = [];
  layout.columns.forEach((c, i) => {
    if (!c.list) return;
    const letters = columnLetters(i + 1);
    const range = `${letters}2:${letters}${TEMPLATE_VALIDATED_ROWS + 1}`;
    out.push(dropdown(range, c.list, c.aliases[0]!, c.help));
  });
  return out;
}

/** The Settings sheet's dropdowns: the value cell (column B) of each setting with a list. */
export function settingsDropdowns(): TemplateDropdown[] {
  const out: TemplateDropdown[] = [];
  SETTING_DEFS.forEach((d, i) => {
    if (d.list) out.push(dropdown(`B${i + 2}`, d.list, d.label, d.help));
  });
  return out;
}
