import { randomUUID } from 'node:crypto';
import type { Estimation } from '../../core';
import { PriceCatalog, compareScenarios, priceRequirements } from '../../core';
import { embeddedSnapshot } from '../../backend/adapters/embedded-catalog-files';
import type { AuditRecord } from '../../backend/ports/audit-log';
import type { BlobStore } from '../../backend/ports/blob-store';
import type { EstimationStore } from '../../backend/ports/estimation-store';
import {
  EstimationExistsError,
  EstimationNotFoundError,
  VersionConflictError,
} from '../../backend/ports/estimation-store';
import { estimationWrite, sampleAudit, sampleEstimation, sampleRequirements } from './fixtures';

export interface EstimationStoreSetup {
  readonly store: EstimationStore;
  /**
   * The same storage, but the process "dies" between the part puts and the commit: the commit
   * fails and nothing is cleaned up afterwards.
   */
  readonly crashing: EstimationStore;
  /** The blob store holding the parts (bucket `estimations`). */
  readonly blobs: BlobStore;
  readonly auditEntries: (targetId: string) => Promise<AuditRecord[]>;
}

const catalog = new PriceCatalog(embeddedSnapshot());

/** An estimation with a real result and comparison, `lines` requirement lines. */
export function pricedEstimation(lines = 2, over: Partial<Estimation> = {}): Estimation {
  const requirements = sampleRequirements(lines);
  return sampleEstimation({
    requirements,
    result: priceRequirements(requirements, catalog, { asOf: '2026-12-01T00:00:00.000Z' }),
    comparison: compareScenarios(
      requirements,
      [{ name: 'A' }, { name: 'B', architecture: 'arm64' }],
      catalog,
      {
        asOf: '2026-12-01T00:00:00.000Z',
      },
    ),
    ...over,
  });
}

/**
 * The EstimationStore contract: the in-memory fake and the DynamoDB + S3 adapter both pass it.
 * The record is the commit point: parts of a write that did not commit are never read and are
 * removed by the sweep.
 */
export function estimationStoreContract(
  name: string,
  setup: () => Promise<EstimationStoreSetup>,
): void {
  const objects = async (blobs: BlobStore, id: string) =>
    (await blobs.list('estimations', `estimations/${id}/`)).map((o) => o.key);

  describe(`EstimationStore contract: ${name}`, () => {
    it('creates an estimation with its audit entry and reads it back unchanged, parts in the bucket', async () => {
      const { store, blobs, auditEntries } = await setup();
      const e = pricedEstimation();
      const record = await store.create(
        await estimationWrite(e),
        sampleAudit(e.estimationId, 'estimation.create'),
      );
      expect(await store.get(e.estimationId)).toEqual(e);
      expect(await store.getRecord(e.estimationId)).toEqual(record);
      expect(record.figures).toMatchObject({
        items: 2,
        monthlyTotal: e.result?.totals.monthly,
        currency: 'USD',
        resultLines: e.result?.lines.length,
        comparedScenarios: 2,
      });
      expect((await objects(blobs, e.estimationId)).sort()).toEqual(
        [
          record.parts.requirements.key,
          record.parts.result?.key,
          record.parts.comparison?.key,
        ].sort(),
      );
      expect('requirements' in record).toBe(false);
      expect((await auditEntries(e.estimationId)).map((a) => a.action)).toEqual([
        'estimation.create',
      ]);
    });

    it('refuses a second create with the same id and leaves neither a second audit entry nor its parts', async () => {
      const { store, blobs, auditEntries } = await setup();
      const e = sampleEstimation();
      const first = await store.create(
        await estimationWrite(e),
        sampleAudit(e.estimationId, 'estimation.create'),
      );
      await expect(
        store.create(
          await estimationWrite({ ...e, name: 'other' }),
          sampleAudit(e.estimationId, 'estimation.create'),
        ),
      ).rejects.toBeInstanceOf(EstimationExistsError);
      expect(await auditEntries(e.estimationId)).toHaveLength(1);
      expect((await store.get(e.estimationId))?.name).toBe(e.name);
      expect(await objects(blobs, e.estimationId)).toEqual([first.parts.requirements.key]);
    });

    it('replaces when the expected version matches, and refuses a stale version without writing', async () => {
      const { store, blobs, auditEntries } = await setup();
      const e = sampleEstimation();
      await store.create(
        await estimationWrite(e),
        sampleAudit(e.estimationId, 'estimation.create'),
      );
      const v2 = await store.replace(
        await estimationWrite({ ...e, name: 'v2', version: 2 }),
        1,
        sampleAudit(e.estimationId, 'estimation.update'),
      );
      await expect(
        store.replace(
          await estimationWrite({ ...e, name: 'stale', version: 2 }),
          1,
          sampleAudit(e.estimationId, 'estimation.update'),
        ),
      ).rejects.toBeInstanceOf(VersionConflictError);
      expect(await store.get(e.estimationId)).toMatchObject({ name: 'v2', version: 2 });
      expect(await objects(blobs, e.estimationId)).toEqual([v2.parts.requirements.key]);
      expect((await auditEntries(e.estimationId)).map((a) => a.action).sort()).toEqual([
        'estimation.create',
        'estimation.update',
      ]);
    });

    it('keeps a part the write does not change (same object) and deletes the one it replaces', async () => {
      const { store, blobs } = await setup();
      const e = pricedEstimation();
      const v1 = await store.create(
        await estimationWrite(e),
        sampleAudit(e.estimationId, 'estimation.create'),
      );
      const rest = await estimationWrite({ ...e, version: 2 });
      const v2 = await store.replace(
        {
          ...rest,
          figures: { ...rest.figures, monthlyTotal: null },
          parts: {
            requirements: v1.parts.requirements,
            result: null,
            comparison: v1.parts.comparison,
          },
        },
        1,
        sampleAudit(e.estimationId, 'estimation.update'),
      );
      expect(v2.parts.requirements).toEqual(v1.parts.requirements);
      expect(v2.parts.result).toBeNull();
      expect((await objects(blobs, e.estimationId)).sort()).toEqual(
        [v1.parts.requirements.key, v1.parts.comparison?.key].sort(),
      );
      expect(await store.get(e.estimationId)).toEqual({ ...e, version: 2, result: null });
    });

    it("refuses to keep another estimation's object as a part", async () => {
      const { store } = await setup();
      const a = sampleEstimation();
      const b = sampleEstimation();
      const ra = await store.create(
        await estimationWrite(a),
        sampleAudit(a.estimationId, 'estimation.create'),
      );
      await store.create(
        await estimationWrite(b),
        sampleAudit(b.estimationId, 'estimation.create'),
      );
      const write = await estimationWrite({ ...b, version: 2 });
      await expect(
        store.replace(
          { ...write, parts: { ...write.parts, requirements: ra.parts.requirements } },
          1,
          sampleAudit(b.estimationId, 'estimation.update'),
        ),
      ).rejects.toThrow(/must be its own object/);
    });

    it('reports a missing estimation on replace and delete', async () => {
      const { store, blobs, auditEntries } = await setup();
      const e = sampleEstimation();
      await expect(
        store.replace(
          await estimationWrite(e),
          1,
          sampleAudit(e.estimationId, 'estimation.update'),
        ),
      ).rejects.toBeInstanceOf(EstimationNotFoundError);
      await expect(
        store.delete(e.estimationId, sampleAudit(e.estimationId, 'estimation.delete')),
      ).rejects.toBeInstanceOf(EstimationNotFoundError);
      expect(await auditEntries(e.estimationId)).toEqual([]);
      expect(await objects(blobs, e.estimationId)).toEqual([]);
    });

    it('deletes with an audit entry, and its parts with it', async () => {
      const { store, blobs, auditEntries } = await setup();
      const e = pricedEstimation();
      await store.create(
        await estimationWrite(e),
        sampleAudit(e.estimationId, 'estimation.create'),
      );
      await store.delete(e.estimationId, sampleAudit(e.estimationId, 'estimation.delete'));
      expect(await store.get(e.estimationId)).toBeNull();
      expect(await objects(blobs, e.estimationId)).toEqual([]);
      expect((await auditEntries(e.estimationId)).map((a) => a.action).sort()).toEqual([
        'estimation.create',
        'estimation.delete',
      ]);
    });

    it('never commits parts of a write that crashed before its commit, and the sweep removes them', async () => {
      const { store, crashing, blobs } = await setup();
      const kept = pricedEstimation();
      const keptRecord = await store.create(
        await estimationWrite(kept),
        sampleAudit(kept.estimationId, 'estimation.create'),
      );
      const lost = pricedEstimation();
      await expect(
        crashing.create(
          await estimationWrite(lost),
          sampleAudit(lost.estimationId, 'estimation.create'),
        ),
      ).rejects.toThrow();
      expect(await store.get(lost.estimationId)).toBeNull();
      expect(await objects(blobs, lost.estimationId)).toHaveLength(3);
      // A replace of the kept one crashes too: readers still see version 1, whole.
      await expect(
        crashing.replace(
          await estimationWrite({ ...kept, name: 'never', version: 2 }),
          1,
          sampleAudit(kept.estimationId, 'estimation.update'),
        ),
      ).rejects.toThrow();
      expect(await store.get(kept.estimationId)).toEqual(kept);
      expect(await objects(blobs, kept.estimationId)).toHaveLength(6);

      const young = await store.sweepParts({ olderThan: new Date(Date.now() - 3_600_000) });
      expect(young.deleted).toBe(0);
      expect(young.young).toBeGreaterThanOrEqual(6);
      const swept = await store.sweepParts({ olderThan: new Date(Date.now() + 60_000) });
      expect(swept.deleted).toBeGreaterThanOrEqual(6);
      expect(await objects(blobs, lost.estimationId)).toEqual([]);
      expect((await objects(blobs, kept.estimationId)).sort()).toEqual(
        [
          keptRecord.parts.requirements.key,
          keptRecord.parts.result?.key,
          keptRecord.parts.comparison?.key,
        ].sort(),
      );
      expect(await store.get(kept.estimationId)).toEqual(kept);
    });

    it("lets exactly one of two writers of the same version win, leaving only the winner's parts", async () => {
      const { store, blobs } = await setup();
      const e = sampleEstimation();
      await store.create(
        await estimationWrite(e),
        sampleAudit(e.estimationId, 'estimation.create'),
      );
      const outcomes = await Promise.allSettled(
        ['a', 'b'].map(async (name) =>
          store.replace(
            await estimationWrite({
              ...e,
              name,
              version: 2,
              requirements: sampleRequirements(name === 'a' ? 3 : 4),
            }),
            1,
            sampleAudit(e.estimationId, 'estimation.update'),
          ),
        ),
      );
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      expect(won).toHaveLength(1);
      const winner = await store.get(e.estimationId);
      expect(winner?.requirements.items).toHaveLength(winner?.name === 'a' ? 3 : 4);
      expect(await objects(blobs, e.estimationId)).toHaveLength(1);
    });

    it('stores a 20,000-line estate (1.7 MB of requirements JSON) and reads it back', async () => {
      const { store } = await setup();
      const e = sampleEstimation({ requirements: sampleRequirements(20_000) });
      const record = await store.create(
        await estimationWrite(e),
        sampleAudit(e.estimationId, 'estimation.create'),
      );
      expect(record.parts.requirements.bytes).toBeGreaterThan(1_500_000);
      expect(record.parts.requirements.storedBytes).toBeLessThan(
        record.parts.requirements.bytes / 10,
      );
      expect(await store.get(e.estimationId)).toEqual(e);
      const page = await store.listByUser({ userId: e.userId, limit: 5 });
      expect(page.items.map((r) => r.figures.items)).toEqual([20_000]);
    });

    it("lists only the user's records (no parts read), newest first, across pages", async () => {
      const { store } = await setup();
      const userId = randomUUID();
      for (let i = 0; i < 5; i++) {
        const e = sampleEstimation({
          userId,
          createdAt: `2026-11-2${i}T10:00:00.000Z`,
          name: `E${i}`,
        });
        await store.create(
          await estimationWrite(e),
          sampleAudit(e.estimationId, 'estimation.create'),
        );
      }
      const other = sampleEstimation();
      await store.create(
        await estimationWrite(other),
        sampleAudit(other.estimationId, 'estimation.create'),
      );
      const first = await store.listByUser({ userId, limit: 2 });
      expect(first.items.map((e) => e.name)).toEqual(['E4', 'E3']);
      expect(first.items.every((e) => !('requirements' in e) && e.figures.items === 2)).toBe(true);
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

    it('scans every record a page at a time', async () => {
      const { store } = await setup();
      const mine = new Set<string>();
      for (let i = 0; i < 3; i++) {
        const e = sampleEstimation();
        mine.add(e.estimationId);
        await store.create(
          await estimationWrite(e),
          sampleAudit(e.estimationId, 'estimation.create'),
        );
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
      const { store } = await setup();
      const before = await store.countAll();
      const e = sampleEstimation();
      await store.create(
        await estimationWrite(e),
        sampleAudit(e.estimationId, 'estimation.create'),
      );
      expect(await store.countAll()).toBe(before + 1);
    });
  });
}
