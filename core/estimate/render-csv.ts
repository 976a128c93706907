import { Decimal } from '../money/decimal';
import type { RoundingRule } from '../money/rounding';
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
  const rows = estimate.lines.map((l) => [
    l.group.join(' > '),
    l.region,
    l.description,
    l.service,
    cents(l.upfront),
    cents(l.monthly),
    cents(Decimal.from(l.upfront).add(Decimal.from(l.monthly).multiply(12)).toString()),
    'USD',
    l.incomplete ? 'Incomplete' : 'Priced',
    l.components
      .map((c) => `${c.name}: ${c.status === 'priced' ? `${c.quantity} ${c.unit}` : c.status}`)
      .join('; '),
    l.components.flatMap((c) => (c.priceId ? [c.priceId] : [])).join(' '),
  ]);
  const t = estimate.totals;
  const summary = [
    ['Upfront cost', 'Monthly cost', 'Total 12 months cost', 'Currency'],
    [cents(t.upfront), cents(t.monthly), cents(t.first12Months), estimate.currency],
  ];
  return `${['Estimate summary', ...summary.map(csvRow), '', 'Detailed Estimate', csvRow(header), ...rows.map(csvRow)].join('\n')}\n`;
}

function csvRow(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}
