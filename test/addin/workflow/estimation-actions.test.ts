/** @jest-environment node */
import type { DocumentJob, Estimation, Requirements } from '../../../core';
import { ASSUMPTIONS_SHEET, ESTIMATE_SHEET, PriceCatalog, priceRequirements } from '../../../core';
import type { ApiClient } from '../../../addin/api/api-client';
import { ApiResponseError } from '../../../client-shared/http/api-errors';
import { createAppStore } from '../../../addin/state/app-store';
import {
  EstimationConflictError,
  cloneEstimation,
  openEstimation,
  reconnectWorkbook,
  saveAsCopy,
  saveEstimation,
} from '../../../addin/workflow/estimation-actions';
import { generateProposal } from '../../../addin/workflow/proposal-actions';
import {
  LEGACY_SETTING_ESTIMATION_ID,
  SETTING_ESTIMATION,
  parseLink,
} from '../../../addin/workflow/workbook-link';
import { pricingDataBody } from '../helpers/embedded-catalog';
import { MemoryWorkbook } from '../helpers/memory-workbook';

const requirements: Requirements = {
  name: 'Acme',
  settings: { region: 'eu-west-1', pricingModel: { kind: 'on-demand' } },
  items: [],
} as unknown as Requirements;
const estimate = priceRequirements(
  { ...requirements, settings: { ...requirements.settings, region: 'us-east-1' } },
  new PriceCatalog(pricingDataBody('us-east-1')),
);
const job = (status: DocumentJob['status']): DocumentJob =>
  ({ documentId: 'd1', status, error: status === 'failed' ? 'font missing' : null }) as DocumentJob;
const signal = new AbortController().signal;
const draft = { name: 'Acme migration', customer: 'Acme Ltd' };

/** An API that keeps estimations with versions and answers 409 to a stale version (as the backend does). */
function fakeApi() {
  const saved = new Map<string, Estimation>();
  const calls: string[] = [];
  let next = 1;
  const keep = (e: Estimation) => (saved.set(e.estimationId, e), e);
  const api = {
    createEstimation: async (body: Partial<Estimation>) => {
      const id = `e${next++}`;
      calls.push(`create ${body.name}`);
      return keep({
        ...body,
        estimationId: id,
        version: 1,
        updatedAt: '2026-12-05T10:00:00Z',
      } as Estimation);
    },
    updateEstimation: async (id: string, body: Partial<Estimation> & { version: number }) => {
      calls.push(`update ${id} v${body.version}`);
      const current = saved.get(id);
      if (!current) throw new ApiResponseError(404, { error: 'not_found' }, 'not found');
      if (current.version !== body.version)
        throw new ApiResponseError(409, { error: 'conflict' }, 'conflict');
      return keep({ ...current, ...body, version: body.version + 1 } as Estimation);
    },
    getEstimation: async (id: string) => {
      const found = saved.get(id);
      if (!found) throw new ApiResponseError(404, { error: 'not_found' }, 'not found');
      return found;
    },
    cloneEstimation: async (id: string) =>
      keep({ ...saved.get(id)!, estimationId: `e${next++}`, name: 'Acme (copy)', version: 1 }),
    generateDocument: async () => (calls.push('generate'), job('pending')),
    documentStatus: jest.fn(async () => job('ready')),
    documentDownload: async () => ({ url: 'https://files.example/d1.pdf', expiresAt: '' }),
  };
  return { api: api as unknown as ApiClient, calls, raw: api, saved };
}

function calculatedDeps(api: ApiClient, workbook = new MemoryWorkbook([])) {
  const store = createAppStore();
  store.getState().set({ requirements, estimate });
  return { workbook, api, store };
}

describe('the workbook keeps its estimation', () => {
  it('the first save creates; the link (id, version, region, name) is stored in the workbook', async () => {
    const { api, calls } = fakeApi();
    const deps = calculatedDeps(api);
    await saveEstimation(deps, draft, signal);
    expect(calls).toEqual(['create Acme migration']);
    expect(parseLink(deps.workbook.settings.get(SETTING_ESTIMATION) ?? null)).toEqual({
      estimationId: 'e1',
      version: 1,
      region: 'eu-west-1',
      name: 'Acme migration',
    });
  });

  it('a reopened workbook reconnects and its next Save updates the same estimation', async () => {
    const { api, calls } = fakeApi();
    const first = calculatedDeps(api);
    await saveEstimation(first, draft, signal);
    // Reopen: a new pane (empty store) over the same workbook settings.
    const reopened = calculatedDeps(api, first.workbook);
    const found = await reconnectWorkbook(reopened, signal);
    expect(found).toMatchObject({ kind: 'linked', serverVersion: 1 });
    expect(reopened.store.getState().link).toMatchObject({ estimationId: 'e1', version: 1 });
    const saved = await saveEstimation(reopened, draft, signal);
    expect(calls).toEqual(['create Acme migration', 'update e1 v1']);
    expect(saved.version).toBe(2);
    expect(parseLink(first.workbook.settings.get(SETTING_ESTIMATION) ?? null)?.version).toBe(2);
  });

  it('a workbook of the id-only format still reconnects (version read from the API)', async () => {
    const { api, calls } = fakeApi();
    await saveEstimation(calculatedDeps(api), draft, signal);
    const workbook = new MemoryWorkbook([]);
    workbook.settings.set(LEGACY_SETTING_ESTIMATION_ID, 'e1');
    const deps = calculatedDeps(api, workbook);
    await reconnectWorkbook(deps, signal);
    await saveEstimation(deps, draft, signal);
    expect(calls.at(-1)).toBe('update e1 v1');
  });

  it('a save over a newer version raises the conflict; save as a copy relinks the workbook', async () => {
    const { api } = fakeApi();
    const a = calculatedDeps(api);
    await saveEstimation(a, draft, signal);
    const b = calculatedDeps(api, new MemoryWorkbook([]));
    b.workbook.settings.set(SETTING_ESTIMATION, a.workbook.settings.get(SETTING_ESTIMATION)!);
    await reconnectWorkbook(b, signal);
    await saveEstimation(b, draft, signal); // b is now at version 2
    await expect(saveEstimation(a, draft, signal)).rejects.toBeInstanceOf(EstimationConflictError);
    const copy = await saveAsCopy(a, draft, signal);
    expect(copy).toMatchObject({ estimationId: 'e2', name: 'Acme migration (copy)' });
    expect(a.store.getState().link?.estimationId).toBe('e2');
  });

  it('a deleted estimation is forgotten on reconnect, so Save creates a new one', async () => {
    const { api } = fakeApi();
    const workbook = new MemoryWorkbook([]);
    workbook.settings.set(SETTING_ESTIMATION, JSON.stringify({ estimationId: 'gone', version: 3 }));
    const deps = calculatedDeps(api, workbook);
    await expect(reconnectWorkbook(deps, signal)).resolves.toMatchObject({
      kind: 'gone',
      reason: 'it was deleted',
    });
    expect(deps.store.getState().link).toBeNull();
  });

  it('Open writes the result sheets and links the workbook', async () => {
    const { api } = fakeApi();
    await saveEstimation(calculatedDeps(api), draft, signal);
    const workbook = new MemoryWorkbook([]);
    const deps = { workbook, api, store: createAppStore() };
    const { sheets } = await openEstimation(deps, 'e1', signal);
    expect(sheets).toEqual([ESTIMATE_SHEET, ASSUMPTIONS_SHEET]);
    expect(workbook.rendered.map((s) => s.name)).toEqual([ESTIMATE_SHEET, ASSUMPTIONS_SHEET]);
    expect(workbook.selected).toBe(`${ESTIMATE_SHEET}!A1`);
    expect(deps.store.getState().estimate).toEqual(estimate);
    expect(deps.store.getState().link?.estimationId).toBe('e1');
  });

  it('nothing to save before Calculate; cloning needs a saved estimation', async () => {
    const { api } = fakeApi();
    const deps = { workbook: new MemoryWorkbook([]), api, store: createAppStore() };
    deps.store.getState().set({ requirements });
    await expect(saveEstimation(deps, draft, signal)).rejects.toThrow('Press Calculate first');
    await expect(cloneEstimation(deps, signal)).rejects.toThrow('Save or open an estimation first');
  });

  it('a clone becomes the estimation the workbook holds', async () => {
    const { api } = fakeApi();
    const deps = calculatedDeps(api);
    await saveEstimation(deps, draft, signal);
    await cloneEstimation(deps, signal);
    expect(parseLink(deps.workbook.settings.get(SETTING_ESTIMATION) ?? null)?.estimationId).toBe(
      'e2',
    );
  });
});

describe('proposal', () => {
  const linked = () => {
    const store = createAppStore();
    store
      .getState()
      .set({ link: { estimationId: 'e1', version: 1, region: 'us-east-1', name: 'A' } });
    return store;
  };

  it('polls until the document is ready and returns its download URL', async () => {
    const { api, raw } = fakeApi();
    raw.documentStatus.mockResolvedValueOnce(job('running')).mockResolvedValueOnce(job('ready'));
    const steps: string[] = [];
    const result = await generateProposal(
      { workbook: new MemoryWorkbook([]), api, store: linked() },
      'pdf',
      signal,
      (s) => steps.push(s),
      async () => undefined,
    );
    expect(result.url).toBe('https://files.example/d1.pdf');
    expect(raw.documentStatus).toHaveBeenCalledTimes(2);
    expect(steps[0]).toBe('Generating PDF proposal');
  });

  it('reports a failed generation with its reason', async () => {
    const { api, raw } = fakeApi();
    raw.documentStatus.mockResolvedValue(job('failed'));
    await expect(
      generateProposal(
        { workbook: new MemoryWorkbook([]), api, store: linked() },
        'docx',
        signal,
        () => undefined,
        async () => undefined,
      ),
    ).rejects.toThrow('The proposal could not be generated: font missing');
  });
});
