import { Decimal } from '../money/decimal';

export interface TierRange {
  /** Tier start, inclusive, in the price unit. */
  readonly begin: Decimal;
  /** Tier end, exclusive; null for an open end (`Inf`). */
  readonly end: Decimal | null;
}

/**
 * Split `quantity` over consecutive tiers: each tier takes what falls inside [begin, end).
 * The parts always sum to the quantity when the tiers start at 0 and leave no gap
 * (e.g. S3 Standard 0–51,200 / 51,200–512,000 / 512,000–Inf GB: 600,000 GB → 51,200 + 460,800 + 88,000).
 */
export function splitTiers(quantity: Decimal, tiers: readonly TierRange[]): Decimal[] {
  return tiers.map(({ begin, end }) => {
    if (!quantity.greaterThan(begin)) return Decimal.ZERO;
    const top = end === null ? quantity : Decimal.min(quantity, end);
    return top.subtract(begin);
  });
}

/** Tier label in AWS's words: `first 50 TB`, `next 450 TB`, `over 500 TB`, `first 6B`. */
export function tierLabel(tier: TierRange, index: number, unit: string): string {
  if (tier.end === null) return index === 0 ? 'all' : `over ${humanize(tier.begin, unit)}`;
  if (index === 0) return `first ${humanize(tier.end, unit)}`;
  return `next ${humanize(tier.end.subtract(tier.begin), unit)}`;
}

const GB_UNITS = new Set(['GB', 'GB-Mo', 'GB-month', 'GB-months']);
const COUNT_SUFFIXES: readonly [bigint, string][] = [
  [1_000_000_000_000n, 'T'],
  [1_000_000_000n, 'B'],
  [1_000_000n, 'M'],
  [1_000n, 'K'],
];

function humanize(value: Decimal, unit: string): string {
  const v = value.trim();
  if (GB_UNITS.has(unit)) {
    if (v.scale === 0 && v.units >= 1024n && v.units % 1024n === 0n) return `${v.units / 1024n} TB`;
    return `${v.toString()} GB`;
  }
  if (v.scale === 0) {
    for (const [size, suffix] of COUNT_SUFFIXES) {
      if (v.units >= size && (v.units * 100n) % size === 0n)
        return `${Decimal.of((v.units * 100n) / size, 2).toString()}${suffix}`;
    }
  }
  return v.toString();
}
