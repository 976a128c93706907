import type { CatalogRefreshRun } from '../../core';
import type { TestUser } from '../helpers/stack-client';
import { api, createTestUser } from '../helpers/stack-client';
import { auditLogEntries } from './audit-entries';
import { refreshIdle } from './catalog-refresh-api';

/**
 * "Refresh now" over HTTP: the admin API records a run, starts the real refresh job (in process on
 * the local stack) against the configured source — here the fixture mirror of stack-setup, which
 * the gate refuses — and keeps the result with the gate's report; both steps are audited. The
 * waits read the run's status until it changes, bounded by the test's timeout only.
 */
describe('POST /admin/catalog/refresh', () => {
  let admin: TestUser;
  beforeAll(async () => {
    admin = await createTestUser('Admin', 'refresher');
  });

  it('runs the refresh job against the configured source and keeps the refusal with the gate report', async () => {
    const before = await refreshIdle(admin.idToken);
    expect(before).toMatchObject({
      services: ['AmazonEC2'],
      regions: ['ap-southeast-1', 'us-east-1'],
    });
    expect(before.source).toMatch(/^mirror \//);
    const started = await api<CatalogRefreshRun>('/admin/catalog/refresh', {
      method: 'POST',
      token: admin.idToken,
      body: {},
    });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({
      outcome: 'running',
      trigger: 'admin',
      requestedBy: admin.email,
    });
    const after = await refreshIdle(admin.idToken);
    const run = after.latest as CatalogRefreshRun;
    expect(run).toMatchObject({ runId: started.body.runId, outcome: 'refused', shards: 1 });
    expect(run.report).toMatch(/REFUSED/);
    expect(run.problems).toContainEqual(expect.stringMatching(/us-east-1/));
    expect(run.problems).toContainEqual(expect.stringMatching(/^missing price for ec2: /));

    // The request is this admin's (a user of this test alone); the outcome is the `system` user's,
    // whose entries every refresh of the run shares: read all of them, not the newest page.
    const requested = await auditLogEntries(
      admin.idToken,
      `userId=${admin.sub}&action=catalog.refresh-request`,
    );
    expect(requested.map((e) => [e.targetId, e.userEmail, e.targetType])).toEqual([
      [run.runId, admin.email, 'catalog'],
    ]);
    const refused = await auditLogEntries(admin.idToken, 'action=catalog.refused');
    expect(refused.filter((e) => e.requestId === run.runId).map((e) => e.userId)).toEqual([
      'system',
    ]);
  }, 120_000);

  it("refuses a body with fields (source, services and regions are the deployment's)", async () => {
    const res = await api('/admin/catalog/refresh', {
      method: 'POST',
      token: admin.idToken,
      body: { regions: ['us-east-1'] },
    });
    expect(res.status).toBe(400);
  });
});
