import { Decimal } from '../money/decimal';
import { formatMoney } from '../money/format';
import type { SupportPlan } from '../requirements/requirements';
import { splitTiers } from '../estimate/tiers';
import { RulesInputError } from './rules-input-error';

export interface SupportPlanDefinition {
  readonly name: string;
  readonly minimumUsd: string;
  /** Percent of monthly AWS charges per band; `upTo` null = the open top band. */
  readonly bands: readonly { readonly upTo: string | null; readonly pct: string }[];
  /** Legacy plans end on this ISO date (not offered for estimates dated on or after it). */
  readonly endsOn?: string;
}

/**
 * AWS Support pricing: the greater of a minimum or a tiered percentage of the month's AWS charges
 * (aws.amazon.com/premiumsupport/pricing/, plans as changed in December 2025; legacy plans end
 * 2027-01-01). Current Enterprise shares legacy Enterprise's bands with a $5,000 minimum.
 */
export const SUPPORT_PLANS: Readonly<Record<Exclude<SupportPlan, 'none'>, SupportPlanDefinition>> =
  {
    'business-plus': {
      name: 'AWS Business Support+',
      minimumUsd: '29',
      bands: [
        { upTo: '10000', pct: '9' },
        { upTo: '80000', pct: '7' },
        { upTo: '250000', pct: '5' },
        { upTo: null, pct: '3' },
      ],
    },
    enterprise: {
      name: 'AWS Enterprise Support',
      minimumUsd: '5000',
      bands: [
        { upTo: '150000', pct: '10' },
        { upTo: '500000', pct: '7' },
        { upTo: '1000000', pct: '5' },
        { upTo: null, pct: '3' },
      ],
    },
    'unified-operations': {
      name: 'AWS Unified Operations',
      minimumUsd: '50000',
      bands: [
        { upTo: '1000000', pct: '10' },
        { upTo: '5000000', pct: '6' },
        { upTo: null, pct: '5' },
      ],
    },
    developer: {
      name: 'AWS Developer Support (legacy)',
      minimumUsd: '29',
      bands: [{ upTo: null, pct: '3' }],
      endsOn: '2027-01-01',
    },
    business: {
      name: 'AWS Business Support (legacy)',
      minimumUsd: '100',
      bands: [
        { upTo: '10000', pct: '10' },
        { upTo: '80000', pct: '7' },
        { upTo: '250000', pct: '5' },
        { upTo: null, pct: '3' },
      ],
      endsOn: '2027-01-01',
    },
    'enterprise-on-ramp': {
      name: 'AWS Enterprise On-Ramp Support (legacy)',
      minimumUsd: '5500',
      bands: [{ upTo: null, pct: '10' }],
      endsOn: '2027-01-01',
    },
  };

export interface SupportFee {
  readonly fee: Decimal;
  readonly explanation: string;
}

/** The monthly fee of `plan` on `charges` (USD, before discounts), with the calculation in words. */
export function supportFee(
  plan: Exclude<SupportPlan, 'none'>,
  charges: Decimal,
  asOf: string,
): SupportFee {
  const def = SUPPORT_PLANS[plan];
  if (def.endsOn && asOf.slice(0, 10) >= def.endsOn) {
    throw new RulesInputError(
      'supportPlan',
      `${def.name} is discontinued from ${def.endsOn}; for an estimate dated ${asOf.slice(0, 10)} choose business-plus, enterprise or unified-operations.`,
    );
  }
  const tiers = def.bands.map((b, i) => ({
    begin: i === 0 ? Decimal.ZERO : Decimal.from(def.bands[i - 1]!.upTo!),
    end: b.upTo === null ? null : Decimal.from(b.upTo),
  }));
  const parts = splitTiers(Decimal.max(charges, Decimal.ZERO), tiers);
  let tiered = Decimal.ZERO;
  const words: string[] = [];
  parts.forEach((part, i) => {
    if (i > 0 && part.isZero()) return;
    const fee = part.percent(def.bands[i]!.pct);
    tiered = tiered.add(fee);
    words.push(`${def.bands[i]!.pct} % of ${formatMoney(part)} = ${formatMoney(fee)}`);
  });
  const minimum = Decimal.from(def.minimumUsd);
  const fee = Decimal.max(minimum, tiered);
  const which = fee.equals(tiered) && !tiered.lessThan(minimum) ? 'tiered' : 'minimum';
  return {
    fee,
    explanation: `${def.name}: greater of ${formatMoney(minimum)} or (${words.length > 1 ? `${words.join(' + ')} = ${formatMoney(tiered)}` : words[0]}) on ${formatMoney(charges)} monthly AWS charges before discounts → ${which} ${formatMoney(fee)}.`,
  };
}
