import type { GridValue } from '../../../core';
import { columnLetters, columnNumber } from '../../../core';
import type { CellBudget } from './cell-budget';
import { XlsxFormatError } from './xlsx-format-error';

interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Applies `<mergeCell ref>`s to parsed rows as exceljs does on load: every cell of a merge but the
 * top-left one becomes an empty cell that exists (so rows reach the merge's last row and column),
 * and the merged ranges come back normalised (`B3:A1` -> `A1:B3`) in document order.
 * Overlapping merges make Excel itself repair the file; here they are an error naming the sheet.
 */
export function applyMerges(
  rows: (GridValue[] | undefined)[],
  refs: readonly string[],
  sheetName: string,
  budget: CellBudget,
): string[] {
  const boxes: Box[] = [];
  const out: string[] = [];
  for (const ref of refs) {
    const box = parseBox(ref, sheetName);
    for (const other of boxes) {
      if (
        box.left <= other.right &&
        other.left <= box.right &&
        box.top <= other.bottom &&
        other.top <= box.bottom
      )
        throw new XlsxFormatError(
          `sheet "${sheetName}" has overlapping merged cells (${ref}); open it in Excel, unmerge them and save it again`,
        );
    }
    boxes.push(box);
    budget.take((box.bottom - box.top + 1) * (box.right - box.left + 1), sheetName);
    for (let r = box.top; r <= box.bottom; r++) {
      const row = (rows[r - 1] ??= []);
      for (let c = box.left; c <= box.right; c++) {
        if (r === box.top && c === box.left) continue;
        while (row.length < c - 1) row.push(null);
        row[c - 1] = null;
      }
    }
    out.push(`${columnLetters(box.left)}${box.top}:${columnLetters(box.right)}${box.bottom}`);
  }
  return out;
}

function parseBox(ref: string, sheetName: string): Box {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m)
    throw new XlsxFormatError(`sheet "${sheetName}" has a merged range "${ref}" that is no range`);
  const c1 = columnNumber(m[1]!);
  const r1 = Number(m[2]);
  const c2 = m[3] === undefined ? c1 : columnNumber(m[3]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]);
  return {
    top: Math.min(r1, r2),
    left: Math.min(c1, c2),
    bottom: Math.max(r1, r2),
    right: Math.max(c1, c2),
  };
}
