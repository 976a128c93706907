import type { Estimate, Estimation, LinePricing } from '../../core';
import { coverageText, linePricing } from '../../core';
import { categoryTotals } from './proposal-costs';

/**
 * CSV export in the shape of the AWS Pricing Calculator's "Detailed Estimate" (domain-notes:
 * Group hierarchy, Region, Description, Service, Upfront, Monthly, First 12 months total,
 * Currency, Status, Configuration summary), plus one row per component with its calculation,
 * quantity, unit, unit price and price id (rateCode or `curated:` id). Every row names the catalog
 * version, and a line or component not priced in full says `gap` (its amount cells stay empty,
 * never 0). Amounts stay exact decimal strings: a spreadsheet opening the file rounds itself.
 */
const HEADER = [
  'Row type',
  'Group hierarchy',
  'Region',
  'Description',
  'Service',
  'Category',
  'Component',
  'Upfront',
  'Monthly',
  'Currency',
  'Status',
  'Price id',
  'Calculation',
  'Quantity',
  'Unit',
  'Unit price',
  'Catalog version',
  'Gap',
] as const;

/** RFC 4180 quoting; a leading = + - @ would make a spreadsheet run the cell as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

const PRICING: Readonly<Record<LinePricing, string>> = {
  priced: 'priced',
  partial: 'partly priced',
  unpriced: 'not priced',
};

function lineRows(estimate: Estimate): string[] {
  const out: string[] = [];
  const version = estimate.catalogVersion;
  for (const l of estimate.lines) {
    const group = l.group.join(' > ');
    const pricing = linePricing(l);
    // A line with nothing priced has no amount: empty cells, never 0.
    const amount = (v: string) => (pricing === 'unpriced' ? '' : v);
    out.push(
      row([
        'line',
        group,
        l.region,
        l.description,
        l.service,
        l.category,
        '',
        amount(l.upfront),
        amount(l.monthly),
        'USD',
        [PRICING[pricing], ...l.warnings].join('; '),
        '',
        '',
        '',
        '',
        '',
        version,
        pricing === 'priced' ? '' : 'gap',
      ]),
    );
    for (const c of l.components) {
      const amount = c.cost ?? '';
      out.push(
        row([
          'component',
          group,
          l.region,
          l.description,
          l.service,
          l.category,
          c.name,
          c.charge === 'upfront' ? amount : '',
          c.charge === 'monthly' ? amount : '',
          'USD',
          c.status,
          c.priceId ?? '',
          c.explanation,
          c.quantity ?? '',
          c.unit,
          c.unitPrice ?? '',
          version,
          c.status === 'priced' ? '' : 'gap',
        ]),
      );
    }
  }
  return out;
}

export function renderCsvExport(estimation: Estimation, estimate: Estimate): string {
  const t = estimate.totals;
  const summary = [
    row(['Estimate summary']),
    row([
      'Name',
      'Customer',
      'Scenario',
      'Upfront cost',
      'Monthly cost',
      'Total 12 months cost',
      `Total ${t.termMonths} months cost`,
      'Currency',
      'Catalog version',
      'Lines',
      'Lines priced',
      'Lines partly priced',
      'Lines not priced',
      'Coverage',
    ]),
    row([
      estimation.name,
      estimation.customer,
      estimate.scenario,
      t.upfront,
      t.monthly,
      t.first12Months,
      t.totalOverTerm,
      estimate.currency,
      estimate.catalogVersion,
      String(estimate.coverage.lines),
      String(estimate.coverage.priced),
      String(estimate.coverage.partial),
      String(estimate.coverage.unpriced),
      coverageText(estimate.coverage),
    ]),
    '',
    row(['Category', 'Lines', 'Upfront', 'Monthly', 'Currency']),
    ...categoryTotals(estimate.lines).map((c) =>
      row([c.category, String(c.lineCount), c.upfront, c.monthly, 'USD']),
    ),
    '',
    row(['Adjustment', 'Kind', 'Upfront', 'Monthly', 'Currency', 'Explanation']),
    ...estimate.adjustments.map((a) =>
      // `fx` carries the converted totals in the target currency; the others are USD deltas.
      row([
        a.name,
        a.kind,
        a.upfront,
        a.monthly,
        a.kind === 'fx' ? estimate.currency : 'USD',
        a.explanation,
      ]),
    ),
    '',
    row(['Detailed estimate']),
    row(HEADER),
  ];
  // CRLF per RFC 4180; a BOM so Excel opens UTF-8 text (₱, é) correctly.
  return `\uFEFF${[...summary, ...lineRows(estimate)].join('\r\n')}\r\n`;
}
