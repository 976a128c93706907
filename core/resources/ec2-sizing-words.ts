import type { InstanceSizing } from '../requirements/requirement-items';
import type { ResolvedSizingPolicy } from '../requirements/sizing-policy';
import { policyTypeWords, sizingPolicyWords } from '../requirements/sizing-policy';

/* The sizer's sentences: the policy it applied, and why nothing fits (core/resources/ec2-sizing.ts). */

/** `; sizing policy: no burstable, Intel only, any generation` plus what it could not judge. */
export function policyWords(
  policy: ResolvedSizingPolicy,
  named: boolean,
  arm: boolean,
  unknownVendor: readonly string[],
): string {
  const words = `; sizing policy: ${sizingPolicyWords(policy)}`;
  const scope = named
    ? ' (families named on the line: only its minimum generation applies)'
    : arm && policy.processor !== 'any'
      ? ' (sized on Arm: Graviton; the processor choice is an x86 choice)'
      : '';
  const unknown =
    unknownVendor.length > 0
      ? `; left out ${unknownVendor.length} famil${unknownVendor.length === 1 ? 'y' : 'ies'} whose processor vendor is unknown (${unknownVendor.join(', ')})`
      : '';
  return words + scope + unknown;
}

/** `no current-generation Intel type with ≥ 96 vCPU and ≥ 2,048 GiB in ap-southeast-3`. */
export function gapWords(
  sizing: InstanceSizing,
  policy: ResolvedSizingPolicy,
  region: string,
  named: readonly string[] | undefined,
): string {
  const what = named ? 'type' : policyTypeWords(policy);
  const gib = sizing.memoryGib.toLocaleString('en-US', { maximumFractionDigits: 3 });
  const vcpu = sizing.vcpu.toLocaleString('en-US');
  return `no current-generation ${what} with ≥ ${vcpu} vCPU and ≥ ${gib} GiB in ${region}${constraintWords(sizing)}`;
}

export function constraintWords(sizing: InstanceSizing): string {
  const parts: string[] = [];
  if (sizing.architecture) parts.push(`architecture ${sizing.architecture}`);
  if (sizing.families && sizing.families.length > 0)
    parts.push(`families ${sizing.families.join('/')}`);
  if (sizing.minGeneration !== undefined) parts.push(`generation ≥ ${sizing.minGeneration}`);
  return parts.length > 0 ? `, ${parts.join(', ')}` : '';
}
