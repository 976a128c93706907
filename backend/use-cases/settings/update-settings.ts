import type { SystemSettings } from '../../../core';
import { addressInRanges } from '../../../core';
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
  'adminIpAllowList',
] as const;

/**
 * Admin-only, audited, optimistic-locked: `version` must be the one read (0 before the first save).
 * `sourceIp` is the saver's address: a non-empty admin IP allow-list must contain it (lock-out guard).
 */
export async function updateSettings(
  deps: { settings: SettingsStore; clock: Clock; ids: IdGenerator },
  ctx: AuditContext,
  input: SettingsUpdate,
  sourceIp: string | null,
): Promise<SystemSettings> {
  if (input.adminIpAllowList) guardLockOut(input.adminIpAllowList, sourceIp);
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

/** A list that leaves out the saver's own address would lock them out of the console at once. */
function guardLockOut(list: readonly string[], sourceIp: string | null): void {
  if (list.length === 0 || (sourceIp !== null && addressInRanges(sourceIp, list))) return;
  throw new ConflictError(
    sourceIp === null
      ? 'This request carries no source address, so an admin IP allow-list cannot be checked against it; leave the list empty.'
      : `Your current address ${sourceIp} is in none of the allowed ranges; saving this admin IP allow-list would lock you out. Add a range containing ${sourceIp} (such as ${sourceIp}/${sourceIp.includes(':') ? 128 : 32}) or leave the list empty.`,
    { details: { reason: 'AllowListExcludesCaller', sourceIp } },
  );
}
