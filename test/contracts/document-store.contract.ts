import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../../backend/ports/audit-log';
import type { DocumentRecord, DocumentStore } from '../../backend/ports/document-store';
import { DocumentNotFoundError } from '../../backend/ports/document-store';
import { sampleAudit } from './fixtures';

export function sampleDocument(over: Partial<DocumentRecord> = {}): DocumentRecord {
  return {
    documentId: randomUUID(),
    estimationId: randomUUID(),
    userId: randomUUID(),
    format: 'pdf',
    status: 'pending',
    fileName: null,
    sizeBytes: null,
    error: null,
    attempts: 0,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    s3Key: null,
    locale: null,
    ...over,
  };
}

/** The DocumentStore contract: the in-memory fake and the DynamoDB adapter both pass it. */
export function documentStoreContract(
  name: string,
  setup: () => { store: DocumentStore; auditEntries: (targetId: string) => Promise<AuditRecord[]> },
): void {
  describe(`DocumentStore contract: ${name}`, () => {
    it('creates a job with its audit entry and reads it back', async () => {
      const { store, auditEntries } = setup();
      const d = sampleDocument();
      await store.create(d, sampleAudit(d.documentId, 'document.generate'));
      expect(await store.get(d.documentId)).toEqual(d);
      expect((await auditEntries(d.documentId)).map((a) => a.action)).toEqual([
        'document.generate',
      ]);
    });

    it('applies status patches and returns the stored record', async () => {
      const { store } = setup();
      const d = sampleDocument();
      await store.create(d, sampleAudit(d.documentId, 'document.generate'));
      const running = await store.update(d.documentId, {
        status: 'running',
        attempts: 1,
        updatedAt: 'later',
      });
      expect(running).toEqual({ ...d, status: 'running', attempts: 1, updatedAt: 'later' });
      const ready = await store.update(d.documentId, {
        status: 'ready',
        s3Key: 'documents/x.pdf',
        fileName: 'x.pdf',
        sizeBytes: 10,
        error: null,
        updatedAt: 'end',
      });
      expect(await store.get(d.documentId)).toEqual(ready);
      expect(ready).toMatchObject({ status: 'ready', attempts: 1, s3Key: 'documents/x.pdf' });
    });

    it('stores the warnings of a ready job and returns them on read', async () => {
      const { store } = setup();
      const d = sampleDocument({ format: 'bulk-import-ec2-xlsx' });
      await store.create(d, sampleAudit(d.documentId, 'document.export'));
      const warnings = ['web-1: Reserved Instances are not in the bulk-import template', 'db-2: x'];
      const ready = await store.update(d.documentId, {
        status: 'ready',
        s3Key: 'documents/x.xlsx',
        fileName: 'x.xlsx',
        sizeBytes: 10,
        warnings,
        updatedAt: 'end',
      });
      expect(ready.warnings).toEqual(warnings);
      expect((await store.get(d.documentId))?.warnings).toEqual(warnings);
      // A job without warnings has no attribute at all (not an empty list).
      const plain = sampleDocument();
      await store.create(plain, sampleAudit(plain.documentId, 'document.generate'));
      const plainReady = await store.update(plain.documentId, { status: 'ready', updatedAt: 'e' });
      expect(plainReady).not.toHaveProperty('warnings');
    });

    it('reports a missing job on update', async () => {
      const { store } = setup();
      await expect(
        store.update(randomUUID(), { status: 'running', updatedAt: 'x' }),
      ).rejects.toBeInstanceOf(DocumentNotFoundError);
    });

    it("lists a user's jobs newest first across pages, and counts all jobs", async () => {
      const { store } = setup();
      const before = await store.countAll();
      const userId = randomUUID();
      for (let i = 0; i < 3; i++) {
        const d = sampleDocument({
          userId,
          createdAt: `2026-11-2${i}T00:00:00.000Z`,
          fileName: `f${i}`,
        });
        await store.create(d, sampleAudit(d.documentId, 'document.generate'));
      }
      const first = await store.listByUser({ userId, limit: 2 });
      const second = await store.listByUser({
        userId,
        limit: 2,
        cursor: first.nextCursor ?? undefined,
      });
      expect([...first.items, ...second.items].map((d) => d.fileName)).toEqual(['f2', 'f1', 'f0']);
      expect(await store.countAll()).toBe(before + 3);
    });

    it('counts the jobs that became ready per day, from a given day on', async () => {
      const { store } = setup();
      const before = await store.readyByDay('2031-01-02');
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const d = sampleDocument({ userId: randomUUID(), createdAt: '2031-01-01T23:00:00.000Z' });
        await store.create(d, sampleAudit(d.documentId, 'document.generate'));
        ids.push(d.documentId);
      }
      await store.update(ids[0] as string, {
        status: 'ready',
        updatedAt: '2031-01-01T23:30:00.000Z',
      });
      await store.update(ids[1] as string, {
        status: 'ready',
        updatedAt: '2031-01-02T00:10:00.000Z',
      });
      await store.update(ids[2] as string, {
        status: 'failed',
        updatedAt: '2031-01-02T00:20:00.000Z',
      });
      const after = await store.readyByDay('2031-01-02');
      expect(after.total).toBe(before.total + 3);
      // The job ready on 2031-01-01 is before the window; the failed one is not counted.
      expect(after.readyByDay).toEqual({
        ...before.readyByDay,
        '2031-01-02': (before.readyByDay['2031-01-02'] ?? 0) + 1,
      });
    });
  });
}
