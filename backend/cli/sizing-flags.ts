import type { SizingPolicy } from '../../core';
import { MAX_POLICY_GENERATION, PROCESSOR_CHOICES, parseProcessorChoice } from '../../core';
import { UsageError } from './read-input';

/** The sizing-policy options of `npm run estimate` and `npm run catalog:coverage -- --estates`. */
export const SIZING_FLAGS_USAGE = `[--no-burstable | --burstable] [--processor ${PROCESSOR_CHOICES.join('|')}] [--min-generation N]`;

/**
 * Reads a sizing-policy flag at `argv[i]`: returns how many arguments it took (0 when `argv[i]` is
 * not one) and sets the field on `policy`. A bad value is a UsageError naming the flag.
 */
export function readSizingFlag(
  argv: readonly string[],
  i: number,
  policy: SizingPolicyDraft,
): number {
  const arg = argv[i];
  if (arg === '--no-burstable' || arg === '--burstable') {
    policy.burstable = arg === '--burstable';
    return 1;
  }
  if (arg !== '--processor' && arg !== '--min-generation') return 0;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
  if (arg === '--processor') {
    const processor = parseProcessorChoice(value);
    if (!processor)
      throw new UsageError(`--processor must be ${PROCESSOR_CHOICES.join(', ')}, got '${value}'.`);
    policy.processor = processor;
  } else {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > MAX_POLICY_GENERATION)
      throw new UsageError(
        `--min-generation must be a whole number from 1 to ${MAX_POLICY_GENERATION}, got '${value}'.`,
      );
    policy.minGeneration = n;
  }
  return 2;
}

/** A policy being filled in from flags. */
export type SizingPolicyDraft = { -readonly [K in keyof SizingPolicy]: SizingPolicy[K] };
