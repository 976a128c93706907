import type { LinePricing } from './coverage';
import { linePricing } from './coverage';
import type { CostLine, GapStatus } from './estimate';

/** A line the totals leave out, in whole or in part, with why. */
export interface PricingGap {
  readonly itemId: string;
  readonly description: string;
  readonly region: string;
  readonly pricing: Exclude<LinePricing, 'priced'>;
  /** Distinct reasons, most serious first (invalid combination, not offered, missing price…). */
  readonly reasons: readonly GapStatus[];
  /** The components not priced, each with the engine's technical explanation (the price query). */
  readonly components: readonly {
    readonly name: string;
    readonly status: GapStatus;
    readonly explanation: string;
  }[];
}

const REASON_ORDER: readonly GapStatus[] = [
  'invalid-combination',
  'not-offered',
  'price-not-in-catalog',
  'ambiguous',
  'no-usage',
];

/** Short labels, as the proposal and the CLI list them. */
export const GAP_REASON_LABELS: Readonly<Record<GapStatus, string>> = {
  'invalid-combination': 'invalid combination',
  'not-offered': 'not offered in the region',
  'price-not-in-catalog': 'price not in catalog',
  ambiguous: 'ambiguous price',
  'no-usage': 'usage not given',
};

/** What each reason means, in words for a customer (the technical query goes to an appendix). */
export const GAP_REASON_CUSTOMER_TEXT: Readonly<Record<GapStatus, string>> = {
  'invalid-combination':
    'AWS does not offer this combination (for example Windows on a Graviton processor); the item needs a different choice',
  'not-offered': 'AWS does not offer this option in the chosen region',
  'price-not-in-catalog':
    'we do not have the AWS price for this option yet; it will be added once the price is confirmed',
  ambiguous: 'more than one AWS price could apply; we will confirm which one before it is included',
  'no-usage': 'no usage figure was given, so it could not be priced (this is not the same as zero)',
};

/** Every line not priced in full, in estimate order. */
export function pricingGaps(lines: readonly CostLine[]): PricingGap[] {
  const gaps: PricingGap[] = [];
  for (const line of lines) {
    const pricing = linePricing(line);
    if (pricing === 'priced') continue;
    const components = line.components.flatMap((c) =>
      c.status === 'priced' ? [] : [{ name: c.name, status: c.status, explanation: c.explanation }],
    );
    const seen = new Set(components.map((c) => c.status));
    gaps.push({
      itemId: line.itemId,
      description: line.description,
      region: line.region,
      pricing,
      reasons: REASON_ORDER.filter((r) => seen.has(r)),
      components,
    });
  }
  return gaps;
}

/** One gap in a customer's words: `Web servers (2 × m5.large): not included — we do not have …`. */
export function gapCustomerText(gap: PricingGap): string {
  const how = gap.pricing === 'unpriced' ? 'not included in the totals' : 'only partly included';
  const why =
    gap.reasons.length > 0
      ? gap.reasons.map((r) => GAP_REASON_CUSTOMER_TEXT[r]).join('; ')
      : 'nothing on this line could be priced';
  return `${gap.description}: ${how} — ${why}.`;
}
