import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { SupportPlan } from '../../core';
import { AWS_REGIONS, SUPPORT_PLAN_KINDS } from '../../core';

/** Region option text: the name AWS shows, then the code (both searchable by typing). */
export function regionText(code: string): string {
  const known = AWS_REGIONS.find((r) => r.code === code);
  return known ? `${known.name} — ${code}` : code;
}

/**
 * The default region, chosen from core's region vocabulary. A saved code the vocabulary does not
 * list (a region newer than it) stays selectable rather than silently replaced.
 */
export function RegionField(props: {
  value: string;
  validationMessage?: string;
  onChange: (code: string) => void;
}) {
  const { value, validationMessage, onChange } = props;
  const codes: string[] = AWS_REGIONS.map((r) => r.code);
  if (value && !codes.includes(value)) codes.push(value);
  return (
    <Field label="Default region" validationMessage={validationMessage}>
      <Dropdown
        value={value ? regionText(value) : ''}
        selectedOptions={value ? [value] : []}
        placeholder="Choose a region"
        onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}
      >
        {codes.map((code) => (
          <Option key={code} value={code}>
            {regionText(code)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

const SUPPORT_PLAN_LABELS: Readonly<Record<SupportPlan, string>> = {
  none: 'None (Basic)',
  developer: 'Developer',
  business: 'Business',
  'business-plus': 'Business+',
  'enterprise-on-ramp': 'Enterprise On-Ramp',
  enterprise: 'Enterprise',
  'unified-operations': 'Unified Operations',
};

export function SupportPlanField(props: {
  value: SupportPlan;
  onChange: (plan: SupportPlan) => void;
}) {
  return (
    <Field label="Default AWS Support plan">
      <Dropdown
        value={SUPPORT_PLAN_LABELS[props.value]}
        selectedOptions={[props.value]}
        onOptionSelect={(_, d) => d.optionValue && props.onChange(d.optionValue as SupportPlan)}
      >
        {SUPPORT_PLAN_KINDS.map((plan) => (
          <Option key={plan} value={plan}>
            {SUPPORT_PLAN_LABELS[plan]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
