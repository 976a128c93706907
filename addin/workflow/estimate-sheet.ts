import type { CostLine, Estimate } from '../../core';
import type { CellBlock, CellValue, TableSpec } from '../excel/workbook-port';
import { amountCell, currencyFormat, textCell } from './money-cells';

export const ESTIMATE_SHEET = 'AWS Estimate';
export const ESTIMATE_TABLE = 'AwsEstimateLines';
const HEADER = [
  'Category',
  'Group',
  'Description',
  'Region',
  'Service',
  'Upfront',
  'Monthly',
  'First 12 months',
];
const TABLE_TOP = 4;

export interface EstimateSheetLayout {
  readonly blocks: readonly CellBlock[];
  readonly table: TableSpec;
  /** Row (1-based) of each line in the table, by line id; used by tests and the e2e check. */
  readonly lineRows: ReadonlyMap<string, number>;
  readonly totalsRow: number;
}

const byCategory = (a: CostLine, b: CostLine) =>
  a.category.localeCompare(b.category) || a.group.join('/').localeCompare(b.group.join('/'));

/**
 * The "AWS Estimate" sheet: a title, an Excel table with one row per cost line (grouped by
 * category), then subtotals per category, the business-rule adjustments and the totals.
 */
export function estimateSheet(estimate: Estimate, title: string): EstimateSheetLayout {
  const money = currencyFormat(estimate.currency);
  const lines = [...estimate.lines].sort(byCategory);
  const lineRows = new Map<string, number>();
  const rows: CellValue[][] = [HEADER];
  lines.forEach((line, i) => {
    lineRows.set(line.id, TABLE_TOP + 1 + i);
    const monthly = amountCell(line.monthly);
    const upfront = amountCell(line.upfront);
    rows.push([
      line.category,
      textCell(line.group.join(' / ')),
      textCell(line.description),
      line.region,
      line.service,
      upfront,
      monthly,
      first12(line.upfront, line.monthly),
    ]);
  });
  const tableEnd = TABLE_TOP + rows.length - 1;
  const table: TableSpec = {
    sheet: ESTIMATE_SHEET,
    range: `A${TABLE_TOP}:H${tableEnd}`,
    name: ESTIMATE_TABLE,
  };

  const summary: CellValue[][] = [
    ['Subtotals by category', null, null, null, null, 'Upfront', 'Monthly', 'First 12 months'],
  ];
  const bold = [0];
  const shaded: number[] = [];
  for (const category of [...new Set(lines.map((l) => l.category))]) {
    const inCategory = lines.filter((l) => l.category === category);
    const upfront = sum(inCategory.map((l) => l.upfront));
    const monthly = sum(inCategory.map((l) => l.monthly));
    summary.push([category, null, null, null, null, upfront, monthly, upfront + 12 * monthly]);
  }
  const list = estimate.listTotals;
  summary.push([
    'List price total',
    null,
    null,
    null,
    null,
    amountCell(list.upfront),
    amountCell(list.monthly),
    amountCell(list.first12Months),
  ]);
  bold.push(summary.length - 1);
  for (const adjustment of estimate.adjustments) {
    summary.push([
      textCell(adjustment.name),
      null,
      textCell(adjustment.explanation),
      null,
      null,
      amountCell(adjustment.upfront),
      amountCell(adjustment.monthly),
      null,
    ]);
  }
  const t = estimate.totals;
  summary.push([
    'Total',
    null,
    `${t.termMonths}-month term total`,
    amountCell(t.totalOverTerm),
    null,
    amountCell(t.upfront),
    amountCell(t.monthly),
    amountCell(t.first12Months),
  ]);
  bold.push(summary.length - 1);
  shaded.push(summary.length - 1);
  const summaryTop = tableEnd + 2;

  const formats = (block: CellValue[][], from: number) =>
    block.map((r, i) =>
      r.map((_, j) =>
        i >= from && j >= 5
          ? money
          : j === 3 && i === block.length - 1 && block === summary
            ? money
            : null,
      ),
    );

  return {
    blocks: [
      {
        sheet: ESTIMATE_SHEET,
        topLeft: 'A1',
        values: [
          [textCell(title)],
          [
            `Region ${estimate.region} · ${estimate.currency} · catalog ${estimate.catalogVersion} · scenario ${estimate.scenario} · ${estimate.createdAt.slice(0, 10)}`,
          ],
        ],
        boldRows: [0],
      },
      {
        sheet: ESTIMATE_SHEET,
        topLeft: `A${TABLE_TOP}`,
        values: rows,
        numberFormats: formats(rows, 1),
        columnWidths: [90, 110, 260, 90, 80, 90, 90, 110],
      },
      {
        sheet: ESTIMATE_SHEET,
        topLeft: `A${summaryTop}`,
        values: summary,
        numberFormats: formats(summary, 1),
        boldRows: bold,
        shadedRows: shaded,
      },
    ],
    table,
    lineRows,
    totalsRow: summaryTop + summary.length - 1,
  };
}

function first12(upfront: string, monthly: string): number {
  return Number(upfront) + 12 * Number(monthly);
}

/** Subtotals are display values; the exact totals come from the API's estimate. */
function sum(amounts: readonly string[]): number {
  // Sum in integer ten-thousandths of a cent to avoid float drift across many lines.
  const scaled = amounts.reduce((acc, a) => acc + BigInt(Math.round(Number(a) * 1e6)), 0n);
  return Number(scaled) / 1e6;
}
