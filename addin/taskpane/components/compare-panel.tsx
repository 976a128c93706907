import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { ScenarioSpec, SizingPolicy } from '../../../core';
import { AWS_REGION_CODES } from '../../../core';
import type { PolicyChoiceId } from './compare-policies';
import { POLICY_CHOICES, firstColumnPolicyText, policyScenarios } from './compare-policies';

export interface ComparePanelProps {
  readonly defaultRegion: string;
  /** The policy the first column is sized under (validated requirements, else the Settings tab's). */
  readonly sizingPolicy?: SizingPolicy;
  readonly busy: boolean;
  readonly onCompare: (scenarios: ScenarioSpec[]) => void;
}

/** Choose scenarios against the On-Demand baseline and write "AWS Comparison". */
export function ComparePanel({ defaultRegion, sizingPolicy, busy, onCompare }: ComparePanelProps) {
  const [savingsPlan, setSavingsPlan] = useState(true);
  const [reserved, setReserved] = useState(false);
  const [graviton, setGraviton] = useState(false);
  const [otherRegion, setOtherRegion] = useState('');
  const [discount, setDiscount] = useState('');
  const [policies, setPolicies] = useState<ReadonlySet<PolicyChoiceId>>(new Set());
  const togglePolicy = (id: PolicyChoiceId, on: boolean) =>
    setPolicies((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const scenarios = (): ScenarioSpec[] => {
    const list: ScenarioSpec[] = [{ name: 'On-Demand', pricingModel: { kind: 'on-demand' } }];
    if (savingsPlan)
      list.push({
        name: '1 yr Compute SP',
        pricingModel: {
          kind: 'savings-plan',
          plan: 'compute',
          term: '1yr',
          purchaseOption: 'No Upfront',
        },
      });
    if (reserved)
      list.push({
        name: '3 yr Reserved',
        pricingModel: {
          kind: 'reserved',
          term: '3yr',
          offeringClass: 'standard',
          purchaseOption: 'All Upfront',
        },
      });
    if (graviton) list.push({ name: 'Graviton', graviton: true });
    if (otherRegion) list.push({ name: otherRegion, region: otherRegion });
    const pct = Number(discount);
    if (discount && pct > 0 && pct < 100)
      list.push({
        name: `${pct}% discount`,
        discounts: [{ name: 'Negotiated discount', percent: pct }],
      });
    return [...list, ...policyScenarios(policies)];
  };
  return (
    <section aria-label="Compare" style={{ display: 'grid', gap: 4 }}>
      <Checkbox
        label="1 yr Compute Savings Plan"
        checked={savingsPlan}
        onChange={(_, d) => setSavingsPlan(d.checked === true)}
      />
      <Checkbox
        label="3 yr Reserved (All Upfront)"
        checked={reserved}
        onChange={(_, d) => setReserved(d.checked === true)}
      />
      <Checkbox
        label="Graviton swap"
        checked={graviton}
        onChange={(_, d) => setGraviton(d.checked === true)}
      />
      <fieldset style={{ border: 0, padding: 0, margin: 0, display: 'grid', gap: 2, minWidth: 0 }}>
        <legend style={{ fontWeight: 600 }}>Sizing policy (sized VMs, On-Demand)</legend>
        <span style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
          {firstColumnPolicyText(sizingPolicy)}
        </span>
        {POLICY_CHOICES.map((c) => (
          <Checkbox
            key={c.id}
            label={c.label}
            checked={policies.has(c.id)}
            onChange={(_, d) => togglePolicy(c.id, d.checked === true)}
          />
        ))}
      </fieldset>
      <Field label="Another region">
        <Select value={otherRegion} onChange={(_, d) => setOtherRegion(d.value)}>
          <option value="">(none)</option>
          {AWS_REGION_CODES.filter((r) => r !== defaultRegion).map((r) => (
            <option key={r}>{r}</option>
          ))}
        </Select>
      </Field>
      <Field label="Discount %">
        <Input type="number" value={discount} onChange={(_, d) => setDiscount(d.value)} />
      </Field>
      <Button onClick={() => onCompare(scenarios())} disabled={busy}>
        Compare
      </Button>
    </section>
  );
}
