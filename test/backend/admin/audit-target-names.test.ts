import { MemoryAuditLog } from '../../../backend/adapters/memory/memory-audit-log';
import { MemoryBlobStore } from '../../../backend/adapters/memory/memory-blob-store';
import { MemoryDocumentStore } from '../../../backend/adapters/memory/memory-document-store';
import { MemoryEstimationStore } from '../../../backend/adapters/memory/memory-estimation-store';
import { MemoryUserStore } from '../../../backend/adapters/memory/memory-user-store';
import { StoreAuditTargetNames } from '../../../backend/adapters/memory/store-audit-target-names';
import { auditTargetNamesContract } from '../../contracts/audit-target-names.contract';

auditTargetNamesContract('the stores’ getters (in-memory fakes)', async () => {
  const audit = new MemoryAuditLog();
  const users = new MemoryUserStore(audit);
  const estimations = new MemoryEstimationStore({ audit, blobs: new MemoryBlobStore() });
  const documents = new MemoryDocumentStore(audit);
  return {
    names: new StoreAuditTargetNames({ users, estimations, documents }),
    users,
    estimations,
    documents,
  };
});
