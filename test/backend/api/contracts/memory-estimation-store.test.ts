import { MemoryAuditLog } from '../../../../backend/adapters/memory/memory-audit-log';
import { MemoryBlobStore } from '../../../../backend/adapters/memory/memory-blob-store';
import { MemoryEstimationStore } from '../../../../backend/adapters/memory/memory-estimation-store';
import type { EstimationRecord } from '../../../../backend/ports/estimation-store';
import { estimationStoreContract } from '../../../contracts/estimation-store.contract';
import { withoutDeletes } from '../../../contracts/fixtures';

estimationStoreContract('in-memory fake', async () => {
  const audit = new MemoryAuditLog();
  const blobs = new MemoryBlobStore();
  const records = new Map<string, EstimationRecord>();
  return {
    store: new MemoryEstimationStore({ audit, blobs, records }),
    crashing: new MemoryEstimationStore({
      audit,
      blobs: withoutDeletes(blobs),
      records,
      beforeCommit: () => {
        throw new Error('the process died before the commit');
      },
    }),
    blobs,
    auditEntries: async (id) => audit.entries.filter((e) => e.targetId === id),
  };
});
