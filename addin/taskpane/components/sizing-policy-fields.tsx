import { Field, Input, Select } from '@fluentui/react-components';
import type { ProcessorChoice, SizingPolicy } from '../../../core';
import { MAX_POLICY_GENERATION, PROCESSOR_CHOICES, PROCESSOR_WORDS } from '../../../core';

/** The sizing policy as the form holds it: strings, validated on save. */
export interface SizingPolicyDraft {
  readonly burstable: 'allowed' | 'excluded';
  readonly processor: ProcessorChoice;
  readonly minGeneration: string;
}

export function draftOf(policy: SizingPolicy | undefined): SizingPolicyDraft {
  return {
    burstable: policy?.burstable === false ? 'excluded' : 'allowed',
    processor: policy?.processor ?? 'any',
    minGeneration: policy?.minGeneration === undefined ? '' : String(policy.minGeneration),
  };
}

/** A message when the minimum generation is not a whole number 1–20 (blank is "any"). */
export function generationProblem(text: string): string | undefined {
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 && n <= MAX_POLICY_GENERATION
    ? undefined
    : `Enter a whole number from 1 to ${MAX_POLICY_GENERATION}, or leave it blank for any.`;
}

/** Only what differs from the default, so a default policy is `{}`. */
export function policyOf(draft: SizingPolicyDraft): SizingPolicy {
  return {
    ...(draft.burstable === 'excluded' ? { burstable: false } : {}),
    ...(draft.processor !== 'any' ? { processor: draft.processor } : {}),
    ...(draft.minGeneration !== '' ? { minGeneration: Number(draft.minGeneration) } : {}),
  };
}

export interface SizingPolicyFieldsProps {
  readonly draft: SizingPolicyDraft;
  readonly onChange: (draft: SizingPolicyDraft) => void;
}

/** Burstable types, processor and minimum generation for VMs sized by vCPU and memory. */
export function SizingPolicyFields({ draft, onChange }: SizingPolicyFieldsProps) {
  return (
    <>
      <Field
        label="Burstable types (sizing)"
        hint="For VMs sized by vCPU and memory (RVTools, inventories)."
      >
        <Select
          value={draft.burstable}
          onChange={(_, d) =>
            onChange({ ...draft, burstable: d.value === 'excluded' ? 'excluded' : 'allowed' })
          }
        >
          <option value="allowed">Allowed</option>
          <option value="excluded">Not allowed</option>
        </Select>
      </Field>
      <Field
        label="Processor (sizing)"
        hint="Arm guests and the Graviton scenario stay on Graviton."
      >
        <Select
          value={draft.processor}
          onChange={(_, d) =>
            onChange({
              ...draft,
              processor: PROCESSOR_CHOICES.find((p) => p === d.value) ?? 'any',
            })
          }
        >
          {PROCESSOR_CHOICES.map((p) => (
            <option key={p} value={p}>
              {PROCESSOR_WORDS[p].replace(/^any processor$/, 'Any')}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Minimum generation (sizing)"
        validationMessage={generationProblem(draft.minGeneration)}
      >
        <Input
          type="number"
          value={draft.minGeneration}
          onChange={(_, d) => onChange({ ...draft, minGeneration: d.value })}
        />
      </Field>
    </>
  );
}
