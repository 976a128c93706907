import type { ApiErrorBody, Estimation, EstimationSummary, Page } from '../../core';
import { createTestUser } from '../helpers/stack-client';
import type { TestUser } from '../helpers/stack-client';
import { api } from '../helpers/stack-client';
import { createEstimationAs } from './api-fixtures';
import { auditEntriesFor } from './audit-entries';

describe('/estimations over HTTP on the local stack', () => {
  let owner: TestUser;
  let other: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    [owner, other, admin] = await Promise.all([
      createTestUser('Sales', 'owner'),
      createTestUser('Sales', 'other'),
      createTestUser('Admin', 'admin'),
    ]);
  });

  it('creates, reads, updates with the version read, clones and deletes, each with its audit entry', async () => {
    const created = await createEstimationAs(owner);
    expect(created).toMatchObject({ userId: owner.sub, status: 'draft', version: 1, result: null });
    const read = await api<Estimation>(`/estimations/${created.estimationId}`, {
      token: owner.idToken,
    });
    expect(read.body).toEqual(created);
    const updated = await api<Estimation>(`/estimations/${created.estimationId}`, {
      method: 'PUT',
      token: owner.idToken,
      body: { version: 1, status: 'sent', customer: 'Acme Corp' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      version: 2,
      status: 'sent',
      customer: 'Acme Corp',
      name: created.name,
    });
    const clone = await api<Estimation>(`/estimations/${created.estimationId}/clone`, {
      method: 'POST',
      token: owner.idToken,
      body: {},
    });
    expect(clone.status).toBe(201);
    expect(clone.body).toMatchObject({
      name: `${created.name} (copy)`,
      status: 'draft',
      version: 1,
      userId: owner.sub,
    });
    expect(clone.body.requirements).toEqual(created.requirements);
    const deleted = await api(`/estimations/${created.estimationId}`, {
      method: 'DELETE',
      token: owner.idToken,
    });
    expect(deleted.status).toBe(204);
    expect(
      (await api(`/estimations/${created.estimationId}`, { token: owner.idToken })).status,
    ).toBe(404);

    const actions = (await auditEntriesFor(created.estimationId)).map((e) => e.action).sort();
    expect(actions).toEqual(['estimation.create', 'estimation.delete', 'estimation.update']);
    const updateEntry = (await auditEntriesFor(created.estimationId)).find(
      (e) => e.action === 'estimation.update',
    );
    expect(updateEntry).toMatchObject({
      userId: owner.sub,
      userEmail: owner.email,
      changes: { status: ['draft', 'sent'], version: [1, 2] },
    });
    expect(updateEntry?.requestId).toMatch(/[0-9a-f-]{36}/);
    expect((await auditEntriesFor(clone.body.estimationId)).map((e) => e.action)).toEqual([
      'estimation.clone',
    ]);
  });

  it('rejects a stale version with 409 and leaves the stored estimation untouched', async () => {
    const e = await createEstimationAs(owner);
    await api(`/estimations/${e.estimationId}`, {
      method: 'PUT',
      token: owner.idToken,
      body: { version: 1, name: 'first' },
    });
    const stale = await api<ApiErrorBody>(`/estimations/${e.estimationId}`, {
      method: 'PUT',
      token: owner.idToken,
      body: { version: 1, name: 'second' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe('Conflict');
    const now = await api<Estimation>(`/estimations/${e.estimationId}`, { token: owner.idToken });
    expect(now.body).toMatchObject({ name: 'first', version: 2 });
  });

  it('lets exactly one of two concurrent updates with the same version win', async () => {
    const e = await createEstimationAs(owner);
    const [a, b] = await Promise.all(
      ['writer A', 'writer B'].map((name) =>
        api<Estimation>(`/estimations/${e.estimationId}`, {
          method: 'PUT',
          token: owner.idToken,
          body: { version: 1, name },
        }),
      ),
    );
    const statuses = [a?.status, b?.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = a?.status === 200 ? a.body : b?.body;
    const stored = await api<Estimation>(`/estimations/${e.estimationId}`, {
      token: owner.idToken,
    });
    expect(stored.body).toMatchObject({ name: winner?.name, version: 2 });
    expect(
      (await auditEntriesFor(e.estimationId)).filter((x) => x.action === 'estimation.update'),
    ).toHaveLength(1);
  });

  it("lists only the caller's estimations, newest first, with a cursor", async () => {
    const user = await createTestUser('Sales', 'lister');
    for (const name of ['one', 'two', 'three']) await createEstimationAs(user, name);
    await createEstimationAs(other, 'not mine');
    const first = await api<Page<EstimationSummary>>('/estimations?limit=2', {
      token: user.idToken,
    });
    expect(first.body.items.map((i) => i.name)).toEqual(['three', 'two']);
    expect(first.body.items[0]).not.toHaveProperty('requirements');
    const second = await api<Page<EstimationSummary>>(
      `/estimations?limit=2&cursor=${first.body.nextCursor}`,
      { token: user.idToken },
    );
    expect(second.body.items.map((i) => i.name)).toEqual(['one']);
  });

  it('hides estimations from other Sales users (404) and lets admins read but not change them', async () => {
    const e = await createEstimationAs(owner);
    const asOther = await api<ApiErrorBody>(`/estimations/${e.estimationId}`, {
      token: other.idToken,
    });
    expect(asOther.status).toBe(404);
    expect(asOther.text).not.toContain(e.name);
    expect((await api(`/estimations/${e.estimationId}`, { token: admin.idToken })).status).toBe(
      200,
    );
    const adminPut = await api(`/estimations/${e.estimationId}`, {
      method: 'PUT',
      token: admin.idToken,
      body: { version: 1, name: 'x' },
    });
    expect(adminPut.status).toBe(403);
  });
});
