import { randomUUID } from 'node:crypto';
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
      'Time (UTC),User email,User id,Action,Target type,Target id,Changes,Request id',
    );
    expect(lines.slice(1).map((l) => l.split(',')[6])).toEqual([
      `email: (none) → ${emails[1]}; role: (none) → Sales`,
      `email: (none) → ${emails[0]}; role: (none) → Sales`,
    ]);
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
