import { ConflictError, ForbiddenError, NotFoundError } from '../../../backend/http/errors';
import { cloneEstimation } from '../../../backend/use-cases/estimations/clone-estimation';
import { createEstimation } from '../../../backend/use-cases/estimations/create-estimation';
import { deleteEstimation } from '../../../backend/use-cases/estimations/delete-estimation';
import { getEstimation } from '../../../backend/use-cases/estimations/get-estimation';
import { listEstimations } from '../../../backend/use-cases/estimations/list-estimations';
import { updateEstimation } from '../../../backend/use-cases/estimations/update-estimation';
import { hasPartDownloads } from '../../../core';
import { encodeJson } from '../../../backend/use-cases/shared/json-part';
import { sampleRequirements } from '../../contracts/fixtures';
import { alice, bob, ctx, fakes, root } from './fakes';

describe('estimation use cases (in-memory fakes)', () => {
  it('creates a draft at version 1 owned by the caller, with one audit entry', async () => {
    const f = fakes();
    const e = await createEstimation(f, ctx(alice), {
      name: 'Shop',
      requirements: sampleRequirements(),
    });
    expect(e).toMatchObject({
      userId: 'alice',
      status: 'draft',
      version: 1,
      customer: '',
      createdAt: '2026-11-26T09:00:00.000Z',
    });
    expect(f.audit.entries).toEqual([
      expect.objectContaining({
        action: 'estimation.create',
        targetId: e.estimationId,
        userId: 'alice',
        requestId: 'req-1',
      }),
    ]);
  });

  it('updates with the version read, bumps the version and audits the changed fields only', async () => {
    const f = fakes();
    const e = await createEstimation(f, ctx(alice), {
      name: 'Shop',
      requirements: sampleRequirements(),
    });
    f.clock.advance(1000);
    const next = await updateEstimation(f, ctx(alice, 'req-2'), e.estimationId, {
      version: 1,
      status: 'won',
    });
    expect(next).toMatchObject({
      version: 2,
      status: 'won',
      name: 'Shop',
      updatedAt: '2026-11-26T09:00:01.000Z',
    });
    expect(f.audit.entries[1]?.changes).toEqual({ status: ['draft', 'won'], version: [1, 2] });
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const f = fakes();
    const e = await createEstimation(f, ctx(alice), {
      name: 'Shop',
      requirements: sampleRequirements(),
    });
    await updateEstimation(f, ctx(alice), e.estimationId, { version: 1, name: 'A' });
    await expect(
      updateEstimation(f, ctx(alice), e.estimationId, { version: 1, name: 'B' }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await f.estimations.get(e.estimationId))?.name).toBe('A');
    expect(f.audit.entries).toHaveLength(2);
  });

  it('hides an estimation from another Sales user (404) and lets an admin read but not change it', async () => {
    const f = fakes();
    const e = await createEstimation(f, ctx(alice), {
      name: 'Shop',
      requirements: sampleRequirements(),
    });
    await expect(getEstimation(f, bob, e.estimationId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      updateEstimation(f, ctx(bob), e.estimationId, { version: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteEstimation(f, ctx(bob), e.estimationId)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await getEstimation(f, root, e.estimationId)).name).toBe('Shop');
    await expect(deleteEstimation(f, ctx(root), e.estimationId)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('clones into a new draft owned by the cloning user', async () => {
    const f = fakes();
    const e = await createEstimation(f, ctx(alice), {
      name: 'Shop',
      status: 'sent',
      requirements: sampleRequirements(),
    });
    const copy = await cloneEstimation(f, ctx(root), e.estimationId, {});
    expect(copy).toMatchObject({
      userId: 'root',
      name: 'Shop (copy)',
      status: 'draft',
      version: 1,
    });
    expect(copy.estimationId).not.toBe(e.estimationId);
    expect(f.audit.entries.at(-1)).toMatchObject({
      action: 'estimation.clone',
      changes: { clonedFrom: [null, e.estimationId] },
    });
  });

  it('lists summaries of the caller only, newest first', async () => {
    const f = fakes();
    for (const name of ['a', 'b']) {
      await createEstimation(f, ctx(alice), { name, requirements: sampleRequirements() });
      f.clock.advance(1000);
    }
    await createEstimation(f, ctx(bob), { name: 'bob', requirements: sampleRequirements() });
    const page = await listEstimations(f, alice, { limit: 10 });
    expect(page.items.map((i) => i.name)).toEqual(['b', 'a']);
    expect(page.items[0]).toMatchObject({ monthlyTotal: null, currency: null });
    expect(page.items[0]).not.toHaveProperty('requirements');
  });

  it('reads a result saved before coverage existed with its coverage derived from the lines', async () => {
    const f = fakes();
    const e = await createEstimation(f, ctx(alice), {
      name: 'Old',
      requirements: sampleRequirements(),
    });
    const line = {
      id: 'line-1',
      itemId: 'web',
      service: 'ec2' as const,
      category: 'Compute' as const,
      group: [],
      description: 'web',
      region: 'ap-southeast-1',
      components: [
        {
          name: 'Instance usage',
          unit: 'hours',
          charge: 'monthly' as const,
          quantity: '730',
          unitPrice: null,
          priceId: null,
          cost: null,
          status: 'price-not-in-catalog' as const,
          explanation: 'Price not in catalog',
        },
      ],
      monthly: '0',
      upfront: '0',
      warnings: [],
    };
    const totals = {
      upfront: '0',
      monthly: '0',
      first12Months: '0',
      termMonths: 12,
      totalOverTerm: '0',
    };
    // Written straight to the store, as a record from before coverage was added would be (no `coverage`).
    const legacy = {
      scenario: 'Base',
      region: 'ap-southeast-1',
      currency: 'USD',
      catalogVersion: 'v1',
      lines: [line],
      listTotals: totals,
      adjustments: [],
      totals,
      warnings: [],
      createdAt: e.createdAt,
    };
    const stored = await f.estimations.getRecord(e.estimationId);
    await f.estimations.replace(
      {
        ...stored!,
        parts: { ...stored!.parts, result: await encodeJson(legacy) },
        version: 2,
      },
      1,
      {
        ...f.audit.entries[0]!,
        logId: 'legacy',
      },
    );
    const read = await getEstimation(f, alice, e.estimationId);
    if (hasPartDownloads(read)) throw new Error('a one-line estimation is answered inline');
    expect(read.result?.coverage).toEqual({
      lines: 1,
      priced: 0,
      partial: 0,
      unpriced: 1,
      unpricedIds: ['web'],
      partialIds: [],
    });
  });

  it('deletes with an audit entry', async () => {
    const f = fakes();
    const e = await createEstimation(f, ctx(alice), {
      name: 'Shop',
      requirements: sampleRequirements(),
    });
    await deleteEstimation(f, ctx(alice), e.estimationId);
    expect(await f.estimations.get(e.estimationId)).toBeNull();
    expect(f.audit.entries.map((a) => a.action)).toEqual([
      'estimation.create',
      'estimation.delete',
    ]);
  });
});
