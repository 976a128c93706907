import type { Estimate } from '../../../core';
import { Decimal } from '../../../core';
import { MemoryIdentityAdmin } from '../../../backend/adapters/memory/memory-identity-admin';
import { MemoryUserStore } from '../../../backend/adapters/memory/memory-user-store';
import type { EstimationStore } from '../../../backend/ports/estimation-store';
import {
  adminMetrics,
  ESTIMATION_SCAN_LIMIT,
} from '../../../backend/use-cases/admin/admin-metrics';
import { dashboardMetrics } from '../../../backend/use-cases/dashboard/dashboard-metrics';
import { createEstimation } from '../../../backend/use-cases/estimations/create-estimation';
import { updateEstimation } from '../../../backend/use-cases/estimations/update-estimation';
import { sampleRequirements } from '../../contracts/fixtures';
import { alice, bob, ctx, fakes, testCatalog } from './fakes';

const totals = (monthly: string) => ({
  upfront: '0',
  monthly,
  first12Months: '0',
  termMonths: 12,
  totalOverTerm: '0',
});
/** An estimate, with one server whose price the catalog lacks when `gap` is set. */
const result = (monthly: string, currency = 'USD', gap = false): Estimate => {
  const lines: Estimate['lines'] = gap
    ? [
        {
          id: 'line-1',
          itemId: 'web',
          service: 'ec2',
          category: 'Compute',
          group: [],
          description: 'web',
          region: 'ap-southeast-1',
          components: [
            {
              name: 'Instance usage',
              unit: 'hours',
              charge: 'monthly',
              quantity: '730',
              unitPrice: null,
              priceId: null,
              cost: null,
              status: 'price-not-in-catalog',
              explanation: 'Price not in catalog',
            },
          ],
          monthly: '0',
          upfront: '0',
          warnings: [],
          incomplete: true,
        },
      ]
    : [];
  return {
    scenario: 'Base',
    region: 'ap-southeast-1',
    currency,
    catalogVersion: 'v1',
    lines,
    listTotals: totals(monthly),
    adjustments: [],
    totals: totals(monthly),
    coverage: {
      lines: lines.length,
      priced: 0,
      partial: 0,
      unpriced: lines.length,
      unpricedIds: gap ? ['web'] : [],
      partialIds: [],
    },
    warnings: [],
    createdAt: '2026-11-26T00:00:00.000Z',
  };
};

describe('decimal sums', () => {
  it('adds and subtracts exactly where floats would drift', () => {
    // The dashboard sums with core's Decimal (the backend's own copy is gone).
    expect(Decimal.sum(['0.1', '0.2']).toString()).toBe('0.3');
    expect(Decimal.sum(['119.14', '-19.14', '0.0000000001']).toString()).toBe('100.0000000001');
    expect(Decimal.sum([]).toString()).toBe('0');
    expect(Decimal.from('10').subtract('12.5').toString()).toBe('-2.5');
    // Exponent notation is a decimal to core (1e3 = 1000); text that is no number is refused.
    expect(Decimal.sum(['1e3']).toString()).toBe('1000');
    expect(() => Decimal.sum(['1,5'])).toThrow(/Not a decimal number: '1,5'/);
  });
});

/** Alice's five estimations across the statuses (one in PHP, one with a gap) and Bob's draft. */
async function sixEstimations() {
  const f = fakes();
  const make = async (
    status: 'draft' | 'sent' | 'won' | 'lost',
    monthly: string,
    currency = 'USD',
    gap = false,
  ) => {
    const e = await createEstimation(f, ctx(alice), {
      name: status,
      requirements: sampleRequirements(),
    });
    await updateEstimation(f, ctx(alice), e.estimationId, {
      version: 1,
      status,
      result: result(monthly, currency, gap),
    });
  };
  await make('draft', '100.10', 'USD', true);
  await make('sent', '0.20');
  await make('sent', '999', 'PHP');
  await make('won', '50');
  await make('lost', '70');
  await createEstimation(f, ctx(bob), { name: 'not mine', requirements: sampleRequirements() });
  return f;
}

describe('dashboard metrics', () => {
  it("counts the caller's estimations by status and sums pipeline and won USD values", async () => {
    const f = await sixEstimations();
    const m = await dashboardMetrics(f, alice);
    expect(m).toMatchObject({
      estimations: 5,
      byStatus: { draft: 1, sent: 2, won: 1, lost: 1 },
      pipelineMonthlyValue: '100.3',
      wonMonthlyValue: '50',
      // The draft's total leaves a server out: the pipeline sum says so beside it.
      pipelineCoverage: { estimations: 2, notFullyPriced: 1 },
      wonCoverage: { estimations: 1, notFullyPriced: 0 },
      documents: 0,
    });
    expect(m.recentActivity).toHaveLength(10);
    expect(m.recentActivity.every((a) => a.userId === 'alice')).toBe(true);
  });
});

/** The admin's figures: every user's estimations, and parts that must never be read. */
function adminDeps(f: Awaited<ReturnType<typeof sixEstimations>>) {
  const refuse = () => {
    throw new Error('admin metrics read an estimation part');
  };
  // The memory store with every part-reading method refusing (its other methods inherited).
  const estimations = Object.create(f.estimations) as EstimationStore;
  Object.assign(estimations, {
    get: refuse,
    readParts: refuse,
    readPart: refuse,
    partUrls: refuse,
  });
  return {
    ...f,
    estimations,
    users: new MemoryUserStore(f.audit),
    identity: new MemoryIdentityAdmin(),
    catalog: testCatalog,
  };
}

describe('admin metrics', () => {
  it("tallies every user's estimations from one scan: by status sums to the total", async () => {
    const f = await sixEstimations();
    const m = await adminMetrics(adminDeps(f));
    expect(m).toMatchObject({
      estimations: 6,
      estimationsComplete: true,
      // Bob's draft counts too (it has no result, so no value is added for it).
      byStatus: { draft: 2, sent: 2, won: 1, lost: 1 },
      pipelineMonthlyValue: '100.3',
      wonMonthlyValue: '50',
      pipelineCoverage: { estimations: 2, notFullyPriced: 1 },
      wonCoverage: { estimations: 1, notFullyPriced: 0 },
    });
    const byStatus = Object.values(m.byStatus).reduce((a, b) => a + b, 0);
    expect(byStatus).toBe(m.estimations);
    // Over time, from the same scan: 14 UTC days up to the clock's, every estimation on its day.
    expect(m.daily.map((d) => d.day)[0]).toBe('2026-11-13');
    expect(m.daily.at(-1)).toMatchObject({ day: '2026-11-26', estimations: 6 });
    expect(m.daily.reduce((n, d) => n + d.estimations, 0)).toBe(m.estimations);
  });

  it('says when the scan stopped at its bound instead of passing a part for the whole', async () => {
    const f = await sixEstimations();
    const [one] = (await f.estimations.scanAll({ limit: 1 })).items;
    let pages = 0;
    if (!one) throw new Error('no estimation to repeat');
    // A table that never ends: every page is full and names a next one.
    const endless = Object.create(f.estimations) as EstimationStore;
    endless.scanAll = async (page) => {
      pages += 1;
      return { items: Array.from({ length: page.limit }, () => one), nextCursor: `p${pages}` };
    };
    const m = await adminMetrics({ ...adminDeps(f), estimations: endless });
    expect(m.estimationsComplete).toBe(false);
    expect(m.estimations).toBe(ESTIMATION_SCAN_LIMIT);
    expect(Object.values(m.byStatus).reduce((a, b) => a + b, 0)).toBe(ESTIMATION_SCAN_LIMIT);
  });
});
