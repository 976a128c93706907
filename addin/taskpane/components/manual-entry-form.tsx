import { Button, Field, Input, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { EC2_OPERATING_SYSTEMS, PRICING_MODEL_CHOICES } from '../../../core';
import type { ComputeEntry } from '../../workflow/manual-entry';

export interface ManualEntryFormProps {
  readonly busy: boolean;
  /** Returns the messages of the new row's cells, empty when the line was added. */
  readonly onAdd: (entry: ComputeEntry) => Promise<readonly string[]>;
}

const EMPTY: ComputeEntry = {
  description: '',
  instanceType: '',
  vcpu: '',
  memoryGib: '',
  os: 'Linux',
  quantity: '1',
  region: '',
  pricingModel: 'On-Demand',
};

/** Add an EC2 line to the template's Compute sheet, validated like the workbook. */
export function ManualEntryForm({ busy, onAdd }: ManualEntryFormProps) {
  const [entry, setEntry] = useState<ComputeEntry>(EMPTY);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const field = (name: keyof ComputeEntry) => ({
    value: entry[name] ?? '',
    onChange: (_: unknown, d: { value: string }) => setEntry({ ...entry, [name]: d.value }),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const messages = await onAdd(entry);
    setErrors(messages);
    if (messages.length === 0) setEntry(EMPTY);
  };
  return (
    <form
      aria-label="Add a compute line"
      onSubmit={(e) => void submit(e)}
      style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 4 }}
    >
      <Field label="Description">
        <Input {...field('description')} />
      </Field>
      <Field label="Instance type" hint="or leave blank and give vCPU and memory">
        <Input {...field('instanceType')} />
      </Field>
      {/* Three narrow fields share a row: each may shrink below Fluent's default input width. */}
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(3, minmax(0, 1fr))',
          gap: 4,
          alignItems: 'end',
        }}
      >
        <Field label="vCPU">
          <Input {...field('vcpu')} style={{ minWidth: 0 }} />
        </Field>
        <Field label="Memory (GiB)">
          <Input {...field('memoryGib')} style={{ minWidth: 0 }} />
        </Field>
        <Field label="Quantity">
          <Input {...field('quantity')} style={{ minWidth: 0 }} />
        </Field>
      </div>
      <Field label="Operating system">
        <Select {...field('os')}>
          {EC2_OPERATING_SYSTEMS.map((os) => (
            <option key={os}>{os}</option>
          ))}
        </Select>
      </Field>
      <Field label="Pricing model">
        <Select {...field('pricingModel')}>
          {PRICING_MODEL_CHOICES.map((m) => (
            <option key={m}>{m}</option>
          ))}
        </Select>
      </Field>
      <Field label="Region" hint="blank uses the Settings sheet's region">
        <Input {...field('region')} />
      </Field>
      {errors.length > 0 && (
        <ul
          role="alert"
          style={{ color: tokens.colorPaletteRedForeground1, paddingLeft: 16, margin: 0 }}
        >
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      <Button type="submit" disabled={busy}>
        Add line
      </Button>
    </form>
  );
}
