import { randomUUID } from 'node:crypto';
import { sampleRequirements } from '../contracts/fixtures';
import { api, apiUrl, createTestUser } from '../helpers/stack-client';

async function exportCsv(query: string, token: string) {
  const res = await fetch(`${apiUrl()}/admin/audit-logs/export?${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('GET /admin/audit-logs/export: the filtered audit log as CSV', () => {
  it('downloads the filtered rows with the BOM, the header and readable changes', async () => {
    const admin = await createTestUser('Admin', 'exporter');
    const emails = [1, 2].map((i) => `exported-${i}-${randomUUID().slice(0, 6)}@example.com`);
    for (const email of emails) {
      const made = await api('/admin/users', {
        method: 'POST',
        token: admin.idToken,
        body: { email, firstName: 'Ex', lastName: 'Port', role: 'Sales' },
      });
      expect(made.status).toBe(201);
    }
    const { res, bytes } = await exportCsv(
      `format=csv&userId=${admin.sub}&action=user.invite`,
      admin.idToken,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    expect(res.headers.get('x-next-cursor')).toBeNull();
    expect(res.headers.get('x-row-count')).toBe('2');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'Time (UTC),User email,User id,Action,Target type,Target id,Target name,Changes,Request id',
    );
    // The invited users have no profile yet: their names come from the user pool.
    expect(lines.slice(1).map((l) => l.split(',').slice(6, 8))).toEqual([
      [emails[1], `email: (none) → ${emails[1]}; role: (none) → Sales`],
      [emails[0], `email: (none) → ${emails[0]}; role: (none) → Sales`],
    ]);
    const listed = await api<{ items: { targetId: string; target: unknown }[] }>(
      `/admin/audit-logs?userId=${admin.sub}&action=user.invite`,
      { token: admin.idToken },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((e) => e.target)).toEqual([
      { name: emails[1], deleted: false },
      { name: emails[0], deleted: false },
    ]);
  });

  it('names a deleted estimation "(deleted)" and a live one by its name', async () => {
    const [admin, sales] = await Promise.all([
      createTestUser('Admin', 'namer'),
      createTestUser('Sales', 'named'),
    ]);
    const make = async (name: string) => {
      const res = await api<{ estimationId: string }>('/estimations', {
        method: 'POST',
        token: sales.idToken,
        body: { name, requirements: sampleRequirements() },
      });
      expect(res.status).toBe(201);
      return res.body.estimationId;
    };
    const kept = await make('Kept estimation');
    const gone = await make('Gone estimation');
    expect(
      (await api(`/estimations/${gone}`, { method: 'DELETE', token: sales.idToken })).status,
    ).toBe(204);
    const listed = await api<{ items: { targetId: string; target: unknown }[] }>(
      `/admin/audit-logs?userId=${sales.sub}&action=estimation.create`,
      { token: admin.idToken },
    );
    expect(Object.fromEntries(listed.body.items.map((e) => [e.targetId, e.target]))).toEqual({
      [kept]: { name: 'Kept estimation', deleted: false },
      [gone]: { name: null, deleted: true },
    });
  });

  it('refuses an action that is not one of the audit actions, naming the parameter', async () => {
    const admin = await createTestUser('Admin', 'filterer');
    for (const path of [
      '/admin/audit-logs?action=user.update',
      '/admin/audit-logs/export?format=csv&action=user.update',
    ]) {
      const res = await api<{ message: string }>(path, { token: admin.idToken });
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(JSON.stringify(res.body)).toContain('action');
      expect(JSON.stringify(res.body)).toContain('user.admin-update');
    }
  });

  it('names a wrong format, and refuses Sales', async () => {
    const [admin, sales] = await Promise.all([
      createTestUser('Admin', 'exporter'),
      createTestUser('Sales', 'not-exporter'),
    ]);
    const bad = await exportCsv('format=xlsx', admin.idToken);
    expect(bad.res.status).toBe(400);
    expect(bad.bytes.toString('utf8')).toContain('format');
    expect((await exportCsv('format=csv', sales.idToken)).res.status).toBe(403);
  });
});
