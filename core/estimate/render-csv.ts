import { Decimal } from '../money/decimal';
import type { RoundingRule } from '../money/rounding';
import type { LinePricing } from './coverage';
import { coverageText, linePricing } from './coverage';

const STATUS: Readonly<Record<LinePricing, string>> = {
  priced: 'Priced',
  partial: 'Partly priced',
  unpriced: 'Not priced',
};
import type { Estimate } from './estimate';

/**
 * CSV in the AWS Pricing Calculator's "Detailed Estimate" layout (domain-notes §1.1), amounts rounded
 * to cents by `rule`, with one extra column of the price ids used, so every number traces to a record.
 */
export function renderEstimateCsv(estimate: Estimate, rule: RoundingRule = 'half-up'): string {
  const cents = (v: string): string => Decimal.from(v).toFixed(2, rule);
  const header = [
    'Group hierarchy',
    'Region',
    'Description',
    'Service',
    'Upfront',
    'Monthly',
    'First 12 months total',
    'Currency',
    'Status',
    'Configuration summary',
    'Price IDs',
  ];
  const rows = estimate.lines.map((l) => {
    const pricing = linePricing(l);
    // A line with nothing priced has no amount: an empty cell, never 0.00.
    const amount = (v: string): string => (pricing === 'unpriced' ? '' : cents(v));
    return [
      l.group.join(' > '),
      l.region,
      l.description,
      l.service,
      amount(l.upfront),
      amount(l.monthly),
      amount(Decimal.from(l.upfront).add(Decimal.from(l.monthly).multiply(12)).toString()),
      'USD',
      STATUS[pricing],
      l.components
        .map((c) => `${c.name}: ${c.status === 'priced' ? `${c.quantity} ${c.unit}` : c.status}`)
        .join('; '),
      l.components.flatMap((c) => (c.priceId ? [c.priceId] : [])).join(' '),
    ];
  });
  const t = estimate.totals;
  const c = estimate.coverage;
  const summary = [
    [
      'Upfront cost',
      'Monthly cost',
      'Total 12 months cost',
      'Currency',
      'Lines',
      'Lines priced',
      'Lines partly priced',
      'Lines not priced',
      'Coverage',
    ],
    [
      cents(t.upfront),
      cents(t.monthly),
      cents(t.first12Months),
      estimate.currency,
      String(c.lines),
      String(c.priced),
      String(c.partial),
      String(c.unpriced),
      coverageText(c),
    ],
  ];
  return `${['Estimate summary', ...summary.map(csvRow), '', 'Detailed Estimate', csvRow(header), ...rows.map(csvRow)].join('\n')}\n`;
}

function csvRow(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}
