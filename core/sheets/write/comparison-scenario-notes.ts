import { linePricing } from '../../estimate/coverage';
import type { Comparison } from '../../estimate/estimate';
import { sizingPolicyWords } from '../../requirements/sizing-policy';
import type { SheetBuilder } from './sheet-builder';

/** Lines listed by name per scenario; the rest are counted. */
const LISTED_LINES = 20;

/**
 * Row `row` of "AWS Comparison", above the line table's header: each scenario's column names the
 * sizing policy its sized EC2 lines were given a type under (as its estimate records it).
 */
export function writeSizingPolicyRow(
  b: SheetBuilder,
  comparison: Comparison,
  row: number,
  firstColumn: number,
): void {
  if (comparison.scenarios.every((e) => e.sizingPolicy === undefined)) return;
  b.set(row, 1, 'Sizing policy', { style: { bold: true } });
  comparison.scenarios.forEach((e, i) =>
    b.userText(row, firstColumn + i, `Sizing: ${sizingPolicyWords(e.sizingPolicy)}`, {
      italic: true,
      wrap: true,
    }),
  );
}

/**
 * From row `top`: one row per scenario naming the lines it leaves unpriced (in whole or in part),
 * so a column whose total leaves lines out says which. Returns the next free row.
 */
export function writeUnpricedLines(b: SheetBuilder, comparison: Comparison, top: number): number {
  b.set(top, 1, 'Lines not priced, per scenario', { style: { bold: true } });
  let row = top + 1;
  for (const e of comparison.scenarios) {
    const missing = e.lines.filter((l) => linePricing(l) !== 'priced').map((l) => l.description);
    const listed = missing.slice(0, LISTED_LINES).join(', ');
    const more = missing.length > LISTED_LINES ? ` and ${missing.length - LISTED_LINES} more` : '';
    b.userText(row, 1, e.scenario);
    b.userText(
      row,
      2,
      missing.length === 0
        ? 'none: every line is priced'
        : `${missing.length} of ${e.lines.length}: ${listed}${more}`,
      missing.length === 0 ? undefined : { italic: true },
    );
    row++;
  }
  return row;
}
