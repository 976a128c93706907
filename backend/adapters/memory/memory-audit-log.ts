import type { AuditRecord } from '../../ports/audit-log';

/** The fakes' audit table: fakes append to it in the same synchronous step as their change. */
export class MemoryAuditLog {
  readonly entries: AuditRecord[] = [];

  append(record: AuditRecord): void {
    if (this.entries.some((e) => e.logId === record.logId)) {
      throw new Error(`Audit entry ${record.logId} already exists.`);
    }
    this.entries.push(record);
  }
}
