import type {
  ApiErrorBody,
  Estimate,
  EstimateRepricing,
  Estimation,
  Requirements,
} from '../../core';
import type { TestUser } from '../helpers/stack-client';
import { api, createTestUser } from '../helpers/stack-client';
import { createEstimationAs } from './api-fixtures';

/*
 * POST /calculations/reprice over HTTP: a saved estimate of one VM (2 vCPU, 8 GiB, Linux x86,
 * us-east-1, 730 h), sized under the default policy, re-priced after the policy became Intel only.
 * Worked by hand from AWS's EC2 On-Demand prices (us-east-1 feed 2025-04-04, the embedded
 * catalog): as sized t3a.large 730 × $0.0752 = $54.896; Intel only t3.large 730 × $0.0832 = $60.736.
 */
const requirements = (processor?: 'intel'): Requirements => ({
  settings: {
    region: 'us-east-1',
    pricingModel: { kind: 'on-demand' },
    ...(processor ? { sizingPolicy: { processor } } : {}),
  },
  items: [
    {
      id: 'app',
      service: 'ec2',
      quantity: 1,
      os: 'Linux',
      sizing: { vcpu: 2, memoryGib: 8, architecture: 'x86_64' },
    },
  ],
});
const typeOf = (e: Estimate): string | undefined =>
  /, ([a-z0-9-]+\.[a-z0-9]+)\)$/.exec(e.lines[0]!.components[0]!.name)?.[1];

describe('POST /calculations/reprice on the local stack', () => {
  let owner: TestUser;
  let other: TestUser;
  let saved: Estimation;
  beforeAll(async () => {
    [owner, other] = await Promise.all([
      createTestUser('Sales', 'reprice'),
      createTestUser('Sales', 'reprice-other'),
    ]);
    const created = await api<Estimation>('/estimations', {
      method: 'POST',
      token: owner.idToken,
      body: { name: 'One VM', requirements: requirements() },
    });
    const cost = await api<Estimate>('/calculations/cost', {
      method: 'POST',
      token: owner.idToken,
      body: { requirements: requirements() },
    });
    expect(typeOf(cost.body)).toBe('t3a.large');
    const put = await api<Estimation>(`/estimations/${created.body.estimationId}`, {
      method: 'PUT',
      token: owner.idToken,
      body: { version: created.body.version, result: cost.body },
    });
    expect(put.status).toBe(200);
    saved = put.body;
  });

  const reprice = (who: TestUser, body: object) =>
    api<EstimateRepricing & ApiErrorBody>('/calculations/reprice', {
      method: 'POST',
      token: who.idToken,
      body: { estimationId: saved.estimationId, ...body },
    });

  it('names the changed policy field old → new and prices under the current policy', async () => {
    const res = await reprice(owner, { requirements: requirements('intel') });
    expect(res.status).toBe(200);
    expect(res.body.sizingPolicy).toMatchObject({
      recorded: { burstable: true, processor: 'any' },
      current: { burstable: true, processor: 'intel' },
      changes: [{ field: 'processor', recorded: 'any processor', current: 'Intel only' }],
      pricedUnder: 'current',
    });
    expect(typeOf(res.body.estimate)).toBe('t3.large');
    expect(res.body.lines[0]).toMatchObject({
      previousMonthly: '54.896',
      currentMonthly: '60.736',
      deltaMonthly: '5.84',
      status: 'changed',
    });
  });

  it('re-prices under the recorded policy when asked: the saved type, nothing moved', async () => {
    const res = await reprice(owner, {
      requirements: requirements('intel'),
      sizingPolicy: 'recorded',
    });
    expect(res.status).toBe(200);
    expect(res.body.sizingPolicy.pricedUnder).toBe('recorded');
    expect(res.body.sizingPolicy.changes).toHaveLength(1);
    expect(typeOf(res.body.estimate)).toBe('t3a.large');
    expect(res.body.estimate.sizingPolicy).toEqual({ burstable: true, processor: 'any' });
    expect(res.body.lines[0]!.status).toBe('unchanged');
  });

  it('without requirements re-prices the saved ones: no policy change to report', async () => {
    const res = await reprice(owner, {});
    expect(res.status).toBe(200);
    expect(res.body.sizingPolicy.changes).toEqual([]);
    expect(res.body.totals.deltaMonthly).toBe('0');
  });

  it("refuses another user's estimation (404), one with no result (400) and a bad policy choice", async () => {
    expect((await reprice(other, {})).status).toBe(404);
    const bare = await createEstimationAs(owner, 'Not priced');
    const none = await api<ApiErrorBody>('/calculations/reprice', {
      method: 'POST',
      token: owner.idToken,
      body: { estimationId: bare.estimationId },
    });
    expect(none.status).toBe(400);
    expect(none.body.message).toMatch(
      /\$\.estimationId: estimation "Not priced" has no saved result/,
    );
    const bad = await reprice(owner, { sizingPolicy: 'newest' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('$.sizingPolicy');
  });
});
