import type { AuditAction } from '../../../core';
import type { AuditContext, AuditRecord } from '../../ports/audit-log';
import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';

/** Build the audit record of one change; `changes` maps a field to `[before, after]`. */
export function auditRecord(
  ctx: AuditContext,
  deps: { clock: Clock; ids: IdGenerator },
  action: AuditAction,
  target: { type: string; id: string },
  changes: Record<string, unknown> = {},
): AuditRecord {
  return {
    logId: deps.ids.next(),
    userId: ctx.caller.userId,
    userEmail: ctx.caller.email,
    action,
    targetType: target.type,
    targetId: target.id,
    timestamp: deps.clock.now().toISOString(),
    requestId: ctx.requestId,
    changes,
  };
}

/** `{field: [before, after]}` for the fields whose value changed (compared as JSON). */
export function diffFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T)[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (JSON.stringify(before[f]) !== JSON.stringify(after[f]))
      out[String(f)] = [before[f], after[f]];
  }
  return out;
}
