import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../../backend/ports/audit-log';
import type { AuditLogReader } from '../../backend/ports/audit-query';
import { InvalidCursorError } from '../../backend/ports/paging';
import type { AuditAction } from '../../core';
import { sampleAudit } from './fixtures';

/**
 * An action name no other test writes, so this test's entries stand apart in a shared table. Not
 * one of AUDIT_ACTIONS: the reader filters by any string (the API narrows it to the known names).
 */
function uniqueAction(): AuditAction {
  return `test.${randomUUID().slice(0, 8)}` as AuditAction;
}

/**
 * The AuditLogReader contract: `append` writes entries the way the stores' transactions do, the
 * reader must find them with the admin console's filters, newest first for one user.
 */
export function auditReaderContract(
  name: string,
  setup: (bounds?: { maxExamined: number }) => {
    reader: AuditLogReader;
    append: (record: AuditRecord) => Promise<void>;
  },
): void {
  describe(`AuditLogReader contract: ${name}`, () => {
    it("filters one user's entries by action and time range, newest first, across pages", async () => {
      const { reader, append } = setup();
      const userId = randomUUID();
      const at = (minute: number) => `2026-11-26T09:${String(minute).padStart(2, '0')}:00.000Z`;
      for (let m = 0; m < 5; m++) {
        await append(
          sampleAudit(randomUUID(), m % 2 ? 'estimation.update' : 'estimation.create', {
            userId,
            timestamp: at(m),
          }),
        );
      }
      await append(sampleAudit(randomUUID(), 'estimation.create', { timestamp: at(3) }));
      const all = await reader.query({ userId, limit: 10 });
      expect(all.items.map((e) => e.timestamp)).toEqual([at(4), at(3), at(2), at(1), at(0)]);
      const creates = await reader.query({ userId, action: 'estimation.create', limit: 10 });
      expect(creates.items.map((e) => e.timestamp)).toEqual([at(4), at(2), at(0)]);
      const window = await reader.query({ userId, from: at(1), to: at(3), limit: 10 });
      expect(window.items.map((e) => e.timestamp)).toEqual([at(3), at(2), at(1)]);
      const first = await reader.query({ userId, limit: 2 });
      const second = await reader.query({
        userId,
        limit: 2,
        cursor: first.nextCursor ?? undefined,
      });
      expect([...first.items, ...second.items].map((e) => e.timestamp)).toEqual([
        at(4),
        at(3),
        at(2),
        at(1),
      ]);
    });

    it('without a user filter, pages newest first across pages and months', async () => {
      const { reader, append } = setup();
      const action = uniqueAction();
      const stamps = [
        '2026-10-31T23:59:59.000Z',
        '2026-11-01T00:00:00.000Z',
        '2026-11-15T12:00:00.000Z',
        '2026-09-02T08:00:00.000Z',
        '2026-11-30T10:00:00.000Z',
        '2026-10-05T07:30:00.000Z',
      ];
      for (const timestamp of stamps)
        await append(sampleAudit(randomUUID(), action, { timestamp }));
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await reader.query({ action, limit: 2, cursor });
        seen.push(...page.items.map((e) => e.timestamp));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual([...stamps].sort().reverse());
      const window = await reader.query({
        action,
        from: '2026-10-01T00:00:00.000Z',
        to: '2026-11-01T00:00:00.000Z',
        limit: 10,
      });
      expect(window.items.map((e) => e.timestamp)).toEqual([
        '2026-11-01T00:00:00.000Z',
        '2026-10-31T23:59:59.000Z',
        '2026-10-05T07:30:00.000Z',
      ]);
    });

    it('refuses a cursor that was crafted, altered or issued for other filters', async () => {
      const { reader, append } = setup();
      const action = uniqueAction();
      for (let i = 0; i < 3; i++) await append(sampleAudit(randomUUID(), action));
      const first = await reader.query({ action, limit: 1 });
      const issued = first.nextCursor as string;
      expect(issued).toEqual(expect.any(String));
      const crafted = Buffer.from('{"a":1}').toString('base64url');
      for (const cursor of [crafted, `${issued.slice(0, -2)}AA`]) {
        await expect(reader.query({ action, limit: 1, cursor })).rejects.toBeInstanceOf(
          InvalidCursorError,
        );
      }
      await expect(
        reader.query({ action: `${action}.other`, limit: 1, cursor: issued }),
      ).rejects.toBeInstanceOf(InvalidCursorError);
    });

    it("reads an action's page from that action's entries alone, and a user's from theirs", async () => {
      const { reader, append } = setup();
      const action = uniqueAction();
      const userId = randomUUID();
      const at = (minute: number) => `2026-11-27T10:${String(minute).padStart(2, '0')}:00.000Z`;
      // The action's entries and the user's interleaved with others newer than each of them.
      for (let m = 0; m < 12; m++) {
        const over = { timestamp: at(m) };
        await append(sampleAudit(randomUUID(), m % 3 ? 'estimation.update' : action, over));
        await append(sampleAudit(randomUUID(), 'estimation.update', { ...over, userId }));
      }
      const byAction = await reader.query({ action, limit: 3 });
      expect(byAction.items.map((e) => e.timestamp)).toEqual([at(9), at(6), at(3)]);
      expect(byAction.examined).toBe(3);
      expect(byAction.searchedBackTo).toBeUndefined();
      const byUser = await reader.query({ userId, limit: 5 });
      expect(byUser.items).toHaveLength(5);
      expect(byUser.examined).toBe(5);
    });

    it('with a user and an action, looks at no more than its bound per page and says how far back it looked', async () => {
      const { reader, append } = setup({ maxExamined: 4 });
      const userId = randomUUID();
      const action = uniqueAction();
      const at = (minute: number, second = 0) =>
        `2026-11-28T11:${String(minute).padStart(2, '0')}:${String(second).padStart(2, '0')}.000Z`;
      // Newest first: minutes 10..0, of which 10, 1 and 0 are the action. Eleven entries, so the
      // last page reads fewer than the bound (DynamoDB says "maybe more" after a full read).
      for (let m = 0; m <= 10; m++) {
        const mine = [0, 1, 10].includes(m) ? action : 'estimation.update';
        await append(sampleAudit(randomUUID(), mine, { userId, timestamp: at(m) }));
        // Others do the action every ten seconds: its partition is the denser, so the user's
        // entries are the side read.
        for (let s = 5; s < 60; s += 10)
          await append(sampleAudit(randomUUID(), action, { timestamp: at(m, s) }));
      }
      const q = { userId, action, limit: 10 } as const;
      // The first page probes two entries of each side: that is its bound.
      const first = await reader.query(q);
      expect(first.items.map((e) => e.timestamp)).toEqual([at(10)]);
      expect(first.examined).toBe(4);
      expect(first.searchedBackTo).toBe(at(9));
      expect(first.nextCursor).toEqual(expect.any(String));
      // Later pages go on through the user's entries, four a page.
      const second = await reader.query({ ...q, cursor: first.nextCursor ?? undefined });
      expect(second.items).toEqual([]);
      expect(second.examined).toBe(4);
      expect(second.searchedBackTo).toBe(at(5));
      const third = await reader.query({ ...q, cursor: second.nextCursor ?? undefined });
      expect(third.items.map((e) => e.timestamp)).toEqual([at(1)]);
      expect(third.searchedBackTo).toBe(at(1));
      const fourth = await reader.query({ ...q, cursor: third.nextCursor ?? undefined });
      expect(fourth.items.map((e) => e.timestamp)).toEqual([at(0)]);
      expect(fourth.searchedBackTo).toBeUndefined();
      expect(fourth.nextCursor).toBeNull();
      // A full page never carries searchedBackTo, even when it stopped inside its bound.
      const full = await reader.query({ ...q, limit: 1 });
      expect(full.items.map((e) => e.timestamp)).toEqual([at(10)]);
      expect(full.searchedBackTo).toBeUndefined();
      expect(full.nextCursor).toEqual(expect.any(String));
      const rest = await reader.query({ ...q, limit: 1, cursor: full.nextCursor ?? undefined });
      expect(rest.items).toEqual([]);
      expect(rest.examined).toBeLessThanOrEqual(4);
    });

    it("with a user and an action, a rare action of a user with more entries than the bound is one page: the action's side is read", async () => {
      const { reader, append } = setup({ maxExamined: 20 });
      const userId = randomUUID();
      const action = uniqueAction();
      const at = (minute: number) => `2026-11-29T12:${String(minute).padStart(2, '0')}:00.000Z`;
      // Sixty of the user's entries, three of them the action; two more of it by others.
      for (let m = 0; m < 60; m++) {
        const mine = [3, 31, 52].includes(m) ? action : 'estimation.update';
        await append(sampleAudit(randomUUID(), mine, { userId, timestamp: at(m) }));
      }
      for (const m of [10, 40])
        await append(sampleAudit(randomUUID(), action, { timestamp: at(m) }));
      const page = await reader.query({ userId, action, limit: 10 });
      expect(page.items.map((e) => e.timestamp)).toEqual([at(52), at(31), at(3)]);
      expect(page.items.every((e) => e.userId === userId)).toBe(true);
      expect(page.nextCursor).toBeNull();
      expect(page.searchedBackTo).toBeUndefined();
      // Ten of the user's entries and the action's five: within the bound of 20.
      expect(page.examined).toBe(15);
    });

    it("with a user and an action, pages through the sparser action's side to the end, newest first, each page within its bound", async () => {
      const { reader, append } = setup({ maxExamined: 8 });
      const userId = randomUUID();
      const action = uniqueAction();
      const base = Date.parse('2026-11-29T15:00:00.000Z');
      const stamp = (seconds: number) => new Date(base - seconds * 1000).toISOString();
      // The user acts every second, the action happens every minute (every fourth time theirs):
      // the action's partition reaches further back in the same number of entries.
      for (let s = 0; s < 40; s++)
        await append(
          sampleAudit(randomUUID(), 'estimation.update', { userId, timestamp: stamp(s) }),
        );
      const expected: string[] = [];
      for (let m = 0; m < 12; m++) {
        const timestamp = stamp(m * 60 + 30);
        const mine = m % 4 === 1;
        if (mine) expected.push(timestamp);
        await append(sampleAudit(randomUUID(), action, { timestamp, ...(mine ? { userId } : {}) }));
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await reader.query({ userId, action, limit: 2, cursor });
        expect(page.examined).toBeLessThanOrEqual(8);
        if (page.nextCursor && page.items.length < 2) expect(page.searchedBackTo).toBeDefined();
        seen.push(...page.items.map((e) => e.timestamp));
        cursor = page.nextCursor ?? undefined;
        pages += 1;
      } while (cursor && pages < 10);
      expect(seen).toEqual(expected);
      // Twelve action entries at most eight a page (the user's side would need 40 entries).
      expect(pages).toBeLessThanOrEqual(3);
    });

    it('finds entries of every user by action when no user is given', async () => {
      const { reader, append } = setup();
      const action = uniqueAction();
      await append(sampleAudit(randomUUID(), action));
      await append(sampleAudit(randomUUID(), action));
      const found: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await reader.query({ action, limit: 50, cursor });
        found.push(...page.items.map((e) => e.action));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(found).toEqual([action, action]);
    });
  });
}
