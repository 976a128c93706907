import { Field, Input, Subtitle2, Textarea } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Branding } from '../../core';
import { SettingsSection } from './settings-section';
import { issueFor, type SettingsIssue } from './settings-validation';

/**
 * Proposal branding: company name, colours, footer, disclaimer. The logo control comes from the
 * page (`logo`): it uploads through its own route rather than through this draft.
 */
export function BrandingEditor(props: {
  value: Branding;
  issues: readonly SettingsIssue[];
  onChange: (next: Branding) => void;
  logo: ReactNode;
}) {
  const { value, issues, onChange, logo } = props;
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
    <SettingsSection title="Proposal branding">
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
      <Subtitle2 as="h4">Logo</Subtitle2>
      {logo}
    </SettingsSection>
  );
}
