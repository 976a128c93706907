import { MemoryAuditLog } from '../../backend/adapters/memory/memory-audit-log';
import { MemoryAuditWriter } from '../../backend/adapters/memory/memory-audit-writer';
import { auditWriterContract } from '../contracts/audit-writer.contract';

auditWriterContract('in-memory fake', () => {
  const log = new MemoryAuditLog();
  return {
    writer: new MemoryAuditWriter(log),
    entries: async (logId) => log.entries.filter((e) => e.logId === logId),
  };
});
