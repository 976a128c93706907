import { Button, Checkbox, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { ScenarioSpec } from '../../../core';
import { AWS_REGION_CODES } from '../../../core';

export interface ComparePanelProps {
  readonly defaultRegion: string;
  readonly busy: boolean;
  readonly onCompare: (scenarios: ScenarioSpec[]) => void;
}

/** Choose scenarios against the On-Demand baseline and write "AWS Comparison". */
export function ComparePanel({ defaultRegion, busy, onCompare }: ComparePanelProps) {
  const [savingsPlan, setSavingsPlan] = useState(true);
  const [reserved, setReserved] = useState(false);
  const [graviton, setGraviton] = useState(false);
  const [otherRegion, setOtherRegion] = useState('');
  const [discount, setDiscount] = useState('');
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
    return list;
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
