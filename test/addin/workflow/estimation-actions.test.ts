/** @jest-environment node */
import type { DocumentJob, Estimation } from '../../../core';
import type { ApiClient } from '../../../addin/api/api-client';
import { SETTING_ESTIMATION_ID } from '../../../addin/excel/workbook-port';
import { createAppStore } from '../../../addin/state/app-store';
import {
  cloneEstimation,
  generateProposal,
  restoreEstimationId,
  saveEstimation,
} from '../../../addin/workflow/estimation-actions';
import { MemoryWorkbook } from '../helpers/memory-workbook';

const requirements = {
  name: 'Acme',
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' as const } },
  items: [],
};
const estimation = (id: string, version: number, name = 'Acme'): Estimation =>
  ({ estimationId: id, version, name, requirements }) as unknown as Estimation;
const job = (status: DocumentJob['status']): DocumentJob =>
  ({ documentId: 'd1', status, error: status === 'failed' ? 'font missing' : null }) as DocumentJob;
const signal = new AbortController().signal;

function fakeApi() {
  const calls: string[] = [];
  const api = {
    createEstimation: async () => (calls.push('create'), estimation('e1', 1)),
    updateEstimation: async (id: string, body: { version: number }) => (
      calls.push(`update ${id} v${body.version}`),
      estimation(id, body.version + 1)
    ),
    cloneEstimation: async (id: string) => (
      calls.push(`clone ${id}`),
      estimation('e2', 1, 'Acme (copy)')
    ),
    generateDocument: async () => (calls.push('generate'), job('pending')),
    documentStatus: jest.fn(async () => job('ready')),
    documentDownload: async () => ({ url: 'https://files.example/d1.pdf', expiresAt: '' }),
  };
  return { api: api as unknown as ApiClient, calls, raw: api };
}

describe('estimations', () => {
  it('the first save creates, the next updates with the version read; the workbook keeps the id', async () => {
    const { api, calls } = fakeApi();
    const workbook = new MemoryWorkbook([]);
    const store = createAppStore();
    store.getState().set({ requirements });
    await saveEstimation({ workbook, api, store }, 'Acme', signal);
    await saveEstimation({ workbook, api, store }, 'Acme', signal);
    expect(calls).toEqual(['create', 'update e1 v1']);
    expect(workbook.settings.get(SETTING_ESTIMATION_ID)).toBe('e1');
    expect(store.getState().estimationVersion).toBe(2);
  });

  it('nothing to save before validation; cloning needs a saved estimation', async () => {
    const { api } = fakeApi();
    const deps = { workbook: new MemoryWorkbook([]), api, store: createAppStore() };
    await expect(saveEstimation(deps, 'x', signal)).rejects.toThrow(
      'Validate or calculate the workbook first',
    );
    await expect(cloneEstimation(deps, signal)).rejects.toThrow('Save or open an estimation first');
  });

  it('a clone becomes the estimation the workbook holds; reopening the workbook restores it', async () => {
    const { api } = fakeApi();
    const workbook = new MemoryWorkbook([]);
    const store = createAppStore();
    store.getState().set({ estimationId: 'e1', estimationVersion: 3 });
    await cloneEstimation({ workbook, api, store }, signal);
    const reopened = createAppStore();
    await expect(restoreEstimationId({ workbook, api, store: reopened })).resolves.toBe('e2');
    expect(reopened.getState().estimationId).toBe('e2');
  });
});

describe('proposal', () => {
  it('polls until the document is ready and returns its download URL', async () => {
    const { api, raw } = fakeApi();
    raw.documentStatus.mockResolvedValueOnce(job('running')).mockResolvedValueOnce(job('ready'));
    const store = createAppStore();
    store.getState().set({ estimationId: 'e1' });
    const steps: string[] = [];
    const result = await generateProposal(
      { workbook: new MemoryWorkbook([]), api, store },
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
    const store = createAppStore();
    store.getState().set({ estimationId: 'e1' });
    await expect(
      generateProposal(
        { workbook: new MemoryWorkbook([]), api, store },
        'docx',
        signal,
        () => undefined,
        async () => undefined,
      ),
    ).rejects.toThrow('The proposal could not be generated: font missing');
  });
});
