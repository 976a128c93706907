import { columnLetters } from '../grid/cell-address';
import type { BulkColumn } from '../formats/bulk-import-layout';
import {
  BULK_FIRST_COLUMN,
  BULK_HEADER_ROW,
  BULK_SECTION_ROW,
  BULK_SHEET,
} from '../formats/bulk-import-layout';
import { SheetBuilder } from './sheet-builder';
import type { SheetSpec, SpecValue } from './sheet-spec';

/** The sheet after `Inputs` naming what the workbook leaves out (the calculator reads `Inputs`). */
export const BULK_OMISSIONS_SHEET = 'Not in this import';

export interface BulkOmission {
  readonly itemId: string;
  readonly service: string;
  readonly group: string;
  readonly description: string;
  /** Why it is not in this workbook: another workbook's template, or none can express it. */
  readonly reason: string;
}

/**
 * One of the calculator's bulk-import sheets: `Inputs`, row-2 section titles (merged over their
 * columns; none when the template's titles are not known), row-3 exact headers from column B,
 * the row number in column A, data from row 4. Group and description (the first two values) are
 * user text and written as Text so Excel never evaluates them.
 */
export function bulkSheet<F extends string>(
  columns: readonly BulkColumn<F>[],
  sections: readonly (readonly [string, F, F])[],
  rows: readonly (readonly SpecValue[])[],
): SheetSpec {
  const b = new SheetBuilder(BULK_SHEET);
  const colOf = (f: F) => BULK_FIRST_COLUMN + columns.findIndex((c) => c.field === f);
  for (const [title, first, last] of sections) {
    b.set(BULK_SECTION_ROW, colOf(first), title, { style: { bold: true, horizontal: 'center' } });
    b.merge(
      `${columnLetters(colOf(first))}${BULK_SECTION_ROW}:${columnLetters(colOf(last))}${BULK_SECTION_ROW}`,
    );
  }
  columns.forEach((c, i) => {
    b.set(BULK_HEADER_ROW, BULK_FIRST_COLUMN + i, c.header, { style: { bold: true, wrap: true } });
    b.width(columnLetters(BULK_FIRST_COLUMN + i), c.width);
  });
  b.width('A', 6);
  // The calculator's headers hold up to three line breaks.
  b.height(BULK_HEADER_ROW, 64);
  rows.forEach((values, r) => {
    const row = BULK_HEADER_ROW + 1 + r;
    b.set(row, 1, r + 1);
    values.forEach((v, i) => {
      if (v === null) return;
      if (i < 2) b.userText(row, BULK_FIRST_COLUMN + i, String(v));
      else b.set(row, BULK_FIRST_COLUMN + i, v);
    });
  });
  b.freezePanes(BULK_HEADER_ROW, 0);
  return b.build();
}

const OMISSION_HEADERS = ['Item', 'Service', 'Group', 'Description', 'Why not in this import'];

/**
 * The requirement items a bulk-import workbook does not carry, one row each with why, so nothing
 * is dropped silently: a title row, a sentence, the header row (row 3), then the items.
 */
export function bulkOmissionsSheet(
  workbookTitle: string,
  omissions: readonly BulkOmission[],
): SheetSpec {
  const b = new SheetBuilder(BULK_OMISSIONS_SHEET);
  b.set(1, 1, `Not in this ${workbookTitle} bulk import: ${omissions.length} item(s)`, {
    style: { bold: true, fontSize: 13 },
  });
  b.set(
    2,
    1,
    'The AWS Pricing Calculator reads the Inputs sheet only. The items below are not in it; each says why (another bulk-import workbook carries it, or no bulk-import template can express it).',
    { style: { italic: true } },
  );
  OMISSION_HEADERS.forEach((h, i) => b.set(3, 1 + i, h, { style: { bold: true } }));
  omissions.forEach((o, r) => {
    [o.itemId, o.service, o.group, o.description, o.reason].forEach((v, i) =>
      b.userText(4 + r, 1 + i, v),
    );
  });
  [18, 14, 22, 32, 80].forEach((w, i) => b.width(columnLetters(1 + i), w));
  b.freezePanes(3, 0);
  return b.build();
}
