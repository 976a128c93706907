import type { AuditLogEntry } from '../../../core';
import type { AuditLogReader, AuditPage, AuditQuery } from '../../ports/audit-query';
import { AUDIT_MAX_EXAMINED, auditScope } from '../../ports/audit-query';
import type { MemoryAuditLog } from './memory-audit-log';
import { pageCursor, readCursor } from './paging';

/**
 * Reads the fakes' shared audit log with the same filters, order and bound as the DynamoDB reader:
 * a user's entries are looked at newest first and, with an action too, at most `maxExamined` of
 * them per page (the action is not part of the user's index there); any other filter is the index
 * itself, so every entry looked at is returned.
 */
export class MemoryAuditReader implements AuditLogReader {
  constructor(
    private readonly log: MemoryAuditLog,
    private readonly maxExamined: number = AUDIT_MAX_EXAMINED,
  ) {}

  async query(query: AuditQuery): Promise<AuditPage> {
    const scope = auditScope(query);
    const filtered = query.userId !== undefined && query.action !== undefined;
    const indexed = this.log.entries
      .filter((e) => matches(e, filtered ? { ...query, action: undefined } : query))
      .sort((a, b) => b.timestamp.localeCompare(a.timestamp) || b.logId.localeCompare(a.logId));
    const start = readCursor(query.cursor, scope);
    const budget = filtered ? this.maxExamined : Infinity;
    const items: AuditLogEntry[] = [];
    let at = start;
    while (at < indexed.length && items.length < query.limit && at - start < budget) {
      const entry = indexed[at++]!;
      if (query.action === undefined || entry.action === query.action) items.push(entry);
    }
    const more = at < indexed.length;
    const searchedBackTo =
      more && items.length < query.limit ? indexed[at - 1]?.timestamp : undefined;
    return {
      items,
      nextCursor: more ? pageCursor(at, scope) : null,
      examined: at - start,
      ...(searchedBackTo ? { searchedBackTo } : {}),
    };
  }
}

export function matches(e: AuditLogEntry, q: Omit<AuditQuery, 'limit'>): boolean {
  if (q.userId !== undefined && e.userId !== q.userId) return false;
  if (q.action !== undefined && e.action !== q.action) return false;
  if (q.from !== undefined && e.timestamp < q.from) return false;
  if (q.to !== undefined && e.timestamp > q.to) return false;
  return true;
}
