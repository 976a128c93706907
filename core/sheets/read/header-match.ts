import type { GridSheet, GridValue } from '../grid/grid';
import { lastRow, valueAt } from '../grid/grid';
import { lastColumn } from '../grid/grid';

/**
 * Header matching: case, spaces, line breaks and punctuation inside header cells are ignored, so
 * `Storage amount\nper volume\n(GB)` matches `storage amount per volume (GB)`.
 */
export function normalizeHeader(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9#%]+/g, '');
}

export interface ColumnDef<F extends string = string> {
  readonly field: F;
  /** Header texts accepted for this column; the first is the canonical one. */
  readonly aliases: readonly string[];
  readonly required?: boolean;
}

export interface HeaderMatch<F extends string = string> {
  /** 1-based row of the header. */
  readonly headerRow: number;
  /** Field -> 1-based column. */
  readonly columns: ReadonlyMap<F, number>;
  /** Required fields with no matching header. */
  readonly missing: readonly F[];
}

function headerText(v: GridValue): string | null {
  return typeof v === 'string' && v.trim() !== '' ? normalizeHeader(v) : null;
}

/**
 * Finds the header row among the first `searchRows` rows: the row matching the most columns
 * (required ones first). Returns null when no row matches at least `minMatches` columns.
 */
export function findHeaderRow<F extends string>(
  sheet: GridSheet,
  defs: readonly ColumnDef<F>[],
  options: { searchRows?: number; minMatches?: number } = {},
): HeaderMatch<F> | null {
  const first = sheet.startRow ?? 1;
  const last = Math.min(lastRow(sheet), first + (options.searchRows ?? 15) - 1);
  const width = lastColumn(sheet);
  const aliasToField = new Map<string, F>();
  for (const d of defs) for (const a of d.aliases) aliasToField.set(normalizeHeader(a), d.field);

  let best: HeaderMatch<F> | null = null;
  let bestScore = 0;
  for (let row = first; row <= last; row++) {
    const columns = new Map<F, number>();
    for (let col = sheet.startColumn ?? 1; col <= width; col++) {
      const h = headerText(valueAt(sheet, row, col));
      const field = h === null ? undefined : aliasToField.get(h);
      if (field !== undefined && !columns.has(field)) columns.set(field, col);
    }
    const missing = defs.filter((d) => d.required && !columns.has(d.field)).map((d) => d.field);
    const score = columns.size * 10 - missing.length;
    if (columns.size >= (options.minMatches ?? 2) && score > bestScore) {
      bestScore = score;
      best = { headerRow: row, columns, missing };
    }
  }
  return best;
}
