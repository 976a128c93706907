import type { EstimationSummary, EstimationWithParts, Page } from '../../core';
import { INLINE_JSON_BYTES, LAMBDA_MAX_RESPONSE_BYTES } from '../../core';
import { runEstateFlow, pdfPages } from '../helpers/estate-flow';
import type { EstateFlowResult } from '../helpers/estate-flow';
import { rvtoolsEstate } from '../../scripts/rvtools-estate';
import type { TestUser } from '../helpers/stack-client';
import { api, createTestUser } from '../helpers/stack-client';

/**
 * A 5,000-VM RVTools estate through the API as the add-in drives it, on the local stack (which
 * enforces Lambda's 6 MB request and response limits): every answer stays small, the large
 * ones are stored and downloaded, the estimation saves and reopens with the same totals, its
 * saved estimate re-prices from a stored answer and saves as a new version, and a summarised PDF
 * and a DOCX are generated and downloaded.
 */
describe('a 5,000-VM estate: upload → process → cost → compare → save → reopen → re-price → proposal', () => {
  let user: TestUser;
  let flow: EstateFlowResult;
  let counts: Awaited<ReturnType<typeof rvtoolsEstate>>['counts'];

  beforeAll(async () => {
    user = await createTestUser('Sales', 'estate');
    const estate = await rvtoolsEstate({ vms: 5000, seed: 5 });
    counts = estate.counts;
    flow = await runEstateFlow(user, estate.workbook, 'Five thousand VMs');
  }, 600_000);

  it('reads every powered-on VM (an instance and a volume each) and leaves out the rest', () => {
    expect(flow.requirementItems).toBe(counts.expectedItems);
    expect(counts.poweredOff + counts.templates).toBeGreaterThan(0);
  });

  it('answers every step far below Lambda’s 6 MB; the large results travel as downloads', () => {
    for (const s of flow.steps) expect(s.responseBytes).toBeLessThan(LAMBDA_MAX_RESPONSE_BYTES);
    const byStep = Object.fromEntries(flow.steps.map((s) => [s.step, s]));
    expect(byStep['compare (3 scenarios)']?.downloadedBytes).toBeGreaterThan(INLINE_JSON_BYTES);
    expect(byStep['compare (3 scenarios)']?.responseBytes).toBeLessThan(100_000);
    expect(byStep['reopen (GET + parts)']?.note).toBe('part downloads');
    expect(byStep['re-price (saved estimate)']?.downloadedBytes).toBeGreaterThan(INLINE_JSON_BYTES);
    expect(byStep['re-price (saved estimate)']?.responseBytes).toBeLessThan(20_000);
  });

  it('re-prices the saved estimate from a stored answer whose summary gives totals and line counts', () => {
    const { value, summary } = flow.repriced;
    const lines = flow.saved.lines.length;
    // The same requirements against the same catalog: nothing moves, and the summary says so.
    expect(summary).toMatchObject({
      previousCatalogVersion: flow.saved.catalogVersion,
      catalogVersion: flow.saved.catalogVersion,
      lineCount: lines,
      lineStatuses: { unchanged: lines, changed: 0, added: 0, removed: 0 },
      totals: {
        previous: flow.saved.totals,
        current: flow.saved.totals,
        currentCoverage: { lines },
      },
      estimateSummary: { lineCount: lines, totals: flow.saved.totals },
      estimate: { kind: 'estimate' },
    });
    expect(summary?.sizingPolicy.changes).toEqual([]);
    expect(value.lines).toHaveLength(lines);
    expect(value.totals.deltaMonthly).toBe('0');
    expect(summary?.totals.deltaMonthly).toBe('0');
    expect(value.totals.currentCoverage.unpriced).toBe(summary?.totals.currentCoverage.unpriced);
    expect(value.estimate.totals).toEqual(flow.saved.totals);
  });

  it('reopens with the totals, lines and comparison it was saved with', () => {
    const { reopened } = flow;
    expect(reopened.requirements.items).toHaveLength(counts.expectedItems);
    expect(reopened.result?.totals).toEqual(flow.saved.totals);
    expect(reopened.result?.lines).toHaveLength(flow.saved.lines.length);
    expect(reopened.result).toEqual(flow.saved);
    expect(reopened.comparison?.totals).toEqual(flow.comparison.totals);
    expect(reopened.comparison?.scenarios.map((s) => s.scenario)).toEqual([
      'On-Demand',
      'Compute Savings Plan 1 yr',
      'Graviton',
    ]);
  });

  it('lists it with its figures, read from the index record alone', async () => {
    const list = await api<Page<EstimationSummary>>('/estimations', { token: user.idToken });
    const row = list.body.items.find((e) => e.estimationId === flow.estimationId);
    expect(row?.figures).toMatchObject({
      items: counts.expectedItems,
      monthlyTotal: flow.saved.totals.monthly,
      resultLines: flow.saved.lines.length,
      comparedScenarios: 3,
    });
    expect(row?.monthlyTotal).toBe(flow.saved.totals.monthly);
    expect(list.text.length).toBeLessThan(50_000);
  });

  it('renames it without rewriting its parts, and clones it under parts of its own', async () => {
    const before = await api<EstimationWithParts>(`/estimations/${flow.estimationId}`, {
      token: user.idToken,
    });
    const renamed = await api<EstimationWithParts>(`/estimations/${flow.estimationId}`, {
      method: 'PUT',
      token: user.idToken,
      body: { version: before.body.version, name: 'Renamed estate' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({
      name: 'Renamed estate',
      version: before.body.version + 1,
    });
    expect(renamed.body.figures).toEqual(before.body.figures);
    const clone = await api<EstimationWithParts>(`/estimations/${flow.estimationId}/clone`, {
      method: 'POST',
      token: user.idToken,
      body: {},
    });
    expect(clone.status).toBe(201);
    expect(clone.body.figures).toEqual(before.body.figures);
    expect(clone.body.parts.result?.bytes).toBe(before.body.parts.result?.bytes);
  });

  it('saves the re-priced estimate by resultRef as the next version, without sending it back', async () => {
    const resultId = flow.repriced.summary?.estimate.resultId;
    expect(resultId).toBeDefined();
    const before = await api<EstimationWithParts>(`/estimations/${flow.estimationId}`, {
      token: user.idToken,
    });
    const put = await api<EstimationWithParts>(`/estimations/${flow.estimationId}`, {
      method: 'PUT',
      token: user.idToken,
      body: { version: before.body.version, resultRef: { resultId } },
    });
    expect(put.status).toBe(200);
    expect(put.body.version).toBe(before.body.version + 1);
    expect(put.body.figures).toMatchObject({
      monthlyTotal: flow.repriced.value.estimate.totals.monthly,
      resultLines: flow.repriced.value.estimate.lines.length,
    });
    expect(put.text.length).toBeLessThan(20_000);
  });

  it('gives a readable summarised PDF (by group and service) and a DOCX', () => {
    const pages = pdfPages(flow.pdf);
    expect(pages).toBeGreaterThan(3);
    expect(pages).toBeLessThan(40);
    expect(flow.docx.byteLength).toBeGreaterThan(10_000);
    expect(Buffer.from(flow.docx.subarray(0, 2)).toString('latin1')).toBe('PK');
  });
});
