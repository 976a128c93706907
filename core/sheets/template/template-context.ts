import type { GridSheet } from '../grid/grid';
import type { IssueCollector } from '../read/issues';
import { findHeaderRow } from '../read/header-match';
import type { HeaderMatch } from '../read/header-match';
import type { TemplateSheet } from '../formats/template-layout';

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
