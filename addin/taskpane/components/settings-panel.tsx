import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { AWS_REGION_CODES } from '../../../core';
import type { UserSettings } from '../../state/app-store';
import { SizingPolicyFields, draftOf, generationProblem, policyOf } from './sizing-policy-fields';

export interface SettingsPanelProps {
  readonly settings: UserSettings;
  readonly onSave: (settings: UserSettings) => void;
}

const CURRENCIES = ['USD', 'EUR', 'GBP', 'PHP', 'SGD', 'AUD', 'JPY'];

/**
 * Default region (also the default of =AWS.* formulas), currency, a customer-wide discount and the
 * sizing policy of this workbook.
 */
export function SettingsPanel({ settings, onSave }: SettingsPanelProps) {
  const [region, setRegion] = useState(settings.region);
  const [currency, setCurrency] = useState(settings.currency);
  const [discount, setDiscount] = useState(String(settings.discounts[0]?.percent ?? ''));
  const [policy, setPolicy] = useState(draftOf(settings.sizingPolicy));
  // The saved settings load after sign-in: show them when they arrive (or are saved).
  useEffect(() => {
    setRegion(settings.region);
    setCurrency(settings.currency);
    setDiscount(String(settings.discounts[0]?.percent ?? ''));
    setPolicy(draftOf(settings.sizingPolicy));
  }, [settings]);
  const pct = Number(discount);
  const badDiscount = discount !== '' && !(pct > 0 && pct < 100);
  const invalid = badDiscount || generationProblem(policy.minGeneration) !== undefined;
  return (
    <section aria-label="Settings" style={{ display: 'grid', gap: 8, minWidth: 0 }}>
      <Field label="Default region">
        <Select value={region} onChange={(_, d) => setRegion(d.value)}>
          {AWS_REGION_CODES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </Select>
      </Field>
      <Field label="Currency">
        <Select value={currency} onChange={(_, d) => setCurrency(d.value)}>
          {CURRENCIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </Select>
      </Field>
      <Field
        label="Customer discount %"
        validationMessage={badDiscount ? 'Enter a percentage between 0 and 100.' : undefined}
      >
        <Input type="number" value={discount} onChange={(_, d) => setDiscount(d.value)} />
      </Field>
      <SizingPolicyFields draft={policy} onChange={setPolicy} />
      <Button
        disabled={invalid}
        onClick={() =>
          onSave({
            region,
            currency,
            discounts: discount === '' ? [] : [{ name: 'Customer discount', percent: pct }],
            sizingPolicy: policyOf(policy),
          })
        }
      >
        Save settings
      </Button>
    </section>
  );
}
