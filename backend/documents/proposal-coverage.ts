import type { Estimate } from '../../core';
import {
  GAP_REASON_LABELS,
  coverageText,
  gapCustomerText,
  isFullyPriced,
  pricingGaps,
} from '../../core';
import type { TableData, TableRow } from './table-data';

/** Lines named one by one in the executive summary; the rest are counted. */
const LISTED_GAPS = 30;
/**
 * Distinct price queries listed in the appendix (each with the lines that asked it); the rest are
 * counted and the accompanying XLSX has every line. Keeps a 10,000-VM proposal readable.
 */
const LISTED_QUERIES = 150;

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
    notPriced.push(
      `… and ${gaps.length - LISTED_GAPS} more items (their price queries are in the appendix; every line is in the accompanying Excel workbook).`,
    );
  const rows = queryRows(gaps);
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

type Gap = ReturnType<typeof pricingGaps>[number];

/**
 * One appendix row per distinct unanswered price query (component, reason and query), naming the
 * first line that asked it and how many more did: 3,000 VMs of one missing instance type are one
 * row, not 3,000.
 */
function queryRows(gaps: readonly Gap[]): TableRow[] {
  const byQuery = new Map<string, { first: string; lines: number; cells: string[] }>();
  for (const gap of gaps)
    for (const c of gap.components) {
      const key = `${c.name}\u0000${c.status}\u0000${c.explanation}`;
      const seen = byQuery.get(key);
      if (seen) seen.lines++;
      else
        byQuery.set(key, {
          first: gap.description,
          lines: 1,
          cells: [c.name, GAP_REASON_LABELS[c.status], c.explanation],
        });
    }
  const all = [...byQuery.values()];
  const rows: TableRow[] = all.slice(0, LISTED_QUERIES).map((q) => ({
    kind: 'plain',
    cells: [q.lines > 1 ? `${q.first} and ${q.lines - 1} more` : q.first, ...q.cells],
  }));
  if (all.length > LISTED_QUERIES)
    rows.push({
      kind: 'plain',
      cells: [
        `… ${all.length - LISTED_QUERIES} more price queries`,
        '',
        '',
        'Every line is in the accompanying Excel workbook.',
      ],
    });
  return rows;
}
