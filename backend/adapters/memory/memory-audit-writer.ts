import { isDeepStrictEqual } from 'node:util';
import type { AuditRecord } from '../../ports/audit-log';
import type { AuditWriter } from '../../ports/audit-writer';
import type { MemoryAuditLog } from './memory-audit-log';

export class MemoryAuditWriter implements AuditWriter {
  constructor(private readonly log: MemoryAuditLog) {}

  /** As the DynamoDB writer: the same record again (a retried write) is already written. */
  async append(record: AuditRecord): Promise<void> {
    const stored = this.log.entries.find((e) => e.logId === record.logId);
    if (stored && isDeepStrictEqual(stored, record)) return;
    if (stored) {
      throw new Error(
        `Audit entry ${record.logId} (${record.action}) was not written: the audit table already ` +
          'holds another entry under that logId.',
      );
    }
    this.log.append(record);
  }
}
