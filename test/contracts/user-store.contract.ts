import { randomUUID } from 'node:crypto';
import type { AuditAction, UserProfile } from '../../core';
import type { AuditRecord } from '../../backend/ports/audit-log';
import type { UserStore } from '../../backend/ports/user-store';
import { UserNotFoundError } from '../../backend/ports/user-store';

/**
 * The UserStore contract: the in-memory fake and the DynamoDB adapter both pass it.
 * `auditEntries` reads back the audit entries the store wrote (for the adapter: the audit table).
 */
export function userStoreContract(
  name: string,
  setup: () => { store: UserStore; auditEntries: (targetId: string) => Promise<AuditRecord[]> },
): void {
  describe(`UserStore contract: ${name}`, () => {
    const profile = (over: Partial<UserProfile> = {}): UserProfile => ({
      userId: randomUUID(),
      email: `${randomUUID().slice(0, 8)}@contract.example.com`,
      firstName: 'Maria',
      lastName: 'Santos',
      role: 'Sales',
      company: 'Acme',
      phone: '',
      jobTitle: 'SE',
      preferences: { defaultRegion: 'ap-southeast-1' },
      status: 'active',
      createdAt: '2026-11-26T00:00:00.000Z',
      updatedAt: '2026-11-26T00:00:00.000Z',
      lastSeenAt: '2026-11-26T00:00:00.000Z',
      ...over,
    });
    const audit = (targetId: string, action: AuditAction = 'user.profile.create'): AuditRecord => ({
      logId: randomUUID(),
      userId: targetId,
      userEmail: 'x@example.com',
      action,
      targetType: 'user',
      targetId,
      timestamp: new Date().toISOString(),
      requestId: 'req-1',
      changes: {},
    });

    it('returns null for a user that does not exist', async () => {
      const { store } = setup();
      expect(await store.get(randomUUID())).toBeNull();
    });

    it('creates a profile and its audit entry together, and reads it back by id and email', async () => {
      const { store, auditEntries } = setup();
      const p = profile();
      await store.create(p, audit(p.userId));
      expect(await store.get(p.userId)).toEqual(p);
      expect(await store.findByEmail(p.email)).toEqual(p);
      expect((await auditEntries(p.userId)).map((e) => e.action)).toEqual(['user.profile.create']);
    });

    it('keeps the first profile when create is called twice, and writes no second audit entry', async () => {
      const { store, auditEntries } = setup();
      const p = profile();
      await store.create(p, audit(p.userId));
      const again = await store.create({ ...p, company: 'Other' }, audit(p.userId));
      expect(again.company).toBe('Acme');
      expect(await auditEntries(p.userId)).toHaveLength(1);
    });

    it('updates only the given fields and writes the audit entry', async () => {
      const { store, auditEntries } = setup();
      const p = profile();
      await store.create(p, audit(p.userId));
      const updated = await store.update(
        p.userId,
        { company: 'Globex', updatedAt: '2026-11-27T00:00:00.000Z' },
        audit(p.userId, 'user.profile.update'),
      );
      expect(updated).toEqual({ ...p, company: 'Globex', updatedAt: '2026-11-27T00:00:00.000Z' });
      expect(await store.get(p.userId)).toEqual(updated);
      expect((await auditEntries(p.userId)).map((e) => e.action).sort()).toEqual([
        'user.profile.create',
        'user.profile.update',
      ]);
    });

    it('refuses to update a missing user and writes no audit entry', async () => {
      const { store, auditEntries } = setup();
      const id = randomUUID();
      await expect(
        store.update(id, { company: 'x', updatedAt: 'now' }, audit(id, 'user.profile.update')),
      ).rejects.toBeInstanceOf(UserNotFoundError);
      expect(await auditEntries(id)).toHaveLength(0);
    });

    it('lists with a search term and pages with a cursor', async () => {
      const { store } = setup();
      const tag = randomUUID().slice(0, 8);
      for (let i = 0; i < 3; i++) {
        const p = profile({ email: `${tag}-${i}@contract.example.com` });
        await store.create(p, audit(p.userId));
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 50; guard++) {
        const page = await store.list({ search: tag.toUpperCase(), limit: 2, cursor });
        seen.push(...page.items.map((u) => u.email));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(seen.sort()).toEqual([0, 1, 2].map((i) => `${tag}-${i}@contract.example.com`));
    });
  });
}
