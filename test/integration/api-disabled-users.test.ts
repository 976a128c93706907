import type { UserProfile } from '../../core';
import { api, createTestUser } from '../helpers/stack-client';

describe("disabled accounts: an admin disables a user and that user's valid token stops working", () => {
  it('answers 403 to the disabled user on every function, and 200 again once re-enabled', async () => {
    const [admin, target] = await Promise.all([
      createTestUser('Admin', 'disabler'),
      createTestUser('Sales', 'disabled'),
    ]);
    const me = await api<UserProfile>('/users/me', { token: target.idToken });
    expect(me.status).toBe(200);
    // Warm the status cache as "active" first: the disable must still win at once.
    expect((await api('/estimations', { token: target.idToken })).status).toBe(200);

    const disable = await api<UserProfile>(`/admin/users/${me.body.userId}`, {
      method: 'PUT',
      token: admin.idToken,
      body: { status: 'disabled' },
    });
    expect(disable.status).toBe(200);
    expect(disable.body.status).toBe('disabled');

    // The ID token is unchanged and still verifies; the middleware refuses it on every function.
    for (const path of ['/estimations', '/users/me', '/dashboard/metrics', '/documents']) {
      const res = await api<{ error: string; message: string }>(path, { token: target.idToken });
      expect({ path, status: res.status }).toEqual({ path, status: 403 });
      expect(res.body.message).toMatch(/account is disabled/);
    }
    // Other users are unaffected.
    expect((await api('/estimations', { token: admin.idToken })).status).toBe(200);

    const enable = await api(`/admin/users/${me.body.userId}`, {
      method: 'PUT',
      token: admin.idToken,
      body: { status: 'active' },
    });
    expect(enable.status).toBe(200);
    expect((await api('/estimations', { token: target.idToken })).status).toBe(200);
  }, 30_000);
});
