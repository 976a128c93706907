import type { AuditLogEntry, Page } from '../../../core';
import type { AuditLogReader, AuditQuery } from '../../ports/audit-query';
import { auditScope } from '../../ports/audit-query';
import type { MemoryAuditLog } from './memory-audit-log';
import { offsetPage } from './paging';

/** Reads the fakes' shared audit log with the same filters and order as the DynamoDB reader. */
export class MemoryAuditReader implements AuditLogReader {
  constructor(private readonly log: MemoryAuditLog) {}

  async query(query: AuditQuery): Promise<Page<AuditLogEntry>> {
    const all = this.log.entries
      .filter((e) => matches(e, query))
      .sort((a, b) => b.timestamp.localeCompare(a.timestamp) || b.logId.localeCompare(a.logId));
    return offsetPage(all, query, auditScope(query));
  }
}

export function matches(e: AuditLogEntry, q: AuditQuery): boolean {
  if (q.userId !== undefined && e.userId !== q.userId) return false;
  if (q.action !== undefined && e.action !== q.action) return false;
  if (q.from !== undefined && e.timestamp < q.from) return false;
  if (q.to !== undefined && e.timestamp > q.to) return false;
  return true;
}
