import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { findHeaderRow } from '../read/header-match';
import type { HeaderMatch } from '../read/header-match';
import type { TemplateSheet } from '../formats/template-columns';
import { RowReader } from '../read/row-reader';
import { dataRows, parseGroupPath, readRegion } from '../read/data-rows';

/** Finds a template sheet's header row, reporting missing required columns. */
export function templateHeader<F extends string>(
  sheet: GridSheet,
  layout: TemplateSheet<F>,
  issues: IssueCollector,
): HeaderMatch<F> | null {
  const match = findHeaderRow(sheet, layout.columns);
  if (!match) {
    const expected = layout.columns.filter((c) => c.required).map((c) => `"${c.aliases[0]}"`);
    issues.error(
      sheet.name,
      null,
      null,
      'header.not-found',
      `no header row found in the first 15 rows; expected columns such as ${expected.join(', ')}`,
    );
    return null;
  }
  for (const f of match.missing) {
    const c = layout.columns.find((x) => x.field === f)!;
    issues.error(
      sheet.name,
      match.headerRow,
      null,
      'header.missing',
      `required column "${c.aliases[0]}" is missing from the header row`,
    );
  }
  return match.missing.length ? null : match;
}

/** Stable item id from sheet and row: `Compute-12`. */
export function itemId(sheet: string, row: number): string {
  return `${sheet.replace(/\s+/g, '')}-${row}`;
}

/** Every data row of a template sheet read by `readRow` (undefined = the row had an error). */
export function readTemplateRows<F extends string, T>(
  sheet: GridSheet,
  layout: TemplateSheet<F>,
  issues: IssueCollector,
  readRow: (r: RowReader<F>) => T | undefined,
): T[] {
  const header = templateHeader(sheet, layout, issues);
  if (!header) return [];
  const items: T[] = [];
  for (const row of dataRows(sheet, header.headerRow, issues)) {
    const item = readRow(new RowReader<F>(sheet, row, header.columns, issues));
    if (item !== undefined) items.push(item);
  }
  return items;
}

/** Description, group and region: the fields every template row shares. */
export function rowBase<F extends string>(
  r: RowReader<F | 'description' | 'group'>,
  regionField?: F,
): { id: string; description?: string; group?: string[]; region?: string } {
  return {
    id: itemId(r.sheet.name, r.row),
    description: r.text('description', 'description'),
    group: parseGroupPath(r.text('group', 'group')),
    ...(regionField ? { region: readRegion(r, regionField) } : {}),
  };
}
