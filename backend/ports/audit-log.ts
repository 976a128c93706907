import type { AuditLogEntry } from '../../core';
import type { Caller } from '../http/caller';

/**
 * Every mutation writes one audit record in the SAME DynamoDB transaction as the change (see the
 * aws adapters' use of `auditTransactItem`), so neither exists without the other. Stores take the
 * record as a parameter of the mutating call; they never write it separately.
 */
export type AuditRecord = AuditLogEntry;

/** Who is acting, and in which request: passed to every mutating use case. */
export interface AuditContext {
  readonly caller: Caller;
  readonly requestId: string;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  next(): string;
}

export const systemClock: Clock = { now: () => new Date() };
export const randomIds: IdGenerator = { next: () => crypto.randomUUID() };

/** Build the audit record of one change; `changes` maps a field to `[before, after]`. */
export function auditRecord(
  ctx: AuditContext,
  deps: { clock: Clock; ids: IdGenerator },
  action: string,
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
