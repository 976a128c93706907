import { Field, Input, Text, Textarea } from '@fluentui/react-components';
import type { Branding } from '../../core';
import { issueFor, type SettingsIssue } from './settings-validation';

/**
 * Proposal branding: company name, colours, footer, disclaimer. The logo is shown by its S3 key;
 * uploading one needs an upload route that core/api/routes.ts does not have yet (see README).
 */
export function BrandingEditor(props: {
  value: Branding;
  issues: readonly SettingsIssue[];
  onChange: (next: Branding) => void;
}) {
  const { value, issues, onChange } = props;
  const set = (p: Partial<Branding>) => onChange({ ...value, ...p });
  const colour = (key: 'primaryColor' | 'accentColor', label: string) => (
    <Field label={label} validationMessage={issueFor(issues, `branding.${key}`)}>
      <div style={{ display: 'flex', gap: 8 }}>
        <input
          type="color"
          aria-label={`${label} picker`}
          value={/^#[0-9A-Fa-f]{6}$/.test(value[key]) ? value[key] : '#000000'}
          onChange={(e) => set({ [key]: e.target.value.toUpperCase() })}
        />
        <Input value={value[key]} onChange={(_, v) => set({ [key]: v.value.trim() })} />
      </div>
    </Field>
  );
  return (
    <fieldset>
      <legend>Proposal branding</legend>
      <Field label="Company name" validationMessage={issueFor(issues, 'branding.companyName')}>
        <Input value={value.companyName} onChange={(_, v) => set({ companyName: v.value })} />
      </Field>
      {colour('primaryColor', 'Primary colour')}
      {colour('accentColor', 'Accent colour')}
      <Field label="Footer text" validationMessage={issueFor(issues, 'branding.footerText')}>
        <Input value={value.footerText} onChange={(_, v) => set({ footerText: v.value })} />
      </Field>
      <Field label="Disclaimer" validationMessage={issueFor(issues, 'branding.disclaimer')}>
        <Textarea
          value={value.disclaimer}
          resize="vertical"
          onChange={(_, v) => set({ disclaimer: v.value })}
        />
      </Field>
      <Field label="Logo">
        <Text>
          {value.logoKey
            ? `Current logo: ${value.logoKey}`
            : 'No logo. Uploading a logo needs an upload route in the API (not available yet); see the console README.'}
        </Text>
      </Field>
    </fieldset>
  );
}
