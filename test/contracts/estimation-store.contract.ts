import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../../backend/ports/audit-log';
import type { EstimationStore } from '../../backend/ports/estimation-store';
import {
  EstimationExistsError,
  EstimationNotFoundError,
  VersionConflictError,
} from '../../backend/ports/estimation-store';
import { sampleAudit, sampleEstimation } from './fixtures';

/** The EstimationStore contract: the in-memory fake and the DynamoDB adapter both pass it. */
export function estimationStoreContract(
  name: string,
  setup: () => {
    store: EstimationStore;
    auditEntries: (targetId: string) => Promise<AuditRecord[]>;
  },
): void {
  describe(`EstimationStore contract: ${name}`, () => {
    it('creates an estimation with its audit entry and reads it back unchanged', async () => {
      const { store, auditEntries } = setup();
      const e = sampleEstimation();
      await store.create(e, sampleAudit(e.estimationId, 'estimation.create'));
      expect(await store.get(e.estimationId)).toEqual(e);
      expect((await auditEntries(e.estimationId)).map((a) => a.action)).toEqual([
        'estimation.create',
      ]);
    });

    it('refuses a second create with the same id and writes no second audit entry', async () => {
      const { store, auditEntries } = setup();
      const e = sampleEstimation();
      await store.create(e, sampleAudit(e.estimationId, 'estimation.create'));
      await expect(
        store.create({ ...e, name: 'other' }, sampleAudit(e.estimationId, 'estimation.create')),
      ).rejects.toBeInstanceOf(EstimationExistsError);
      expect(await auditEntries(e.estimationId)).toHaveLength(1);
      expect((await store.get(e.estimationId))?.name).toBe(e.name);
    });

    it('replaces when the expected version matches, and refuses a stale version without writing', async () => {
      const { store, auditEntries } = setup();
      const e = sampleEstimation();
      await store.create(e, sampleAudit(e.estimationId, 'estimation.create'));
      await store.replace(
        { ...e, name: 'v2', version: 2 },
        1,
        sampleAudit(e.estimationId, 'estimation.update'),
      );
      await expect(
        store.replace(
          { ...e, name: 'stale', version: 2 },
          1,
          sampleAudit(e.estimationId, 'estimation.update'),
        ),
      ).rejects.toBeInstanceOf(VersionConflictError);
      expect(await store.get(e.estimationId)).toMatchObject({ name: 'v2', version: 2 });
      expect((await auditEntries(e.estimationId)).map((a) => a.action).sort()).toEqual([
        'estimation.create',
        'estimation.update',
      ]);
    });

    it('reports a missing estimation on replace and delete', async () => {
      const { store, auditEntries } = setup();
      const e = sampleEstimation();
      await expect(
        store.replace(e, 1, sampleAudit(e.estimationId, 'estimation.update')),
      ).rejects.toBeInstanceOf(EstimationNotFoundError);
      await expect(
        store.delete(e.estimationId, sampleAudit(e.estimationId, 'estimation.delete')),
      ).rejects.toBeInstanceOf(EstimationNotFoundError);
      expect(await auditEntries(e.estimationId)).toEqual([]);
    });

    it('deletes with an audit entry', async () => {
      const { store, auditEntries } = setup();
      const e = sampleEstimation();
      await store.create(e, sampleAudit(e.estimationId, 'estimation.create'));
      await store.delete(e.estimationId, sampleAudit(e.estimationId, 'estimation.delete'));
      expect(await store.get(e.estimationId)).toBeNull();
      expect((await auditEntries(e.estimationId)).map((a) => a.action).sort()).toEqual([
        'estimation.create',
        'estimation.delete',
      ]);
    });

    it("lists only the user's estimations, newest first, across pages", async () => {
      const { store } = setup();
      const userId = randomUUID();
      const created: string[] = [];
      for (let i = 0; i < 5; i++) {
        const e = sampleEstimation({
          userId,
          createdAt: `2026-11-2${i}T10:00:00.000Z`,
          name: `E${i}`,
        });
        created.push(e.estimationId);
        await store.create(e, sampleAudit(e.estimationId, 'estimation.create'));
      }
      const other = sampleEstimation();
      await store.create(other, sampleAudit(other.estimationId, 'estimation.create'));
      const first = await store.listByUser({ userId, limit: 2 });
      expect(first.items.map((e) => e.name)).toEqual(['E4', 'E3']);
      expect(first.nextCursor).not.toBeNull();
      const second = await store.listByUser({
        userId,
        limit: 2,
        cursor: first.nextCursor ?? undefined,
      });
      const third = await store.listByUser({
        userId,
        limit: 2,
        cursor: second.nextCursor ?? undefined,
      });
      expect([...second.items, ...third.items].map((e) => e.name)).toEqual(['E2', 'E1', 'E0']);
      const more = third.nextCursor
        ? await store.listByUser({ userId, limit: 2, cursor: third.nextCursor })
        : { items: [] };
      expect(more.items).toEqual([]);
    });

    it('scans every estimation a page at a time', async () => {
      const { store } = setup();
      const mine = new Set<string>();
      for (let i = 0; i < 3; i++) {
        const e = sampleEstimation();
        mine.add(e.estimationId);
        await store.create(e, sampleAudit(e.estimationId, 'estimation.create'));
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.scanAll({ cursor, limit: 2 });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((e) => e.estimationId));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((id) => mine.has(id)).sort()).toEqual([...mine].sort());
    });

    it('counts estimations of every user', async () => {
      const { store } = setup();
      const before = await store.countAll();
      const e = sampleEstimation();
      await store.create(e, sampleAudit(e.estimationId, 'estimation.create'));
      expect(await store.countAll()).toBe(before + 1);
    });
  });
}
