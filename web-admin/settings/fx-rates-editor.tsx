import { Button, Field, Input } from '@fluentui/react-components';
import type { FxRate } from '../../core';
import { SettingsSection } from './settings-section';
import { issueFor, type SettingsIssue } from './settings-validation';

/** FX rates (units of a currency per 1 USD) with the date each was taken and its source. */
export function FxRatesEditor(props: {
  value: readonly FxRate[];
  issues: readonly SettingsIssue[];
  onChange: (next: FxRate[]) => void;
}) {
  const { value, issues, onChange } = props;
  const patch = (i: number, p: Partial<FxRate>) =>
    onChange(value.map((r, j) => (j === i ? { ...r, ...p } : r)));
  return (
    <SettingsSection title="FX rates (per 1 USD)">
      {value.map((r, i) => (
        <div key={i} style={{ display: 'flex', gap: 8, alignItems: 'end' }}>
          <Field
            label={`Rate ${i + 1} currency`}
            validationMessage={issueFor(issues, `fxRates[${i}].currency`)}
          >
            <Input
              value={r.currency}
              onChange={(_, v) => patch(i, { currency: v.value.toUpperCase() })}
            />
          </Field>
          <Field
            label={`Rate ${i + 1} value`}
            validationMessage={issueFor(issues, `fxRates[${i}].rate`)}
          >
            <Input
              value={r.rate}
              inputMode="decimal"
              onChange={(_, v) => patch(i, { rate: v.value.trim() })}
            />
          </Field>
          <Field
            label={`Rate ${i + 1} as of`}
            validationMessage={issueFor(issues, `fxRates[${i}].asOf`)}
          >
            <Input type="date" value={r.asOf} onChange={(_, v) => patch(i, { asOf: v.value })} />
          </Field>
          <Field label={`Rate ${i + 1} source`}>
            <Input
              value={r.source ?? ''}
              onChange={(_, v) => patch(i, { source: v.value || undefined })}
            />
          </Field>
          <Button
            onClick={() => onChange(value.filter((_, j) => j !== i))}
          >{`Remove rate ${i + 1}`}</Button>
        </div>
      ))}
      <Button
        onClick={() =>
          onChange([
            ...value,
            { currency: '', rate: '', asOf: new Date().toISOString().slice(0, 10) },
          ])
        }
      >
        Add FX rate
      </Button>
    </SettingsSection>
  );
}
