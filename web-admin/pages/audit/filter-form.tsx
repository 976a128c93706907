import { Button, Dropdown, Field, Input, Option } from '@fluentui/react-components';
import type { FormEvent } from 'react';
import { AUDIT_ACTIONS, AUDIT_ACTION_NAMES } from '../../../core';
import type { AdminApi } from '../../api/admin-api';
import { DATE_PRESETS, type AuditFilters, type DatePreset } from './audit-filters';
import { UserPicker } from './user-picker';

const ALL_ACTIONS = 'All actions';

/** The audit filters: user (email autocomplete), action (the actions that exist), time window. */
export function FilterForm({
  api,
  filters,
  onChange,
  onApply,
  onExport,
  exporting,
}: {
  api: AdminApi;
  filters: AuditFilters;
  onChange: (next: AuditFilters) => void;
  onApply: () => void;
  onExport: () => void;
  exporting: boolean;
}) {
  const set = (patch: Partial<AuditFilters>) => onChange({ ...filters, ...patch });
  const presetLabel = DATE_PRESETS.find((p) => p.id === filters.preset)?.label ?? '';
  const actionLabel = filters.action
    ? AUDIT_ACTIONS[filters.action as keyof typeof AUDIT_ACTIONS]
    : ALL_ACTIONS;
  function submit(e: FormEvent) {
    e.preventDefault();
    onApply();
  }
  return (
    <form
      onSubmit={submit}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'end', margin: '12px 0' }}
    >
      <UserPicker api={api} picked={filters.user} onPick={(user) => set({ user })} />
      <Field label="Action">
        <Dropdown
          value={actionLabel}
          selectedOptions={[filters.action]}
          onOptionSelect={(_, d) => set({ action: d.optionValue ?? '' })}
        >
          <Option value="">{ALL_ACTIONS}</Option>
          {AUDIT_ACTION_NAMES.map((name) => (
            <Option key={name} value={name} text={AUDIT_ACTIONS[name]}>
              {`${AUDIT_ACTIONS[name]} (${name})`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="When">
        <Dropdown
          value={presetLabel}
          selectedOptions={[filters.preset]}
          onOptionSelect={(_, d) => set({ preset: (d.optionValue as DatePreset) ?? 'any' })}
        >
          {DATE_PRESETS.map((p) => (
            <Option key={p.id} value={p.id}>
              {p.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {filters.preset === 'custom' && (
        <>
          <Field label="From">
            <Input
              type="datetime-local"
              value={filters.from}
              onChange={(_, d) => set({ from: d.value })}
            />
          </Field>
          <Field label="To">
            <Input
              type="datetime-local"
              value={filters.to}
              onChange={(_, d) => set({ to: d.value })}
            />
          </Field>
        </>
      )}
      <Button type="submit" appearance="primary">
        Apply filters
      </Button>
      <Button disabled={exporting} onClick={onExport}>
        Export CSV (applied filters)
      </Button>
    </form>
  );
}
