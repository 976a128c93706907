import { Decimal } from '../money/decimal';
import { formatMoney } from '../money/format';
import type { RoundingRule } from '../money/rounding';
import { coverageText, isFullyPriced, linePricing } from './coverage';
import type { CostLine, Estimate, Totals } from './estimate';
import { GAP_REASON_LABELS, pricingGaps } from './pricing-gaps';

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
  out.push(...coverageLines(estimate));
  if (estimate.warnings.length > 0) {
    out.push('');
    out.push(`Warnings (${estimate.warnings.length}):`);
    for (const w of estimate.warnings) out.push(`  ! ${w}`);
  }
  return `${out.join('\n')}\n`;
}

/** Gaps listed by name under the totals; the rest are counted (the JSON lists every id). */
const LISTED_GAPS = 50;

/** Coverage beside the totals when below 100 %, and what is not priced and why. */
function coverageLines(estimate: Estimate): string[] {
  if (isFullyPriced(estimate.coverage)) return [`Coverage: ${coverageText(estimate.coverage)}`];
  const out = [`Coverage: ${coverageText(estimate.coverage)}`, 'Not priced:'];
  const gaps = pricingGaps(estimate.lines);
  for (const gap of gaps.slice(0, LISTED_GAPS)) {
    const what = gap.pricing === 'unpriced' ? 'not priced' : 'partly priced';
    const why = gap.reasons.map((r) => GAP_REASON_LABELS[r]).join(', ') || 'nothing to price';
    out.push(`  - ${gap.itemId} (${gap.description}): ${what} — ${why}`);
  }
  if (gaps.length > LISTED_GAPS)
    out.push(`  … and ${gaps.length - LISTED_GAPS} more (every one is in --format json: coverage)`);
  return out;
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
  const gaps = parts.filter((c) => c.status !== 'priced');
  // A line with nothing priced shows no amount at all — not even $0.00 for a charge it lacks.
  if (parts.length === 0) return linePricing(line) === 'unpriced' ? '—' : amount;
  if (gaps.length === 0) return amount;
  return gaps.length === parts.length ? 'not priced' : `${amount} + gaps`;
}
