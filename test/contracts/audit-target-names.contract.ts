import { randomUUID } from 'node:crypto';
import type { UserProfile } from '../../core';
import type { AuditTargetNames, TargetRef } from '../../backend/ports/audit-targets';
import { targetKey } from '../../backend/ports/audit-targets';
import type { DocumentStore } from '../../backend/ports/document-store';
import type { EstimationStore } from '../../backend/ports/estimation-store';
import type { UserStore } from '../../backend/ports/user-store';
import { sampleDocument } from './document-store.contract';
import { estimationWrite, sampleAudit, sampleEstimation } from './fixtures';

export interface AuditTargetNamesSetup {
  readonly names: AuditTargetNames;
  readonly users: UserStore;
  readonly estimations: EstimationStore;
  readonly documents: DocumentStore;
}

function profile(): UserProfile {
  return {
    userId: randomUUID(),
    email: `${randomUUID().slice(0, 8)}@names.example.com`,
    firstName: 'Ana',
    lastName: 'Lima',
    role: 'Sales',
    company: 'Acme',
    phone: '',
    jobTitle: '',
    preferences: {},
    status: 'active',
    createdAt: '2026-11-26T00:00:00.000Z',
    updatedAt: '2026-11-26T00:00:00.000Z',
    lastSeenAt: '2026-11-26T00:00:00.000Z',
  };
}

/**
 * The AuditTargetNames contract: the names of users (email), estimations (name) and documents
 * (file name, or the format before the file exists) in one call; missing targets are absent.
 */
export function auditTargetNamesContract(
  name: string,
  setup: () => Promise<AuditTargetNamesSetup>,
): void {
  describe(`AuditTargetNames contract: ${name}`, () => {
    it('names users, estimations and documents, and leaves out what does not exist', async () => {
      const { names, users, estimations, documents } = await setup();
      const user = profile();
      await users.create(user, sampleAudit(user.userId, 'user.profile.create'));
      const e = sampleEstimation({ estimationId: randomUUID(), name: 'Acme ERP, phase 1' });
      await estimations.create(
        await estimationWrite(e),
        sampleAudit(e.estimationId, 'estimation.create'),
      );
      const ready = sampleDocument({ fileName: 'Acme-ERP.pdf', status: 'ready' });
      const queued = sampleDocument({ fileName: null, format: 'docx' });
      for (const d of [ready, queued])
        await documents.create(d, sampleAudit(d.documentId, 'document.generate'));
      const gone: TargetRef[] = [
        { type: 'user', id: randomUUID() },
        { type: 'estimation', id: randomUUID() },
        { type: 'document', id: randomUUID() },
      ];
      const asked: TargetRef[] = [
        { type: 'user', id: user.userId },
        { type: 'estimation', id: e.estimationId },
        { type: 'estimation', id: e.estimationId },
        { type: 'document', id: ready.documentId },
        { type: 'document', id: queued.documentId },
        ...gone,
      ];
      const found = await names.names(asked);
      expect(Object.fromEntries(found)).toEqual({
        [targetKey(asked[0]!)]: user.email,
        [targetKey(asked[1]!)]: 'Acme ERP, phase 1',
        [targetKey(asked[3]!)]: 'Acme-ERP.pdf',
        [targetKey(asked[4]!)]: 'docx document',
      });
    });

    it('answers more targets than one batch holds', async () => {
      const { names, users } = await setup();
      const created: UserProfile[] = [];
      for (let i = 0; i < 3; i++) {
        const u = profile();
        await users.create(u, sampleAudit(u.userId, 'user.profile.create'));
        created.push(u);
      }
      const missing = Array.from({ length: 120 }, () => ({
        type: 'user' as const,
        id: randomUUID(),
      }));
      const asked = [
        ...missing.slice(0, 60),
        ...created.map((u) => ({ type: 'user' as const, id: u.userId })),
        ...missing.slice(60),
      ];
      const found = await names.names(asked);
      expect([...found.values()].sort()).toEqual(created.map((u) => u.email).sort());
    });
  });
}
