import { Button, Field, Input, Spinner, Text, Title3 } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { SystemSettings } from '../../core';
import type { AdminApi } from '../api/admin-api';
import { ApiResponseError } from '../../client-shared/http/api-errors';
import { useLoad } from '../components/use-load';
import { useNotifyError } from '../components/use-notify-error';
import { BrandingEditor } from '../settings/branding-editor';
import { RegionField, SupportPlanField } from '../settings/choice-fields';
import { DiscountPresetsEditor } from '../settings/discount-presets-editor';
import { FxRatesEditor } from '../settings/fx-rates-editor';
import { IpAllowListEditor } from '../settings/ip-allow-list-editor';
import { LogoUpload } from '../settings/logo-upload';
import {
  formPath,
  issueFor,
  labelFor,
  validateSettings,
  type SettingsIssue,
} from '../settings/settings-validation';
import { useAdmin } from '../state/admin-store';

/** System settings (GET/PUT /admin/settings), saved with the version read (optimistic lock). */
export function SettingsPage({ api }: { api: AdminApi }) {
  const notify = useAdmin((s) => s.notify);
  const notifyError = useNotifyError();
  const load = useCallback(() => api.getSettings(), [api]);
  const { data, loading, reload } = useLoad(load, 'Loading settings failed');
  const loadCaller = useCallback(() => api.whoami(), [api]);
  const caller = useLoad(loadCaller, 'Reading your address failed').data;
  const sourceIp = caller?.sourceIp || null;
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

  function refuse(found: SettingsIssue[]) {
    setIssues(found);
    notify({
      intent: 'error',
      text: `Fix ${found.length} field${found.length === 1 ? '' : 's'} before saving: ${found.map((i) => `${i.label} ${i.message}`).join('; ')}`,
    });
  }

  async function save(current: SystemSettings) {
    const found = validateSettings(current, sourceIp);
    if (found.length) return refuse(found);
    setIssues([]);
    setSaving(true);
    try {
      const { updatedAt: _a, updatedBy: _b, ...body } = current;
      const saved = await api.updateSettings(body);
      setDraft(saved);
      notify({ intent: 'success', text: `Settings saved (version ${saved.version}).` });
    } catch (err) {
      if (err instanceof ApiResponseError && err.status === 400 && err.issues.length) {
        // The API's schema refused what this form let through: the same paths, shown the same way.
        refuse(err.issues.map(apiIssue));
      } else if (err instanceof ApiResponseError && lockedOut(err)) {
        refuse([
          {
            path: 'adminIpAllowList',
            label: labelFor('adminIpAllowList'),
            message: `must contain your current address ${String((err.details as { sourceIp?: unknown }).sourceIp)}: the API refused the save, which would lock you out`,
          },
        ]);
      } else if (err instanceof ApiResponseError && err.status === 409) {
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
      <div style={{ display: 'grid', gap: 4 }}>
        <Title3 id="settings-title" as="h2">
          Settings
        </Title3>
        <Text size={200}>{savedText(draft)}</Text>
      </div>
      <div style={{ display: 'grid', gap: 12, maxWidth: 900, marginTop: 12 }}>
        <RegionField
          value={draft.defaultRegion}
          validationMessage={issueFor(issues, 'defaultRegion')}
          onChange={(defaultRegion) => set({ defaultRegion })}
        />
        <Field label="Default currency" validationMessage={issueFor(issues, 'defaultCurrency')}>
          <Input
            value={draft.defaultCurrency}
            onChange={(_, v) => set({ defaultCurrency: v.value.trim().toUpperCase() })}
          />
        </Field>
        <SupportPlanField
          value={draft.defaultSupportPlan}
          onChange={(defaultSupportPlan) => set({ defaultSupportPlan })}
        />
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
        <IpAllowListEditor
          value={draft.adminIpAllowList}
          issues={issues}
          sourceIp={sourceIp}
          onChange={(adminIpAllowList) => set({ adminIpAllowList })}
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

/** An issue of the API's 400 as the form shows it (its message may already start with the label). */
function apiIssue(i: { path: string; message: string }): SettingsIssue {
  const path = formPath(i.path);
  const label = labelFor(path);
  const message = i.message.startsWith(`${label}: `)
    ? i.message.slice(label.length + 2)
    : i.message;
  return { path, label, message };
}

/** The API's lock-out guard: the list left out the address this console calls from. */
function lockedOut(err: ApiResponseError): boolean {
  return (
    err.status === 409 &&
    (err.details as { reason?: unknown } | null)?.reason === 'AllowListExcludesCaller'
  );
}

/** Version 0 is the built-in defaults: nothing was ever saved (its timestamp is the epoch). */
export function savedText(s: SystemSettings): string {
  if (s.version === 0) return 'Defaults in use, never saved';
  const when = s.updatedAt ? new Date(s.updatedAt).toLocaleString() : 'at an unknown time';
  return `Version ${s.version}, last saved ${when}${s.updatedBy ? ` by ${s.updatedBy}` : ''}`;
}
