import { coverageText, isFullyPriced } from '../../estimate/coverage';
import type { Estimate } from '../../estimate/estimate';
import { GAP_REASON_LABELS, pricingGaps } from '../../estimate/pricing-gaps';
import { COL } from './estimate-cells';
import { BRAND } from './number-formats';
import type { SheetBuilder } from './sheet-builder';

/** Gaps listed one per row under the totals; the rest are counted in one more row. */
const LISTED_GAPS = 200;

/**
 * Beside the totals: how many lines they price, and — below 100 % — each line not priced in full
 * with why (price not in catalog, not offered in the region, invalid combination…).
 */
export function writeCoverage(b: SheetBuilder, start: number, e: Estimate): number {
  let row = start;
  const complete = isFullyPriced(e.coverage);
  const warn = { bold: true, fontColor: BRAND.warningFont };
  b.set(row, COL.component, 'Coverage', { style: complete ? { bold: true } : warn });
  b.userText(row, COL.quantity, coverageText(e.coverage), complete ? { italic: true } : warn);
  row++;
  if (complete) return row;
  const gaps = pricingGaps(e.lines);
  for (const gap of gaps.slice(0, LISTED_GAPS)) {
    b.set(row, COL.component, gap.pricing === 'unpriced' ? 'Not priced' : 'Partly priced', {
      style: { indent: 1, fontColor: BRAND.warningFont },
    });
    const why = gap.reasons.map((r) => GAP_REASON_LABELS[r]).join(', ') || 'nothing to price';
    b.userText(row, COL.quantity, `${gap.description} (${gap.itemId}): ${why}`);
    row++;
  }
  if (gaps.length > LISTED_GAPS) {
    b.userText(row, COL.quantity, `… and ${gaps.length - LISTED_GAPS} more lines not fully priced`);
    row++;
  }
  return row;
}
