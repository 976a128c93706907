import { Button, Field, Input } from '@fluentui/react-components';
import type { Discount } from '../../core';
import { SettingsSection } from './settings-section';
import { issueFor, type SettingsIssue } from './settings-validation';

/** Discount presets the add-in offers: name, percent, optional list of services (empty = all). */
export function DiscountPresetsEditor(props: {
  value: readonly Discount[];
  issues: readonly SettingsIssue[];
  onChange: (next: Discount[]) => void;
}) {
  const { value, issues, onChange } = props;
  const patch = (i: number, p: Partial<Discount>) =>
    onChange(value.map((d, j) => (j === i ? { ...d, ...p } : d)));
  return (
    <SettingsSection title="Discount presets">
      {value.map((d, i) => (
        <div key={i} style={{ display: 'flex', gap: 8, alignItems: 'end' }}>
          <Field
            label={`Preset ${i + 1} name`}
            validationMessage={issueFor(issues, `discountPresets[${i}].name`)}
          >
            <Input value={d.name} onChange={(_, v) => patch(i, { name: v.value })} />
          </Field>
          <Field
            label={`Preset ${i + 1} percent`}
            validationMessage={issueFor(issues, `discountPresets[${i}].percent`)}
          >
            <Input
              type="number"
              value={String(d.percent)}
              onChange={(_, v) => patch(i, { percent: Number(v.value) })}
            />
          </Field>
          <Field
            label={`Preset ${i + 1} services`}
            hint="Comma-separated, e.g. ec2, rds; empty = all"
          >
            <Input
              value={(d.services ?? []).join(', ')}
              onChange={(_, v) => {
                const services = v.value
                  .split(',')
                  .map((s) => s.trim())
                  .filter(Boolean);
                patch(i, { services: services.length ? services : undefined });
              }}
            />
          </Field>
          <Button
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >{`Remove preset ${i + 1}`}</Button>
        </div>
      ))}
      <Button onClick={() => onChange([...value, { name: '', percent: 5 }])}>
        Add discount preset
      </Button>
    </SettingsSection>
  );
}
