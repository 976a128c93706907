import type { Estimate } from '../../core';
import {
  GAP_REASON_LABELS,
  coverageText,
  gapCustomerText,
  isFullyPriced,
  pricingGaps,
} from '../../core';
import type { TableData } from './table-data';

/** Lines named one by one in the executive summary; the rest are counted. */
const LISTED_GAPS = 30;

/**
 * What the totals price and what they leave out: a statement for the executive summary, the
 * unpriced lines in a customer's words (why, without jargon), and for the appendix the technical
 * detail — each price query the catalog could not answer — plus the engine's warnings.
 */
export interface CoverageSection {
  readonly statement: string;
  /** Empty when every line is priced. */
  readonly notPriced: readonly string[];
  readonly appendix: { readonly queries: TableData | null; readonly warnings: readonly string[] };
}

export function buildCoverage(estimate: Estimate): CoverageSection {
  const gaps = pricingGaps(estimate.lines);
  const complete = isFullyPriced(estimate.coverage);
  const statement = complete
    ? `Coverage: ${coverageText(estimate.coverage)} Every figure in this proposal is a priced AWS rate.`
    : `Coverage: ${coverageText(estimate.coverage)} The items below are not included in the totals; ` +
      'the totals would rise once they are priced.';
  const notPriced = gaps.slice(0, LISTED_GAPS).map(gapCustomerText);
  if (gaps.length > LISTED_GAPS)
    notPriced.push(`… and ${gaps.length - LISTED_GAPS} more items (listed in the appendix).`);
  const rows = gaps.flatMap((gap) =>
    gap.components.map((c) => ({
      kind: 'plain' as const,
      cells: [gap.description, c.name, GAP_REASON_LABELS[c.status], c.explanation],
    })),
  );
  return {
    statement,
    notPriced,
    appendix: {
      queries: rows.length
        ? {
            columns: [
              { title: 'Line', align: 'left', width: 0.2 },
              { title: 'Component', align: 'left', width: 0.2 },
              { title: 'Why', align: 'left', width: 0.14 },
              { title: 'Price query (catalog)', align: 'left', width: 0.46 },
            ],
            rows,
          }
        : null,
      warnings: estimate.warnings,
    },
  };
}
