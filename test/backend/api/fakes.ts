import { MemoryAuditLog } from '../../../backend/adapters/memory/memory-audit-log';
import { MemoryAuditReader } from '../../../backend/adapters/memory/memory-audit-reader';
import { MemoryAuditWriter } from '../../../backend/adapters/memory/memory-audit-writer';
import { MemoryBlobStore } from '../../../backend/adapters/memory/memory-blob-store';
import { MemoryDocumentStore } from '../../../backend/adapters/memory/memory-document-store';
import { MemoryEstimationStore } from '../../../backend/adapters/memory/memory-estimation-store';
import { MemorySettingsStore } from '../../../backend/adapters/memory/memory-settings-store';
import { InProcessApiTraffic } from '../../../backend/adapters/memory/in-process-api-traffic';
import { MemoryUsageCounters } from '../../../backend/adapters/memory/memory-usage-counters';
import type { Caller } from '../../../backend/http/caller';
import type { AuditContext } from '../../../backend/ports/audit-log';
import type { Clock } from '../../../backend/ports/clock';
import type { IdGenerator } from '../../../backend/ports/ids';
import { checkRequirements } from '../../../backend/routes/request';

/** One set of in-memory adapters sharing one audit log, a settable clock and sequential ids. */
export function fakes() {
  const audit = new MemoryAuditLog();
  let now = new Date('2026-11-26T09:00:00.000Z');
  let n = 0;
  const clock: Clock & { advance(ms: number): void } = {
    now: () => new Date(now),
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
  const ids: IdGenerator = {
    next: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
  const blobs = new MemoryBlobStore(() => clock.now());
  return {
    audit,
    clock,
    ids,
    estimations: new MemoryEstimationStore({ audit, blobs }),
    documents: new MemoryDocumentStore(audit),
    settings: new MemorySettingsStore(audit),
    auditReader: new MemoryAuditReader(audit),
    auditWriter: new MemoryAuditWriter(audit),
    blobs,
    counters: new MemoryUsageCounters(),
    traffic: new InProcessApiTraffic(),
    validateRequirements: checkRequirements,
  };
}

export const alice: Caller = { userId: 'alice', email: 'alice@example.com', role: 'Sales' };
export const bob: Caller = { userId: 'bob', email: 'bob@example.com', role: 'Sales' };
export const root: Caller = { userId: 'root', email: 'root@example.com', role: 'Admin' };

export function ctx(caller: Caller, requestId = 'req-1'): AuditContext {
  return { caller, requestId };
}

/** An empty catalog at version `v-test` (what the admin metrics report as the version in use). */
export const testCatalog = {
  snapshot: async () => ({ version: 'v-test', createdAt: '2026-11-26T00:00:00.000Z', shards: [] }),
  outline: async () => ({ version: 'v-test', shards: [] }),
};
