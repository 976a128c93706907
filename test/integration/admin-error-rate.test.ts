import type { AdminMetrics, DailyActivity } from '../../core';
import { api, createTestUser } from '../helpers/stack-client';

describe('GET /admin/metrics: the error rate counts what the API answered', () => {
  it('counts every answer the local API sent, refusals and unknown routes included', async () => {
    const admin = await createTestUser('Admin', 'rate-reader');
    const before = await api<AdminMetrics>('/admin/metrics', { token: admin.idToken });
    expect(before.status).toBe(200);
    // Three more answers: no token (401), no such route (404), a good read (200).
    expect((await api('/admin/metrics', { token: null })).status).toBe(401);
    expect((await api('/no-such-route', { token: admin.idToken })).status).toBe(404);
    expect((await api('/users/me', { token: admin.idToken })).status).toBe(200);
    const after = await api<AdminMetrics>('/admin/metrics', { token: admin.idToken });
    // Other tests share the stack, so more may have been answered meanwhile, never fewer: the
    // first metrics read itself and the three above.
    expect(after.body.requests24h - before.body.requests24h).toBeGreaterThanOrEqual(4);
    expect(after.body.errorRate24h).toBe(after.body.errors24h / after.body.requests24h);
    // The last two days (a run across midnight UTC splits the answers between them).
    const [yesterday, today] = after.body.daily.slice(-2) as [DailyActivity, DailyActivity];
    expect(yesterday.requests + today.requests).toBeGreaterThanOrEqual(4);
    expect(today.errors).toBeLessThanOrEqual(today.requests);
  });
});
