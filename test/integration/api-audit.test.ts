import type { AuditLogEntry, Estimation, Page, SystemSettings, UserProfile } from '../../core';
import { sampleRequirements } from '../contracts/fixtures';
import type { ApiResponse, TestUser } from '../helpers/stack-client';
import { api, createTestUser } from '../helpers/stack-client';
import { createPricedEstimationAs, templateBytes } from './api-fixtures';
import { auditLogEntries } from './audit-entries';

/**
 * Every mutation leaves exactly one audit entry carrying the request id the client saw
 * (X-Request-Id), found through the admin audit-log API with its filters.
 */
describe('audit trail: every mutation has its entry', () => {
  let sales: TestUser;
  let admin: TestUser;
  let target: TestUser;
  beforeAll(async () => {
    [sales, admin, target] = await Promise.all([
      createTestUser('Sales', 'audited'),
      createTestUser('Admin', 'auditor'),
      createTestUser('Sales', 'audtarget'),
    ]);
  });

  const entriesOf = (userId: string) => auditLogEntries(admin.idToken, `userId=${userId}`);

  it('records who, what, target, when and the request id of each mutation', async () => {
    const startedAt = new Date().toISOString();
    const seen: { action: string; requestId: string; actor: string }[] = [];
    const track = <T>(action: string, actor: TestUser, res: ApiResponse<T>): ApiResponse<T> => {
      expect(res.status).toBeLessThan(300);
      seen.push({
        action,
        requestId: res.headers.get('x-request-id') ?? 'missing',
        actor: actor.sub,
      });
      return res;
    };
    const created = track(
      'estimation.create',
      sales,
      await api<Estimation>('/estimations', {
        method: 'POST',
        token: sales.idToken,
        body: { name: 'audited', requirements: sampleRequirements() },
      }),
    );
    const id = created.body.estimationId;
    track(
      'estimation.update',
      sales,
      await api(`/estimations/${id}`, {
        method: 'PUT',
        token: sales.idToken,
        body: { version: 1, status: 'won' },
      }),
    );
    track(
      'estimation.clone',
      sales,
      await api(`/estimations/${id}/clone`, { method: 'POST', token: sales.idToken, body: {} }),
    );
    const priced = await createPricedEstimationAs(sales, 'audited priced');
    track(
      'document.generate',
      sales,
      await api('/documents/generate', {
        method: 'POST',
        token: sales.idToken,
        body: { estimationId: priced.estimationId, format: 'json' },
      }),
    );
    track(
      'document.export',
      sales,
      await api('/documents/export', {
        method: 'POST',
        token: sales.idToken,
        body: { estimationId: priced.estimationId, format: 'csv' },
      }),
    );
    track(
      'excel.upload',
      sales,
      await api('/excel/upload', {
        method: 'POST',
        token: sales.idToken,
        body: {
          fileName: 'r.xlsx',
          contentBase64: Buffer.from(await templateBytes()).toString('base64'),
        },
      }),
    );
    track(
      'estimation.delete',
      sales,
      await api(`/estimations/${id}`, { method: 'DELETE', token: sales.idToken }),
    );
    const targetProfile = await api<UserProfile>('/users/me', { token: target.idToken });
    track(
      'user.admin-update',
      admin,
      await api(`/admin/users/${targetProfile.body.userId}`, {
        method: 'PUT',
        token: admin.idToken,
        body: { role: 'Sales', status: 'active' },
      }),
    );
    const settings = await api<SystemSettings>('/admin/settings', { token: admin.idToken });
    track(
      'settings.update',
      admin,
      await api('/admin/settings', {
        method: 'PUT',
        token: admin.idToken,
        body: {
          version: settings.body.version,
          fxRates: [{ currency: 'PHP', rate: '58.25', asOf: '2026-11-20' }],
        },
      }),
    );

    const logged = [...(await entriesOf(sales.sub)), ...(await entriesOf(admin.sub))];
    for (const s of seen) {
      const matches = logged.filter((e) => e.requestId === s.requestId && e.action === s.action);
      expect({ ...s, entries: matches.length }).toEqual({ ...s, entries: 1 });
      expect(matches[0]?.userId).toBe(s.actor);
      // Written during this test (one clock: the stack runs on this machine).
      const at = matches[0]?.timestamp ?? '';
      expect({ ...s, during: at >= startedAt && at <= new Date().toISOString() }).toEqual({
        ...s,
        during: true,
      });
    }
    const update = logged.find((e) => e.action === 'estimation.update' && e.targetId === id);
    expect(update?.changes).toMatchObject({ status: ['draft', 'won'] });
  }, 120_000);

  it('filters the audit log by action and time range', async () => {
    const from = new Date(Date.now() - 1000).toISOString();
    await api('/estimations', {
      method: 'POST',
      token: sales.idToken,
      body: { name: 'filtered', requirements: sampleRequirements() },
    });
    const to = new Date(Date.now() + 1000).toISOString();
    const res = await api<Page<AuditLogEntry>>(
      `/admin/audit-logs?userId=${sales.sub}&action=estimation.create&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
      { token: admin.idToken },
    );
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(1);
    for (const e of res.body.items) {
      expect(e.action).toBe('estimation.create');
      expect(e.timestamp >= from && e.timestamp <= to).toBe(true);
    }
    const none = await api<Page<AuditLogEntry>>(
      `/admin/audit-logs?userId=${sales.sub}&to=2000-01-01T00:00:00Z`,
      { token: admin.idToken },
    );
    expect(none.body.items).toEqual([]);
  });
});
