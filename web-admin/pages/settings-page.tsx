import { Button, Field, Input, Select, Spinner, Text, Title3 } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { SupportPlan, SystemSettings } from '../../core';
import { SUPPORT_PLAN_KINDS } from '../../core';
import type { AdminApi } from '../api/admin-api';
import { ApiResponseError } from '../../client-shared/http/api-errors';
import { useLoad } from '../components/use-load';
import { useNotifyError } from '../components/use-notify-error';
import { BrandingEditor } from '../settings/branding-editor';
import { DiscountPresetsEditor } from '../settings/discount-presets-editor';
import { FxRatesEditor } from '../settings/fx-rates-editor';
import { LogoUpload } from '../settings/logo-upload';
import { issueFor, validateSettings, type SettingsIssue } from '../settings/settings-validation';
import { useAdmin } from '../state/admin-store';

/** System settings (GET/PUT /admin/settings), saved with the version read (optimistic lock). */
const SUPPORT_PLAN_LABELS: Readonly<Record<SupportPlan, string>> = {
  none: 'None (Basic)',
  developer: 'Developer',
  business: 'Business',
  'business-plus': 'Business+',
  'enterprise-on-ramp': 'Enterprise On-Ramp',
  enterprise: 'Enterprise',
  'unified-operations': 'Unified Operations',
};
const SUPPORT_PLANS = SUPPORT_PLAN_KINDS.map((value) => ({
  value,
  label: SUPPORT_PLAN_LABELS[value],
}));

export function SettingsPage({ api }: { api: AdminApi }) {
  const notify = useAdmin((s) => s.notify);
  const notifyError = useNotifyError();
  const load = useCallback(() => api.getSettings(), [api]);
  const { data, loading, reload } = useLoad(load, 'Loading settings failed');
  const [draft, setDraft] = useState<SystemSettings | null>(null);
  const [issues, setIssues] = useState<SettingsIssue[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => setDraft(data), [data]);

  if (loading && !draft) return <Spinner label="Loading settings…" />;
  if (!draft) return <Button onClick={reload}>Retry loading settings</Button>;
  const set = (p: Partial<SystemSettings>) => setDraft({ ...draft, ...p });

  function logoUploaded(saved: SystemSettings) {
    setDraft((d) =>
      d
        ? {
            ...d,
            branding: { ...d.branding, logoKey: saved.branding.logoKey },
            // Adopt the new version only when the upload was the one change since this page read
            // the settings; otherwise the next save gets its 409 and the user reloads.
            ...(saved.version === d.version + 1
              ? { version: saved.version, updatedAt: saved.updatedAt, updatedBy: saved.updatedBy }
              : {}),
          }
        : d,
    );
  }

  async function save(current: SystemSettings) {
    const found = validateSettings(current);
    setIssues(found);
    if (found.length) {
      notify({
        intent: 'error',
        text: `Fix ${found.length} field${found.length === 1 ? '' : 's'} before saving: ${found.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      });
      return;
    }
    setSaving(true);
    try {
      const { updatedAt: _a, updatedBy: _b, ...body } = current;
      const saved = await api.updateSettings(body);
      setDraft(saved);
      notify({ intent: 'success', text: `Settings saved (version ${saved.version}).` });
    } catch (err) {
      if (err instanceof ApiResponseError && err.status === 409) {
        notify({
          intent: 'warning',
          text: 'Someone saved the settings after you opened them. Reload to see their changes, then apply yours again.',
        });
      } else notifyError(err, 'Saving settings failed');
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="settings-title">
      <Title3 id="settings-title" as="h2">
        Settings
      </Title3>
      <Text
        size={200}
      >{`Version ${draft.version}, last saved ${draft.updatedAt ? new Date(draft.updatedAt).toLocaleString() : 'never'}${draft.updatedBy ? ` by ${draft.updatedBy}` : ''}`}</Text>
      <div style={{ display: 'grid', gap: 12, maxWidth: 900, marginTop: 12 }}>
        <Field label="Default region" validationMessage={issueFor(issues, 'defaultRegion')}>
          <Input
            value={draft.defaultRegion}
            onChange={(_, v) => set({ defaultRegion: v.value.trim() })}
          />
        </Field>
        <Field label="Default currency" validationMessage={issueFor(issues, 'defaultCurrency')}>
          <Input
            value={draft.defaultCurrency}
            onChange={(_, v) => set({ defaultCurrency: v.value.trim().toUpperCase() })}
          />
        </Field>
        <Field label="Default AWS Support plan">
          <Select
            value={draft.defaultSupportPlan}
            onChange={(_, v) => set({ defaultSupportPlan: v.value as SupportPlan })}
          >
            {SUPPORT_PLANS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </Select>
        </Field>
        <DiscountPresetsEditor
          value={draft.discountPresets}
          issues={issues}
          onChange={(discountPresets) => set({ discountPresets })}
        />
        <FxRatesEditor
          value={draft.fxRates}
          issues={issues}
          onChange={(fxRates) => set({ fxRates })}
        />
        <BrandingEditor
          value={draft.branding}
          issues={issues}
          onChange={(branding) => set({ branding })}
          logo={<LogoUpload api={api} logoKey={draft.branding.logoKey} onUploaded={logoUploaded} />}
        />
        <div style={{ display: 'flex', gap: 8 }}>
          <Button appearance="primary" disabled={saving} onClick={() => void save(draft)}>
            {saving ? 'Saving…' : 'Save settings'}
          </Button>
          <Button disabled={saving} onClick={reload}>
            Reload
          </Button>
        </div>
      </div>
    </section>
  );
}
