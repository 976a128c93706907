import { randomUUID } from 'node:crypto';
import type { AdminUser, Page } from '../../core';
import { api, createTestUser } from '../helpers/stack-client';
import { auditLogEntries } from './audit-entries';

describe('GET/POST/PUT /admin/users: the user pool joined with the profiles', () => {
  it('lists a user who never called the API, invites one, changes role and status, audits each step', async () => {
    const [admin, quiet] = await Promise.all([
      createTestUser('Admin', 'pool-admin'),
      createTestUser('Sales', 'never-called'),
    ]);
    const listed = await api<Page<AdminUser>>(
      `/admin/users?search=${encodeURIComponent(quiet.email)}`,
      { token: admin.idToken },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({
        userId: quiet.sub,
        email: quiet.email,
        role: 'Sales',
        status: 'active',
        invited: false,
        lastSeenAt: null,
      }),
    ]);

    const email = `Invitee-${randomUUID().slice(0, 8)}@Test.Example.com`;
    const body = { email, firstName: 'Ina', lastName: 'Vite', role: 'Sales' };
    const invited = await api<AdminUser>('/admin/users', {
      method: 'POST',
      token: admin.idToken,
      body,
    });
    expect(invited.status).toBe(201);
    expect(invited.body).toMatchObject({
      email: email.toLowerCase(),
      role: 'Sales',
      status: 'active',
      invited: true,
      lastSeenAt: null,
    });
    const again = await api('/admin/users', { method: 'POST', token: admin.idToken, body });
    expect(again.status).toBe(409);

    const id = invited.body.userId;
    const promoted = await api<AdminUser>(`/admin/users/${id}`, {
      method: 'PUT',
      token: admin.idToken,
      body: { role: 'Admin' },
    });
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ userId: id, role: 'Admin', status: 'active' });
    const disabled = await api<AdminUser>(`/admin/users/${id}`, {
      method: 'PUT',
      token: admin.idToken,
      body: { status: 'disabled' },
    });
    expect(disabled.body).toMatchObject({ role: 'Admin', status: 'disabled' });
    const relisted = await api<Page<AdminUser>>(
      `/admin/users?search=${encodeURIComponent(email)}`,
      { token: admin.idToken },
    );
    expect(relisted.body.items).toEqual([
      expect.objectContaining({ userId: id, role: 'Admin', status: 'disabled', invited: true }),
    ]);

    const log = await auditLogEntries(admin.idToken, `userId=${admin.sub}`);
    const mine = log.filter((e) => e.targetId === id);
    expect(mine.map((e) => [e.action, e.changes])).toEqual([
      ['user.admin-update', { status: ['active', 'disabled'] }],
      ['user.admin-update', { role: ['Sales', 'Admin'] }],
      ['user.invite', { email: [null, email.toLowerCase()], role: [null, 'Sales'] }],
    ]);
  });

  it('names the field of a bad invitation and refuses Sales callers', async () => {
    const [admin, sales] = await Promise.all([
      createTestUser('Admin', 'pool-admin'),
      createTestUser('Sales', 'pool-sales'),
    ]);
    const bad = await api<{ message: string }>('/admin/users', {
      method: 'POST',
      token: admin.idToken,
      body: { email: 'not-an-email', firstName: 'A', lastName: 'B', role: 'Sales' },
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/email/);
    const refused = await api('/admin/users', {
      method: 'POST',
      token: sales.idToken,
      body: { email: 'x@example.com', firstName: 'A', lastName: 'B', role: 'Admin' },
    });
    expect(refused.status).toBe(403);
  });
});
