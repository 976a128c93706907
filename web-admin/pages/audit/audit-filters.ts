import type { AuditQuery } from '../../api/admin-api';

export type DatePreset = 'any' | '24h' | '7d' | '30d' | 'custom';

export const DATE_PRESETS: readonly { id: DatePreset; label: string }[] = [
  { id: 'any', label: 'Any time' },
  { id: '24h', label: 'Last 24 hours' },
  { id: '7d', label: 'Last 7 days' },
  { id: '30d', label: 'Last 30 days' },
  { id: 'custom', label: 'Custom range' },
];

const HOURS: Readonly<Record<'24h' | '7d' | '30d', number>> = { '24h': 24, '7d': 168, '30d': 720 };

export interface AuditFilters {
  /** The user picked in the email autocomplete (the API filters by user id). */
  readonly user: { readonly userId: string; readonly email: string } | null;
  /** One of core's AUDIT_ACTIONS, or '' for every action. */
  readonly action: string;
  readonly preset: DatePreset;
  /** `datetime-local` values (local time), used with the custom range. */
  readonly from: string;
  readonly to: string;
}

export const NO_FILTERS: AuditFilters = { user: null, action: '', preset: 'any', from: '', to: '' };

/** `datetime-local` value (local time, no zone) to an ISO instant, or undefined when empty. */
export function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/**
 * The query the list and the export send: a preset is a window ending now (computed when the
 * filters are applied), the custom range its two times. An error text when the range is reversed.
 */
export function auditQuery(f: AuditFilters, now: Date): AuditQuery | { error: string } {
  const base = { userId: f.user?.userId, action: f.action || undefined };
  if (f.preset === 'any') return base;
  if (f.preset !== 'custom')
    return { ...base, from: new Date(now.getTime() - HOURS[f.preset] * 3_600_000).toISOString() };
  const from = localToIso(f.from);
  const to = localToIso(f.to);
  if (from && to && from > to)
    return { error: 'The "From" time is after the "To" time; swap them or clear one.' };
  return { ...base, from, to };
}
