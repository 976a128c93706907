import { Decimal } from '../money/decimal';
import { formatMoney } from '../money/format';
import type { RoundingRule } from '../money/rounding';
import type { Comparison, CostLine, Estimate, Totals } from './estimate';

export interface RenderOptions {
  /** Rounding at presentation (default half-up, to cents). */
  readonly rule?: RoundingRule;
  /** Show each component's calculation under its line (default true). */
  readonly explain?: boolean;
}

/** A plain-text report of an estimate: lines, components with their calculation, adjustments, totals, warnings. */
export function renderEstimateText(estimate: Estimate, options: RenderOptions = {}): string {
  const rule = options.rule ?? 'half-up';
  const usd = (v: string): string => formatMoney(Decimal.from(v), { rule });
  const out: string[] = [];
  out.push(
    `Estimate: ${estimate.scenario} — ${estimate.region} — catalog ${estimate.catalogVersion}`,
  );
  out.push('');
  out.push(row(['Line', 'Description', 'Region', 'Monthly', 'Upfront']));
  for (const line of estimate.lines) {
    const group = line.group.length > 0 ? `${line.group.join(' > ')} > ` : '';
    out.push(
      row([
        line.itemId,
        `${group}${line.description}${line.incomplete ? ' (incomplete)' : ''}`,
        line.region,
        lineAmount(line, 'monthly', usd),
        lineAmount(line, 'upfront', usd),
      ]),
    );
    if (options.explain !== false) {
      for (const c of line.components) out.push(`      - ${c.name}: ${c.explanation}`);
      for (const n of line.notes ?? []) out.push(`      · ${n}`);
    }
  }
  out.push('');
  out.push(totalsRow('List price (USD)', estimate.listTotals, usd));
  for (const a of estimate.adjustments) {
    out.push(
      `  ${a.name}: ${a.kind === 'fx' ? '' : `${usd(a.monthly)}/month${Decimal.from(a.upfront).isZero() ? '' : `, ${usd(a.upfront)} upfront`} — `}${a.explanation}`,
    );
  }
  const money = (v: string): string =>
    formatMoney(Decimal.from(v), {
      currency: estimate.currency,
      rule,
      symbol: estimate.currency === 'USD',
    });
  out.push(totalsRow(`Total (${estimate.currency})`, estimate.totals, money));
  if (estimate.warnings.length > 0) {
    out.push('');
    out.push(`Warnings (${estimate.warnings.length}):`);
    for (const w of estimate.warnings) out.push(`  ! ${w}`);
  }
  return `${out.join('\n')}\n`;
}

/** Scenarios side by side: per-line monthly cost and the totals, with deltas against the first. */
export function renderComparisonText(comparison: Comparison, options: RenderOptions = {}): string {
  const rule = options.rule ?? 'half-up';
  const currency = comparison.scenarios[0]?.currency ?? 'USD';
  const usd = (v: string | null): string =>
    v === null
      ? 'not priced'
      : formatMoney(Decimal.from(v), { rule, currency, symbol: currency === 'USD' });
  const names = comparison.scenarios.map((s) => s.scenario);
  const out = [row(['Line', ...names, 'Cheapest'])];
  for (const line of comparison.lines)
    out.push(row([line.itemId, ...line.monthly.map(usd), line.cheapestScenario ?? '—']));
  out.push('');
  for (const t of comparison.totals) {
    const effective = t.effectiveMonthly ? `, effective ${usd(t.effectiveMonthly)}/month` : '';
    out.push(
      `${t.scenario}: ${usd(t.totals.monthly)}/month, ${usd(t.totals.upfront)} upfront${effective}; Δ monthly ${usd(t.deltaMonthly)}, Δ term ${usd(t.deltaTerm)}`,
    );
  }
  out.push(`Cheapest overall: ${comparison.cheapestScenario}`);
  return `${out.join('\n')}\n`;
}

function totalsRow(label: string, t: Totals, fmt: (v: string) => string): string {
  return `${label}: upfront ${fmt(t.upfront)}, monthly ${fmt(t.monthly)}, first 12 months ${fmt(t.first12Months)}, ${t.termMonths}-month term ${fmt(t.totalOverTerm)}`;
}

function row(cells: readonly string[]): string {
  const widths = [14, 48, 16, 16, 16];
  return cells
    .map((c, i) => c.padEnd(widths[i] ?? 16))
    .join(' ')
    .trimEnd();
}

/**
 * A line amount as a reader must see it: a charge whose components are all gaps prints "not priced"
 * (never $0.00); a partly priced one prints its priced part and says there are gaps.
 */
function lineAmount(
  line: CostLine,
  charge: 'monthly' | 'upfront',
  usd: (v: string) => string,
): string {
  const amount = usd(charge === 'monthly' ? line.monthly : line.upfront);
  const parts = line.components.filter((c) => c.charge === charge && c.status !== 'no-usage');
  const gaps = parts.filter((c) => c.status === 'price-not-in-catalog' || c.status === 'ambiguous');
  if (gaps.length === 0) return amount;
  return gaps.length === parts.length ? 'not priced' : `${amount} + gaps`;
}
