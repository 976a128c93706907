import type { AuditLogEntry, AuditLogRow, AuditTarget } from '../../../core';
import type { AuditTargetNames, TargetRef } from '../../ports/audit-targets';
import { NAMED_TARGET_TYPES, targetKey } from '../../ports/audit-targets';
import type { IdentityAdmin } from '../../ports/identity-admin';

export interface AuditRowsDeps {
  readonly targetNames: AuditTargetNames;
  readonly identity: Pick<IdentityAdmin, 'findBySub'>;
}

/**
 * Audit entries with their targets' names: one batch read for the page's users, estimations and
 * documents; an invited user who never signed in has no profile yet, so those few (distinct) ids
 * are looked up in the user pool. Settings and catalog entries are named by kind; an upload by
 * the file name its entry recorded. A named target found nowhere is `deleted`.
 */
export async function auditRows(
  deps: AuditRowsDeps,
  entries: readonly AuditLogEntry[],
): Promise<AuditLogRow[]> {
  const refs = entries
    .filter(isNamed)
    .map((e) => ({ type: e.targetType, id: e.targetId }) as TargetRef);
  const names = new Map(await deps.targetNames.names(refs));
  const withoutProfile = new Set(
    refs.filter((r) => r.type === 'user' && !names.has(targetKey(r))).map((r) => r.id),
  );
  await Promise.all(
    [...withoutProfile].map(async (id) => {
      const account = await deps.identity.findBySub(id);
      if (account) names.set(targetKey({ type: 'user', id }), account.email);
    }),
  );
  return entries.map((e) => ({ ...e, target: targetOf(e, names) }));
}

function isNamed(e: AuditLogEntry): boolean {
  return (NAMED_TARGET_TYPES as readonly string[]).includes(e.targetType);
}

function targetOf(e: AuditLogEntry, names: ReadonlyMap<string, string>): AuditTarget {
  if (isNamed(e)) {
    const name = names.get(`${e.targetType}:${e.targetId}`);
    return name === undefined ? { name: null, deleted: true } : { name, deleted: false };
  }
  if (e.targetType === 'settings') return { name: 'System settings', deleted: false };
  if (e.targetType === 'catalog') return { name: 'Price catalog', deleted: false };
  if (e.targetType === 'upload') return { name: recordedFileName(e), deleted: false };
  return { name: null, deleted: false };
}

/** `excel.upload-url` records `fileName: [null, name]`. */
function recordedFileName(e: AuditLogEntry): string | null {
  const v = e.changes.fileName;
  const name = Array.isArray(v) ? v[1] : v;
  return typeof name === 'string' ? name : null;
}
