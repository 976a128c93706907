import { MemoryAuditReader } from '../../../../backend/adapters/memory/memory-audit-reader';
import { auditReaderContract } from '../../../contracts/audit-reader.contract';
import { MemoryAuditLog } from '../../../../backend/adapters/memory/memory-audit-log';
import { MemoryBlobStore } from '../../../../backend/adapters/memory/memory-blob-store';
import { MemoryDocumentStore } from '../../../../backend/adapters/memory/memory-document-store';
import { MemoryRateLimiter } from '../../../../backend/adapters/memory/memory-rate-limiter';
import { MemorySettingsStore } from '../../../../backend/adapters/memory/memory-settings-store';
import { MemoryUsageCounters } from '../../../../backend/adapters/memory/memory-usage-counters';
import { blobStoreContract } from '../../../contracts/blob-store.contract';
import { documentStoreContract } from '../../../contracts/document-store.contract';
import { presignedPutContract } from '../../../contracts/presigned-put.contract';
import { rateLimiterContract } from '../../../contracts/rate-limiter.contract';
import { settingsStoreContract } from '../../../contracts/settings-store.contract';

documentStoreContract('in-memory fake', () => {
  const store = new MemoryDocumentStore();
  return {
    store,
    auditEntries: async (id) => store.audit.entries.filter((e) => e.targetId === id),
  };
});

settingsStoreContract('in-memory fake', async () => {
  const audit = new MemoryAuditLog();
  return {
    store: new MemorySettingsStore(audit),
    auditEntries: async (id) => audit.entries.filter((e) => e.targetId === id),
  };
});

rateLimiterContract('in-memory fakes', () => ({
  limiter: new MemoryRateLimiter(3),
  counters: new MemoryUsageCounters(),
}));

blobStoreContract('in-memory fake', () => {
  const store = new MemoryBlobStore();
  return { store, withoutListGrant: store.withoutListGrant() };
});

presignedPutContract('in-memory fake', () => {
  const store = new MemoryBlobStore();
  return {
    store,
    send: async (signed, body, headers = signed.headers) =>
      (await store.receivePut(signed.url, headers, body)).status,
  };
});

auditReaderContract('in-memory fake', (bounds) => {
  const log = new MemoryAuditLog();
  return {
    reader: new MemoryAuditReader(log, bounds?.maxExamined),
    append: async (r) => log.append(r),
  };
});
