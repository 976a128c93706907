import type { ScenarioSpec, SizingPolicy } from '../../../core';
import { SCENARIO_PRESETS, sizingPolicyWords } from '../../../core';

/** The sizing-policy comparisons the Compare tab offers: the CLI's presets, by their pane names. */
export const POLICY_CHOICES = [
  { id: 'no-burstable', label: 'No burstable' },
  { id: 'intel-only', label: 'Intel only' },
  { id: 'amd-only', label: 'AMD only' },
] as const;
export type PolicyChoiceId = (typeof POLICY_CHOICES)[number]['id'];

/**
 * One scenario per chosen policy, each laid over the workbook's own policy field by field (the
 * first column's) and priced On-Demand like the first column, so it differs from it by the policy
 * alone. Its name is the preset's label; "AWS Comparison" names each column's resolved policy.
 */
export function policyScenarios(chosen: ReadonlySet<PolicyChoiceId>): ScenarioSpec[] {
  return POLICY_CHOICES.filter((c) => chosen.has(c.id)).map((c) => ({
    name: c.label,
    pricingModel: { kind: 'on-demand' },
    sizingPolicy: SCENARIO_PRESETS[c.id]!.sizingPolicy!,
  }));
}

/** What the first column is sized under: the validated requirements' policy, else the Settings tab's. */
export function firstColumnPolicyText(policy: SizingPolicy | undefined): string {
  return `The first column (On-Demand) is sized under this workbook's policy: ${sizingPolicyWords(policy)}.`;
}
