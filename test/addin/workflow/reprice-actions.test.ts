/** @jest-environment node */
import type { GridValue, RepriceRequest, Requirements } from '../../../core';
import { COMPUTE_SHEET, PriceCatalog, priceRequirements, repriceEstimate } from '../../../core';
import type { ApiClient } from '../../../addin/api/api-client';
import { createAppStore } from '../../../addin/state/app-store';
import { repriceWorkbook, repricingText } from '../../../addin/workflow/reprice-actions';
import { pricingDataBody } from '../helpers/embedded-catalog';
import { MemoryWorkbook } from '../helpers/memory-workbook';

/*
 * One VM of 2 vCPU and 8 GiB (Linux x86, us-east-1, 730 h) saved when sized under the default
 * policy, re-priced after the pane's Settings became Intel only. By hand from AWS's EC2 On-Demand
 * prices in the embedded catalog: t3a.large 730 × $0.0752 = $54.896, t3.large 730 × $0.0832 = $60.736.
 */
const catalog = new PriceCatalog(pricingDataBody('us-east-1'));
const noProgress = () => undefined;
const headers = COMPUTE_SHEET.columns.map((c) => c.aliases[0] ?? c.field);
const row = (values: Record<string, GridValue>): GridValue[] =>
  COMPUTE_SHEET.columns.map((c) => values[c.field] ?? null);
const workbook = () =>
  new MemoryWorkbook([
    {
      name: 'Compute',
      rows: [
        headers,
        row({
          description: 'app',
          vcpu: 2,
          memoryGib: 8,
          os: 'Linux',
          quantity: 1,
          architecture: 'x86_64',
        }),
      ],
    },
  ]);
const saved: Requirements = {
  settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
  items: [
    {
      id: 'Compute-2',
      service: 'ec2',
      quantity: 1,
      os: 'Linux',
      sizing: { vcpu: 2, memoryGib: 8, architecture: 'x86_64' },
    },
  ],
};
const previous = priceRequirements(saved, catalog);

function setup(linked = true) {
  const calls: RepriceRequest[] = [];
  const api = {
    reprice: async (body: RepriceRequest) => {
      calls.push(body);
      return repriceEstimate(body.requirements!, previous, catalog, {
        sizingPolicy: body.sizingPolicy ?? 'current',
      });
    },
  } as unknown as ApiClient;
  const store = createAppStore();
  store.getState().set({
    settings: {
      ...store.getState().settings,
      region: 'us-east-1',
      sizingPolicy: { processor: 'intel' },
    },
    link: linked ? { estimationId: 'e1', version: 1, region: 'us-east-1', name: 'One VM' } : null,
  });
  const book = workbook();
  return { deps: { workbook: book, api, store }, calls, book, store };
}
const instanceCell = (book: MemoryWorkbook): string | undefined =>
  book.rendered
    .find((s) => s.name === 'AWS Estimate')
    ?.cells.map((c) => String(c.value))
    .find((v) => v.startsWith('Instance usage'));

describe('re-price the linked estimation from the task pane', () => {
  it('sends the workbook with the pane policy, writes the new estimate and names the policy change', async () => {
    const { deps, calls, book } = setup();
    const r = await repriceWorkbook(deps, 'current', new AbortController().signal, noProgress);
    expect(calls[0]).toMatchObject({ estimationId: 'e1', sizingPolicy: 'current' });
    expect(calls[0]!.requirements!.settings.sizingPolicy).toEqual({ processor: 'intel' });
    expect(instanceCell(book)).toContain('t3.large');
    const text = repricingText(r);
    expect(text).toContain('monthly $54.90 → $60.74 (+$5.84); 1 changed');
    expect(text).toContain(
      'processor: any processor → Intel only; re-priced under the current policy',
    );
  });

  it('under the recorded policy writes the saved type and keeps the requirements with that policy', async () => {
    const { deps, book, store } = setup();
    const r = await repriceWorkbook(deps, 'recorded', new AbortController().signal, noProgress);
    expect(instanceCell(book)).toContain('t3a.large');
    expect(store.getState().requirements!.settings.sizingPolicy).toBeUndefined();
    expect(store.getState().settings.sizingPolicy).toEqual({ processor: 'intel' });
    expect(repricingText(r)).toContain('no line changed');
    expect(repricingText(r)).toContain('re-priced under the recorded policy');
  });

  it('refuses a workbook that is not saved as an estimation, writing nothing', async () => {
    const { deps, book, calls } = setup(false);
    await expect(
      repriceWorkbook(deps, 'current', new AbortController().signal, noProgress),
    ).rejects.toThrow(/not saved as an estimation: Save it on the Estimations tab/);
    expect(calls).toHaveLength(0);
    expect(book.rendered).toHaveLength(0);
  });
});
