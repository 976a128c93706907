import type { CostComponent, CostLine, Estimate } from '../../core';
import { COST_CATEGORIES, GAP_REASON_CUSTOMER_TEXT, linePricing } from '../../core';
import { sumText } from './amounts';
import type { Formatter } from './number-format';
import {
  LARGEST_LINES_LISTED,
  costByGroupTable,
  costByServiceTable,
  largestLinesTable,
  summarised,
} from './proposal-groups';
import type { TableData, TableRow } from './table-data';

/**
 * Cost tables: totals per category, adjustments, and every line with its components and the
 * calculation text the engine wrote. Line amounts are list prices in USD (see `Estimate.listTotals`);
 * the totals after adjustments are in the estimate's currency.
 */
export const LINE_CURRENCY = 'USD';

export const CATEGORY_ORDER: readonly CostLine['category'][] = COST_CATEGORIES;

export interface CategoryTotal {
  readonly category: CostLine['category'];
  readonly lineCount: number;
  /** Exact decimal sums, for the CSV/JSON exports and the tests. */
  readonly monthly: string;
  readonly upfront: string;
}

export interface CostSections {
  readonly lineCurrency: string;
  readonly categoryTotals: readonly CategoryTotal[];
  readonly categoryTable: TableData;
  readonly adjustmentsTable: TableData | null;
  readonly lineTables: readonly { readonly category: string; readonly table: TableData }[];
}

export function categoryTotals(lines: readonly CostLine[]): CategoryTotal[] {
  return CATEGORY_ORDER.map((category) => {
    const inCategory = lines.filter((l) => l.category === category);
    return {
      category,
      lineCount: inCategory.length,
      monthly: sumText(
        inCategory.map((l) => l.monthly),
        `${category} line monthly`,
      ),
      upfront: sumText(
        inCategory.map((l) => l.upfront),
        `${category} line upfront`,
      ),
    };
  }).filter((c) => c.lineCount > 0);
}

/**
 * A component's row. A priced one shows its calculation; one that is not priced says why in a
 * customer's words (the technical price query is in the appendix) and shows no amount, never $0.
 */
function componentRow(c: CostComponent, f: Formatter): TableRow {
  const priced = c.status === 'priced' && c.cost !== null;
  const cost = priced ? f.money(c.cost!, LINE_CURRENCY) : 'not priced';
  const text =
    c.status === 'priced' ? c.explanation : `${sentence(GAP_REASON_CUSTOMER_TEXT[c.status])}.`;
  return {
    kind: 'component',
    cells: [c.name, text, c.charge === 'monthly' ? cost : '', c.charge === 'upfront' ? cost : ''],
  };
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A line's amount for one charge. A missing or ambiguous price is a gap, never $0: a line whose
 * components of that charge are all gaps prints "not priced"; a partly priced one is marked.
 */
export function lineAmountText(
  line: CostLine,
  charge: CostComponent['charge'],
  f: Formatter,
): string {
  const amount = f.money(charge === 'monthly' ? line.monthly : line.upfront, LINE_CURRENCY);
  const parts = line.components.filter((c) => c.charge === charge && c.status !== 'no-usage');
  const gaps = parts.filter((c) => c.status !== 'priced');
  // A line with nothing priced shows no amount at all — not even $0.00 for a charge it lacks.
  if (parts.length === 0) return linePricing(line) === 'unpriced' ? '—' : amount;
  if (gaps.length === 0) return amount;
  return gaps.length === parts.length ? 'not priced' : `${amount} + gaps`;
}

function lineRows(line: CostLine, f: Formatter): TableRow[] {
  const title = [...line.group, line.description].join(' › ');
  // The engine's warnings are technical (price queries): they are in the appendix, not here.
  const warn = line.incomplete ? `${line.region} — not fully priced` : line.region;
  return [
    {
      kind: 'line',
      cells: [title, warn, lineAmountText(line, 'monthly', f), lineAmountText(line, 'upfront', f)],
    },
    ...line.components.map((c) => componentRow(c, f)),
  ];
}

const LINE_COLUMNS = [
  { title: 'Line / component', align: 'left', width: 0.3 },
  { title: 'Calculation', align: 'left', width: 0.44 },
  { title: 'Monthly', align: 'right', width: 0.13 },
  { title: 'Upfront', align: 'right', width: 0.13 },
] as const;

export function buildCostSections(estimate: Estimate, f: Formatter): CostSections {
  const totals = categoryTotals(estimate.lines);
  const money = (v: string) => f.money(v, LINE_CURRENCY);
  const categoryTable: TableData = {
    columns: [
      { title: 'Category', align: 'left', width: 0.4 },
      { title: 'Lines', align: 'right', width: 0.12 },
      { title: 'Monthly', align: 'right', width: 0.24 },
      { title: 'Upfront', align: 'right', width: 0.24 },
    ],
    rows: [
      ...totals.map((t): TableRow => ({
        kind: 'plain',
        cells: [t.category, String(t.lineCount), money(t.monthly), money(t.upfront)],
      })),
      {
        kind: 'total',
        cells: [
          'Total at list price',
          String(estimate.lines.length),
          money(estimate.listTotals.monthly),
          money(estimate.listTotals.upfront),
        ],
      },
    ],
  };
  const adjustmentsTable: TableData | null = estimate.adjustments.length
    ? {
        columns: [
          { title: 'Adjustment', align: 'left', width: 0.26 },
          { title: 'Explanation', align: 'left', width: 0.44 },
          { title: 'Monthly', align: 'right', width: 0.15 },
          { title: 'Upfront', align: 'right', width: 0.15 },
        ],
        rows: [
          ...estimate.adjustments.map((a): TableRow => {
            // Every adjustment is a USD delta except `fx`, whose amounts are the converted totals
            // in the target currency (core/rules/apply-rules.ts).
            const currency = a.kind === 'fx' ? estimate.currency : LINE_CURRENCY;
            return {
              kind: 'plain',
              cells: [
                a.name,
                a.explanation,
                f.money(a.monthly, currency),
                f.money(a.upfront, currency),
              ],
            };
          }),
          {
            kind: 'total',
            cells: [
              'Total after adjustments',
              '',
              f.money(estimate.totals.monthly, estimate.currency),
              f.money(estimate.totals.upfront, estimate.currency),
            ],
          },
        ],
      }
    : null;
  const lineTables = summarised(estimate)
    ? [
        { category: 'By group and service', table: costByGroupTable(estimate, f) },
        { category: 'By service', table: costByServiceTable(estimate, f) },
        {
          category: `Appendix: the ${Math.min(LARGEST_LINES_LISTED, estimate.lines.length)} largest lines`,
          table: largestLinesTable(estimate, f),
        },
      ]
    : CATEGORY_ORDER.map((category) => ({
        category,
        table: {
          columns: LINE_COLUMNS,
          rows: estimate.lines
            .filter((l) => l.category === category)
            .flatMap((l) => lineRows(l, f)),
        },
      })).filter((t) => t.table.rows.length > 0);
  return {
    lineCurrency: LINE_CURRENCY,
    categoryTotals: totals,
    categoryTable,
    adjustmentsTable,
    lineTables,
  };
}
