/** The x86 processor vendors a sizing policy may ask for (`any` = no preference). */
export const PROCESSOR_CHOICES = ['any', 'intel', 'amd'] as const;
export type ProcessorChoice = (typeof PROCESSOR_CHOICES)[number];

/** The workbook's words for each choice (the Settings sheet's Processor dropdown). */
export const PROCESSOR_CHOICE_LABELS = ['Any', 'Intel', 'AMD'] as const;

/** `Intel`, `intel`, ` AMD ` → the choice; undefined for anything else. */
export function parseProcessorChoice(text: string): ProcessorChoice | undefined {
  const t = text.trim().toLowerCase();
  return (PROCESSOR_CHOICES as readonly string[]).includes(t) ? (t as ProcessorChoice) : undefined;
}

/** Highest generation a policy may ask for: EC2 families are at generation 8–9 today. */
export const MAX_POLICY_GENERATION = 20;

/**
 * How sized EC2 items (no instance type named: RVTools, inventories, `sizing` rows) are given a
 * type, set once per estimate by the presales engineer. Every field is optional; absent means
 * today's rule (burstable allowed, any vendor, any current generation). Graviton is not a vendor
 * choice here: Arm sizing (an Arm guest, the Graviton scenario) picks Graviton types whatever
 * `processor` says, so "Intel only" and the Graviton scenario stay comparable side by side.
 */
export interface SizingPolicy {
  /** Burstable (T-family: t2, t3, t3a, t4g) types may be chosen; default true. */
  readonly burstable?: boolean;
  /** Vendor of the x86 processor; default `any`. */
  readonly processor?: ProcessorChoice;
  /** Lowest instance generation (6 keeps m6i/c7a and drops m5/t3); default none. */
  readonly minGeneration?: number;
}

/** The policy with every default filled in, as an estimate records it. */
export interface ResolvedSizingPolicy {
  readonly burstable: boolean;
  readonly processor: ProcessorChoice;
  readonly minGeneration?: number;
}

export const DEFAULT_SIZING_POLICY: ResolvedSizingPolicy = { burstable: true, processor: 'any' };

export function resolveSizingPolicy(policy: SizingPolicy | undefined): ResolvedSizingPolicy {
  return {
    burstable: policy?.burstable ?? true,
    processor: policy?.processor ?? 'any',
    ...(policy?.minGeneration !== undefined ? { minGeneration: policy.minGeneration } : {}),
  };
}

/** `over` field by field on top of `base` (a scenario's policy on the estimate's). */
export function overlaySizingPolicy(
  base: SizingPolicy | undefined,
  over: SizingPolicy | undefined,
): SizingPolicy {
  return { ...(base ?? {}), ...definedFields(over ?? {}) };
}

function definedFields(policy: SizingPolicy): SizingPolicy {
  return Object.fromEntries(
    Object.entries(policy).filter(([, v]) => v !== undefined),
  ) as SizingPolicy;
}

export function isDefaultSizingPolicy(policy: SizingPolicy | undefined): boolean {
  const p = resolveSizingPolicy(policy);
  return p.burstable && p.processor === 'any' && p.minGeneration === undefined;
}

export const PROCESSOR_WORDS: Readonly<Record<ProcessorChoice, string>> = {
  any: 'any processor',
  intel: 'Intel only',
  amd: 'AMD only',
};

/** `burstable allowed, any processor, any generation` / `no burstable, Intel only, generation ≥ 6`. */
export function sizingPolicyWords(policy: SizingPolicy | undefined): string {
  const p = resolveSizingPolicy(policy);
  return [
    p.burstable ? 'burstable allowed' : 'no burstable',
    PROCESSOR_WORDS[p.processor],
    p.minGeneration === undefined ? 'any generation' : `generation ≥ ${p.minGeneration}`,
  ].join(', ');
}

/** What a type must be under the policy, as an adjective phrase: `Intel non-burstable generation ≥ 6`. */
export function policyTypeWords(policy: SizingPolicy | undefined): string {
  const p = resolveSizingPolicy(policy);
  const parts = [
    p.processor === 'intel' ? 'Intel' : p.processor === 'amd' ? 'AMD' : '',
    p.burstable ? '' : 'non-burstable',
  ].filter(Boolean);
  const generation = p.minGeneration === undefined ? '' : ` of generation ≥ ${p.minGeneration}`;
  return `${parts.length ? `${parts.join(' ')} ` : ''}type${generation}`;
}

/**
 * Problems of a policy given as data (API, workbook, saved estimate): each names its field.
 * Returns an empty list for a valid policy.
 */
export function sizingPolicyProblems(
  policy: SizingPolicy,
): { field: keyof SizingPolicy; message: string }[] {
  const problems: { field: keyof SizingPolicy; message: string }[] = [];
  if (policy.burstable !== undefined && typeof policy.burstable !== 'boolean')
    problems.push({ field: 'burstable', message: 'must be true or false' });
  if (
    policy.processor !== undefined &&
    !(PROCESSOR_CHOICES as readonly string[]).includes(policy.processor)
  )
    problems.push({
      field: 'processor',
      message: `must be one of ${PROCESSOR_CHOICES.join(', ')}`,
    });
  const g = policy.minGeneration;
  if (g !== undefined && !(Number.isInteger(g) && g >= 1 && g <= MAX_POLICY_GENERATION))
    problems.push({
      field: 'minGeneration',
      message: `must be a whole number from 1 to ${MAX_POLICY_GENERATION}`,
    });
  return problems;
}
