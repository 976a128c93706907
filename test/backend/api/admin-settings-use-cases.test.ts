import { InProcessApiTraffic } from '../../../backend/adapters/memory/in-process-api-traffic';
import type { AuditRecord } from '../../../backend/ports/audit-log';
import { MemoryIdentityAdmin } from '../../../backend/adapters/memory/memory-identity-admin';
import { MemoryUserStore } from '../../../backend/adapters/memory/memory-user-store';
import { BadRequestError, ConflictError, NotFoundError } from '../../../backend/http/errors';
import { adminMetrics } from '../../../backend/use-cases/admin/admin-metrics';
import { updateUser } from '../../../backend/use-cases/admin/update-user';
import { getSettings } from '../../../backend/use-cases/settings/get-settings';
import { updateSettings } from '../../../backend/use-cases/settings/update-settings';
import { ctx, fakes, root, testCatalog } from './fakes';

const profile = (userId: string, lastSeenAt: string) => ({
  userId,
  email: `${userId}@example.com`,
  firstName: userId,
  lastName: 'X',
  role: 'Sales' as const,
  company: '',
  phone: '',
  jobTitle: '',
  preferences: {},
  status: 'active' as const,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  lastSeenAt,
});

async function withUsers() {
  const f = fakes();
  const users = new MemoryUserStore(f.audit);
  await users.create(profile('carol', '2026-11-25T00:00:00.000Z'), {
    ...audit('carol'),
    logId: 'seed-1',
  });
  await users.create(profile('dave', '2026-01-01T00:00:00.000Z'), {
    ...audit('dave'),
    logId: 'seed-2',
  });
  return { f, users, identity: new MemoryIdentityAdmin() };
}

function audit(id: string): AuditRecord {
  return {
    logId: id,
    userId: id,
    userEmail: '',
    action: 'user.profile.create',
    targetType: 'user',
    targetId: id,
    timestamp: '',
    requestId: '',
    changes: {},
  };
}

describe('admin use cases (in-memory fakes)', () => {
  it('changes a role in the directory and in the table, with an audit entry of before/after', async () => {
    const { f, users, identity } = await withUsers();
    const updated = await updateUser({ ...f, users, identity }, ctx(root), 'carol', {
      role: 'Admin',
      status: 'disabled',
    });
    expect(updated).toMatchObject({ role: 'Admin', status: 'disabled' });
    expect(identity.roles.get('carol@example.com')).toBe('Admin');
    expect(identity.enabled.get('carol@example.com')).toBe(false);
    expect(f.audit.entries.at(-1)).toMatchObject({
      action: 'user.admin-update',
      userId: 'root',
      targetId: 'carol',
      changes: { role: ['Sales', 'Admin'], status: ['active', 'disabled'] },
    });
  });

  it('refuses changes to oneself and to unknown users', async () => {
    const { f, users, identity } = await withUsers();
    await expect(
      updateUser({ ...f, users, identity }, ctx(root), 'root', { role: 'Sales' }),
    ).rejects.toBeInstanceOf(BadRequestError);
    await expect(
      updateUser({ ...f, users, identity }, ctx(root), 'nobody', { role: 'Admin' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(identity.roles.size).toBe(0);
  });

  it("counts the pool's users (also those without a profile), 30-day active profiles, calculations and errors of the last 24 h", async () => {
    const { f, users, identity } = await withUsers();
    // Three accounts in the pool; only two have a profile (one seen in the last 30 days).
    for (const email of ['carol@example.com', 'dave@example.com', 'erin@example.com'])
      identity.add({ email });
    await f.counters.increment('calculations', f.clock.now());
    await f.counters.increment('calculations', new Date(f.clock.now().getTime() - 25 * 3_600_000));
    // The API's traffic: 4 answers this hour (one a 5xx), 2 answers 30 h ago (outside 24 h).
    const traffic = new InProcessApiTraffic();
    for (const status of [200, 404, 503, 201]) traffic.record(status, f.clock.now());
    for (const status of [500, 200])
      traffic.record(status, new Date(f.clock.now().getTime() - 30 * 3_600_000));
    const m = await adminMetrics({ ...f, users, identity, traffic, catalog: testCatalog });
    expect(m).toMatchObject({
      users: 3,
      activeUsers30d: 1,
      estimations: 0,
      documents: 0,
      calculations24h: 1,
      errors24h: 1,
      requests24h: 4,
      errorRate24h: 0.25,
      catalogVersion: 'v-test',
    });
    // The calculation 25 h ago fell on the day before (the clock is 09:00 UTC).
    expect(m.daily.slice(-2)).toEqual([
      { day: '2026-11-25', estimations: 0, documents: 0, calculations: 1, requests: 2, errors: 1 },
      { day: '2026-11-26', estimations: 0, documents: 0, calculations: 1, requests: 4, errors: 1 },
    ]);
  });
});

describe('system settings (in-memory fakes)', () => {
  it('serves the defaults at version 0 until the first save', async () => {
    const f = fakes();
    expect(await getSettings(f)).toMatchObject({ version: 0, defaultCurrency: 'USD' });
  });

  it('saves with the version read, audits the change and refuses a stale version', async () => {
    const f = fakes();
    const saved = await updateSettings(f, ctx(root), { version: 0, defaultCurrency: 'PHP' }, null);
    expect(saved).toMatchObject({
      version: 1,
      defaultCurrency: 'PHP',
      updatedBy: 'root@example.com',
    });
    expect(f.audit.entries.at(-1)).toMatchObject({
      action: 'settings.update',
      changes: { defaultCurrency: ['USD', 'PHP'], version: [0, 1] },
    });
    await expect(
      updateSettings(f, ctx(root), { version: 0, defaultCurrency: 'EUR' }, null),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await getSettings(f)).defaultCurrency).toBe('PHP');
  });
});
