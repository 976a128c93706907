import type { SystemSettings } from '../../../core';
import { ConflictError } from '../../http/errors';
import type { AuditContext } from '../../ports/audit-log';
import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import { auditRecord, diffFields } from '../shared/audit-record';
import { VersionConflictError } from '../../ports/estimation-store';
import type { SettingsStore } from '../../ports/settings-store';
import { getSettings } from './get-settings';

export type SettingsUpdate = Partial<
  Omit<SystemSettings, 'version' | 'updatedAt' | 'updatedBy'>
> & {
  readonly version: number;
};

const FIELDS = [
  'defaultRegion',
  'defaultCurrency',
  'discountPresets',
  'fxRates',
  'defaultSupportPlan',
  'branding',
] as const;

/** Admin-only, audited, optimistic-locked: `version` must be the one read (0 before the first save). */
export async function updateSettings(
  deps: { settings: SettingsStore; clock: Clock; ids: IdGenerator },
  ctx: AuditContext,
  input: SettingsUpdate,
): Promise<SystemSettings> {
  const current = await getSettings(deps);
  if (current.version !== input.version) throw stale(input.version, current.version);
  const { version: _read, ...patch } = input;
  const next: SystemSettings = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    version: current.version + 1,
    updatedAt: deps.clock.now().toISOString(),
    updatedBy: ctx.caller.email || ctx.caller.userId,
  };
  const changes = {
    ...diffFields(current, next, FIELDS),
    version: [current.version, next.version],
  };
  try {
    await deps.settings.replace(
      next,
      input.version,
      auditRecord(ctx, deps, 'settings.update', { type: 'settings', id: 'system' }, changes),
    );
  } catch (err) {
    if (err instanceof VersionConflictError) throw stale(input.version, null);
    throw err;
  }
  return next;
}

function stale(sent: number, current: number | null): ConflictError {
  return new ConflictError(
    `The settings changed since you read version ${sent}; reload them and save again.`,
    {
      details: { sentVersion: sent, currentVersion: current },
    },
  );
}
