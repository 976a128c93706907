import type { ResolvedSizingPolicy, SizingPolicy } from './sizing-policy';
import {
  PROCESSOR_WORDS,
  isDefaultSizingPolicy,
  resolveSizingPolicy,
  sizingPolicyWords,
} from './sizing-policy';

/** Which policy a re-price sizes under: the one in effect now, or the one the previous estimate recorded. */
export const REPRICE_POLICY_CHOICES = ['current', 'recorded'] as const;
export type RepricePolicyChoice = (typeof REPRICE_POLICY_CHOICES)[number];

/** One field of the sizing policy that differs between a recorded estimate and now. */
export interface SizingPolicyChange {
  readonly field: keyof SizingPolicy;
  /** The field as the previous estimate recorded it, in words: `burstable allowed`. */
  readonly recorded: string;
  /** The field as it is in effect now, in words: `no burstable`. */
  readonly current: string;
}

/** What a re-price says about the sizing policy: the recorded one, the current one, which was used. */
export interface SizingPolicyComparison {
  readonly recorded: ResolvedSizingPolicy;
  /** False for an estimate made before estimates recorded the policy (it was sized under the default). */
  readonly recordedInEstimate: boolean;
  readonly current: ResolvedSizingPolicy;
  /** Empty when the two are the same. */
  readonly changes: readonly SizingPolicyChange[];
  /** The policy the re-priced estimate was sized under. */
  readonly pricedUnder: 'current' | 'recorded';
}

const fieldWords = {
  burstable: (p: ResolvedSizingPolicy) => (p.burstable ? 'burstable allowed' : 'no burstable'),
  processor: (p: ResolvedSizingPolicy) => PROCESSOR_WORDS[p.processor],
  minGeneration: (p: ResolvedSizingPolicy) =>
    p.minGeneration === undefined ? 'any generation' : `generation ≥ ${p.minGeneration}`,
} as const;

/** Field by field, what differs between the recorded policy and the current one (both resolved). */
export function sizingPolicyChanges(
  recorded: SizingPolicy | undefined,
  current: SizingPolicy | undefined,
): SizingPolicyChange[] {
  const before = resolveSizingPolicy(recorded);
  const after = resolveSizingPolicy(current);
  return (Object.keys(fieldWords) as (keyof typeof fieldWords)[])
    .filter((field) => before[field] !== after[field])
    .map((field) => ({
      field,
      recorded: fieldWords[field](before),
      current: fieldWords[field](after),
    }));
}

/** `burstable: burstable allowed → no burstable; processor: any processor → Intel only`. */
export function sizingPolicyChangesText(changes: readonly SizingPolicyChange[]): string {
  return changes.map((c) => `${c.field}: ${c.recorded} → ${c.current}`).join('; ');
}

/**
 * One sentence for a re-price: nothing when the policies agree; otherwise which fields changed,
 * old → new, and which policy the new figures were sized under.
 */
export function sizingPolicyComparisonText(c: SizingPolicyComparison): string | null {
  if (c.changes.length === 0) return null;
  const recorded = c.recordedInEstimate
    ? 'recorded in the previous estimate'
    : 'the default (the previous estimate predates recorded policies)';
  const under =
    c.pricedUnder === 'recorded'
      ? `re-priced under the recorded policy (${sizingPolicyWords(c.recorded)})`
      : `re-priced under the current policy (${sizingPolicyWords(c.current)}); sized lines may differ for that reason as well as for prices`;
  return `Sizing policy changed since the previous estimate (${recorded}): ${sizingPolicyChangesText(c.changes)}; ${under}.`;
}

/**
 * The requirements a re-price prices and what it says about the policy: under `current` the
 * requirements as they are; under `recorded` with the previous estimate's policy in their settings.
 */
export function policyForRepricing<
  R extends { readonly settings: { readonly sizingPolicy?: SizingPolicy } },
>(
  requirements: R,
  recordedPolicy: ResolvedSizingPolicy | undefined,
  pricedUnder: 'current' | 'recorded',
): { requirements: R; comparison: SizingPolicyComparison } {
  const recorded = resolveSizingPolicy(recordedPolicy);
  const current = resolveSizingPolicy(requirements.settings.sizingPolicy);
  const comparison: SizingPolicyComparison = {
    recorded,
    recordedInEstimate: recordedPolicy !== undefined,
    current,
    changes: sizingPolicyChanges(recorded, current),
    pricedUnder,
  };
  if (pricedUnder === 'current') return { requirements, comparison };
  const { sizingPolicy: _replaced, ...settings } = requirements.settings;
  const priced = isDefaultSizingPolicy(recorded)
    ? settings
    : { ...settings, sizingPolicy: recorded };
  return { requirements: { ...requirements, settings: priced }, comparison };
}
