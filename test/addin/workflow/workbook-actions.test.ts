/** @jest-environment node */
import type { CompareRequest, CostRequest, GridValue, Requirements } from '../../../core';
import {
  ASSUMPTIONS_SHEET,
  COMPARISON_SHEET,
  ESTIMATE_SHEET,
  PriceCatalog,
  compareScenarios,
  priceRequirements,
} from '../../../core';
import { BULK_EC2_COLUMNS } from '../../../core/sheets/formats/bulk-import-layout';
import type { ApiClient } from '../../../addin/api/api-client';
import { createAppStore } from '../../../addin/state/app-store';
import {
  calculate,
  compare,
  currencyNote,
  validateWorkbook,
} from '../../../addin/workflow/workbook-actions';
import { pricingDataBody } from '../helpers/embedded-catalog';
import { MemoryWorkbook } from '../helpers/memory-workbook';

const catalog = new PriceCatalog(pricingDataBody('us-east-1'));
const noProgress = () => undefined;

/** The add-in sends its requirements inline (a workbook in Excel, not an upload). */
function inlineRequirements(body: CostRequest | CompareRequest): Requirements {
  if (!body.requirements) throw new Error('the add-in sent no inline requirements');
  return body.requirements;
}

/** The API priced by the real engine on the embedded catalog (what the backend does). */
function engineApi(): ApiClient & { costCalls: CostRequest[] } {
  const costCalls: CostRequest[] = [];
  return {
    costCalls,
    cost: async (body: CostRequest) => {
      costCalls.push(body);
      return priceRequirements(inlineRequirements(body), catalog);
    },
    compare: async (body: CompareRequest) =>
      compareScenarios(inlineRequirements(body), body.scenarios, catalog),
  } as unknown as ApiClient & { costCalls: CostRequest[] };
}

function bulkSheet(quantity: GridValue): { name: string; rows: GridValue[][] } {
  const header: GridValue[] = [null, ...BULK_EC2_COLUMNS.map((c) => c.header)];
  const field = (f: string, v: GridValue) => [f, v] as const;
  const values = new Map<string, GridValue>([
    field('group', 'Production'),
    field('description', 'web tier'),
    field('region', 'us-east-1'),
    field('os', 'Linux'),
    field('instanceType', 'm7g.large'),
    field('tenancy', 'Shared Instances'),
    field('quantity', quantity),
    field('usageType', 'Always On'),
    field('purchasingOption', 'On-Demand'),
  ]);
  const row: GridValue[] = [1, ...BULK_EC2_COLUMNS.map((c) => values.get(c.field) ?? null)];
  return {
    name: 'Inputs',
    rows: [[], [null, 'Elastic Cloud Compute (EC2) Specifications'], header, row],
  };
}

describe('validate in place', () => {
  it('detects the bulk-import format, lists the bad cell with its address, marks it, and clears marks next run', async () => {
    const workbook = new MemoryWorkbook([bulkSheet('two')]);
    const store = createAppStore();
    const result = await validateWorkbook({ workbook, api: engineApi(), store }, noProgress);
    expect(result.requirements).toBeNull();
    expect(store.getState().workbookFormat).toMatch(/bulk import \(EC2 instances\)/);
    const issue = store.getState().issues.find((i) => i.severity === 'error');
    expect(issue?.cell).toBe('Inputs!H4');
    expect(workbook.marked.map((i) => i.cell)).toContain('Inputs!H4');

    workbook.sheets = [bulkSheet(2)];
    const fixed = await validateWorkbook({ workbook, api: engineApi(), store }, noProgress);
    expect(workbook.cleared.at(-1)?.map((i) => i.cell)).toContain('Inputs!H4');
    expect(workbook.marked.filter((i) => i.severity === 'error')).toEqual([]);
    expect(fixed.requirements?.items).toHaveLength(1);
  });
});

describe('calculate', () => {
  it('sends the validated requirements and renders core\'s "AWS Estimate" and "Assumptions" sheets with the API amounts', async () => {
    const workbook = new MemoryWorkbook([bulkSheet(2)]);
    const store = createAppStore();
    const api = engineApi();
    const estimate = await calculate(
      { workbook, api, store },
      new AbortController().signal,
      noProgress,
    );
    expect(api.costCalls).toHaveLength(1);
    expect(api.costCalls[0]?.requirements?.items[0]).toMatchObject({
      service: 'ec2',
      instanceType: 'm7g.large',
      quantity: 2,
    });
    expect(workbook.replaced).toEqual([ESTIMATE_SHEET, ASSUMPTIONS_SHEET]);
    // core's estimate spec: description in column C, monthly in J; "Total monthly" labelled in F.
    const line = estimate.lines[0];
    const lineRow = workbook.find(ESTIMATE_SHEET, line?.description)?.replace(/^C/, '');
    expect(workbook.cell(ESTIMATE_SHEET, `J${lineRow}`)).toBe(Number(line?.monthly));
    const totalRow = workbook.find(ESTIMATE_SHEET, 'Total monthly')?.replace(/^F/, '');
    expect(workbook.cell(ESTIMATE_SHEET, `J${totalRow}`)).toBe(Number(estimate.totals.monthly));
    expect(Number(estimate.totals.monthly)).toBeGreaterThan(0);
    expect(store.getState().estimate).toBe(estimate);
  });

  it('refuses to price a workbook with errors and says what to do', async () => {
    const workbook = new MemoryWorkbook([bulkSheet('two')]);
    await expect(
      calculate(
        { workbook, api: engineApi(), store: createAppStore() },
        new AbortController().signal,
        noProgress,
      ),
    ).rejects.toThrow(/1 error\. Fix the cells listed under Validation/);
    expect(workbook.replaced).toEqual([]);
  });
});

describe('validate against the catalog', () => {
  const signedIn = () => {
    const store = createAppStore();
    store
      .getState()
      .set({ user: { username: 'sales', email: 'sales@example.com', role: 'Sales' } });
    return store;
  };

  it('warns on the cell of a type whose price the catalog lacks, so nothing is silently "not priced"', async () => {
    const sheet = bulkSheet(2);
    // hpc6a.48xlarge is a real type the embedded catalog has no price for.
    sheet.rows[3] = sheet.rows[3]!.map((v) => (v === 'm7g.large' ? 'hpc6a.48xlarge' : v));
    const workbook = new MemoryWorkbook([sheet]);
    const result = await validateWorkbook(
      { workbook, api: engineApi(), store: signedIn(), catalogs: { load: async () => catalog } },
      noProgress,
    );
    expect(result.errors).toEqual([]);
    expect(result.requirements).not.toBeNull();
    const warning = result.warnings.find((w) => w.rule === 'pricing.price-not-in-catalog');
    expect(warning?.cell).toBe('Inputs!F4');
    expect(warning?.message).toMatch(/price not in catalog; the line will show "not priced"/);
  });

  it('says so when the prices cannot be loaded, instead of checking nothing silently', async () => {
    const store = signedIn();
    await validateWorkbook(
      {
        workbook: new MemoryWorkbook([bulkSheet(2)]),
        api: engineApi(),
        store,
        catalogs: {
          load: async () => {
            throw new Error('offline');
          },
        },
      },
      noProgress,
    );
    expect(store.getState().messages.map((m) => [m.topic, m.title])).toContainEqual([
      'catalog',
      'Prices not checked',
    ]);
  });
});

describe('compare', () => {
  it('writes "AWS Comparison" with each scenario total, its delta and a chart of the totals', async () => {
    const workbook = new MemoryWorkbook([bulkSheet(2)]);
    const comparison = await compare(
      { workbook, api: engineApi(), store: createAppStore() },
      [
        { name: 'On-Demand', pricingModel: { kind: 'on-demand' } },
        { name: 'Spot 70', pricingModel: { kind: 'spot', discountPct: 70 } },
      ],
      new AbortController().signal,
      noProgress,
    );
    // core's comparison spec: totals table Scenario | Upfront | Monthly | 12 months | Lines priced | effective | horizon | Δ effective | Δ horizon.
    for (const t of comparison.totals) {
      const label =
        t.scenario === comparison.cheapestScenario ? `${t.scenario} (cheapest)` : t.scenario;
      const row = workbook.find(COMPARISON_SHEET, label)?.replace(/^A/, '');
      expect(workbook.cell(COMPARISON_SHEET, `C${row}`)).toBe(Number(t.totals.monthly));
      expect(workbook.cell(COMPARISON_SHEET, `H${row}`)).toBe(Number(t.deltaEffectiveMonthly));
    }
    // m7g.large has On-Demand and Spot prices: every line is priced in both, so a cheapest is named.
    expect(comparison.basis.complete).toBe(true);
    expect(comparison.cheapestScenario).toBe('Spot 70');
    expect(Number(comparison.totals[1]?.totals.monthly)).toBeLessThan(
      Number(comparison.totals[0]?.totals.monthly),
    );
    const spec = workbook.rendered.find((r) => r.name === COMPARISON_SHEET);
    expect(spec?.tables.map((t) => t.name)).toEqual(['ScenarioTotals']);
    expect(spec?.charts).toHaveLength(1);
  });

  it('needs two scenarios', async () => {
    const workbook = new MemoryWorkbook([bulkSheet(2)]);
    await expect(
      compare(
        { workbook, api: engineApi(), store: createAppStore() },
        [{ name: 'only' }],
        new AbortController().signal,
        noProgress,
      ),
    ).rejects.toThrow('Choose at least two scenarios');
  });
});

describe('task pane settings', () => {
  it('adds the customer discount to the priced requirements and warns when a currency has no FX rate', async () => {
    const workbook = new MemoryWorkbook([bulkSheet(2)]);
    const store = createAppStore();
    store.getState().set({
      settings: {
        region: 'us-east-1',
        currency: 'PHP',
        discounts: [{ name: 'Customer discount', percent: 10 }],
      },
    });
    const api = engineApi();
    const estimate = await calculate(
      { workbook, api, store },
      new AbortController().signal,
      noProgress,
    );
    expect(api.costCalls[0]?.requirements?.settings.discounts).toEqual([
      { name: 'Customer discount', percent: 10 },
    ]);
    expect(Number(estimate.totals.monthly)).toBeCloseTo(
      Number(estimate.listTotals.monthly) * 0.9,
      6,
    );
    expect(estimate.currency).toBe('USD');
    expect(currencyNote(estimate, 'PHP')).toMatch(
      /^Amounts are in USD: put the PHP rate and its date/,
    );
    expect(currencyNote(estimate, 'USD')).toBeNull();
  });
});
