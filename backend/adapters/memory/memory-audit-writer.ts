import type { AuditRecord } from '../../ports/audit-log';
import type { AuditWriter } from '../../ports/audit-writer';
import type { MemoryAuditLog } from './memory-audit-log';

export class MemoryAuditWriter implements AuditWriter {
  constructor(private readonly log: MemoryAuditLog) {}

  async append(record: AuditRecord): Promise<void> {
    this.log.append(record);
  }
}
