import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Comparison, Estimate } from '../../core';
import { createTestUser } from '../helpers/stack-client';
import type { Need } from '../helpers/needs';
import { describeIf } from '../helpers/needs';
import type { FakeWorkbookModel } from './host/fake-excel';
import {
  E2E_TIMEOUT_MS,
  chromiumPath,
  fakeExcelScript,
  launchChromium,
  offlineContext,
} from './helpers/browser';
import type { StaticServer } from './helpers/static-server';
import { servePane } from './helpers/static-server';
import { readWorkbookModel, writeBulkEc2Workbook } from './helpers/workbook-file';
import { sheetHtml } from './helpers/sheet-html';

/*
 * The add-in end to end: the built task pane (dist/) in headless Chromium with office.js served
 * locally, a fake Excel backed by a real AWS bulk-import workbook, against the local stack.
 * sign in -> validate (a bad cell is marked, clicked, fixed, and its mark cleared) -> calculate ->
 * compare; the cells written must equal the numbers the API returned.
 */
const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const artifacts = path.join(root, 'test-artifacts/addin-e2e');
const executable = chromiumPath();
/** `E2E_SCREENSHOTS=docs`: also write the screenshots the README shows into docs/screenshots/. */
const docsShots =
  process.env.E2E_SCREENSHOTS === 'docs' ? path.join(root, 'docs/screenshots') : null;

async function workbook(page: Page): Promise<FakeWorkbookModel> {
  return page.evaluate(
    () => JSON.parse(JSON.stringify(window.__fakeWorkbook)) as FakeWorkbookModel,
  );
}

function sheet(model: FakeWorkbookModel, name: string) {
  const found = model.sheets.find((s) => s.name === name);
  if (!found)
    throw new Error(
      `sheet ${name} was not written; sheets: ${model.sheets.map((s) => s.name).join(', ')}`,
    );
  return found;
}

/** Rows of a sheet as {A: value, B: value, ...} keyed by row number. */
function rows(model: FakeWorkbookModel, name: string): Map<number, Record<string, unknown>> {
  const out = new Map<number, Record<string, unknown>>();
  for (const [address, cell] of Object.entries(sheet(model, name).cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m || cell.t === 'Empty') continue;
    const row = out.get(Number(m[2])) ?? {};
    row[m[1] as string] = cell.v;
    out.set(Number(m[2]), row);
  }
  return out;
}

/**
 * Totals are live formulas that Excel recalculates in binary floating point (119.136 can come back
 * as 119.13600000000001): equal to the API's exact decimal within 1e-9 relative, as Excel shows it.
 */
function expectExcelEqual(cell: unknown, exact: string): void {
  expect(typeof cell).toBe('number');
  const want = Number(exact);
  expect(Math.abs((cell as number) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  if (docsShots && !name.startsWith('99'))
    await page.screenshot({ path: path.join(docsShots, `${name}.png`), fullPage: true });
}

/** The sheets the add-in wrote, drawn as grids (docs/screenshots/sheet-*.png). */
async function sheetShots(browser: Browser, model: FakeWorkbookModel): Promise<void> {
  if (!docsShots) return;
  // A small viewport: the full-page screenshot is then exactly the grid's size.
  const page = await browser.newPage({ viewport: { width: 400, height: 100 } });
  try {
    for (const name of ['AWS Estimate', 'Assumptions', 'AWS Comparison']) {
      await page.setContent(sheetHtml(sheet(model, name)));
      const file = `sheet-${name.toLowerCase().replace(/\s+/g, '-')}.png`;
      await page.screenshot({ path: path.join(docsShots, file), fullPage: true });
    }
  } finally {
    await page.close();
  }
}

const chromium: Need = executable
  ? { met: true, reason: '' }
  : { met: false, reason: 'needs chromium (apt-get install -y chromium, or set CHROMIUM_PATH)' };

describeIf(chromium, 'Excel add-in in headless Chromium against the local stack', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    if (!existsSync(path.join(dist, 'taskpane.html')))
      throw new Error('dist/taskpane.html is missing: run `npm run build` before the e2e tests.');
    mkdirSync(artifacts, { recursive: true });
    if (docsShots) mkdirSync(docsShots, { recursive: true });
    server = await servePane(dist);
    browser = await launchChromium(executable!);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'signs in, validates a bulk-import workbook in place, calculates and compares; cells equal the API numbers',
    async () => {
      const user = await createTestUser('Sales', 'addin-e2e');
      const file = path.join(
        mkdtempSync(path.join(os.tmpdir(), 'addin-e2e-')),
        'aws-bulk-ec2.xlsx',
      );
      await writeBulkEc2Workbook(file, [
        {
          group: 'Production',
          description: 'web tier',
          region: 'us-east-1',
          os: 'Linux',
          instanceType: 'm7g.large',
          tenancy: 'Shared Instances',
          quantity: 'two',
          usageType: 'Always On',
          purchasingOption: 'On-Demand',
        },
        {
          group: 'Production',
          description: 'batch',
          region: 'us-east-1',
          os: 'Linux',
          instanceType: 'c7g.xlarge',
          tenancy: 'Shared Instances',
          quantity: 3,
          usageType: 'Always On',
          purchasingOption: 'On-Demand',
        },
      ]);
      const seed = await readWorkbookModel(file);
      const context = await offlineContext(browser);
      // The page loads config.json from the server, as a user's browser does: nothing is injected.
      await context.addInitScript({
        content: `window.__fakeWorkbookSeed = ${JSON.stringify(seed)};\n${fakeExcelScript()}`,
      });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      try {
        await page.goto(`${server.url}/taskpane.html`);

        // sign in with Amplify against cognito-local
        await page.getByLabel('Email').fill(user.email);
        await page.getByLabel('Password').fill(user.password);
        await shot(page, '01-sign-in');
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByText('Signed in as').waitFor({ timeout: 30000 });

        // validate: the bad quantity is listed, marked red and selectable
        await page.getByRole('button', { name: 'Validate' }).click();
        await page.getByText('Fix the marked cells').waitFor();
        await shot(page, '02-validation-errors');
        let model = await workbook(page);
        expect(sheet(model, 'Inputs').cells.H4?.fill).toBe('#FDE7E9');
        // Fluent's Link without an href is a button.
        await page.getByRole('button', { name: 'Inputs!H4' }).click();
        await page.waitForFunction(() => window.__fakeWorkbook.selected === 'Inputs!H4');

        // the user fixes the cell; the next run clears the mark
        await page.evaluate(() => {
          const cell = window.__fakeWorkbook.sheets.find((s) => s.name === 'Inputs')?.cells.H4;
          if (cell) Object.assign(cell, { v: 2, t: 'Double' });
        });
        await page.getByRole('button', { name: 'Validate' }).click();
        await page.getByText('Workbook is valid').waitFor();
        model = await workbook(page);
        expect(sheet(model, 'Inputs').cells.H4?.fill).toBeUndefined();

        // calculate: "AWS Estimate" holds the API's numbers
        const costResponse = page.waitForResponse(
          (r) => r.url().endsWith('/calculations/cost') && r.request().method() === 'POST',
        );
        await page.getByRole('button', { name: 'Calculate' }).click();
        const estimate = (await (await costResponse).json()) as Estimate;
        await page.getByText('Estimate written').waitFor();
        await shot(page, '03-estimate');
        model = await workbook(page);
        // core's estimate sheet spec: description in C, monthly in J, upfront in K; totals labelled in F
        const estimateRows = [...rows(model, 'AWS Estimate').values()];
        expect(estimate.lines).toHaveLength(2);
        for (const line of estimate.lines) {
          const row = estimateRows.find((r) => r.C === line.description);
          expectExcelEqual(row?.J, line.monthly);
          expectExcelEqual(row?.K, line.upfront);
        }
        const totalMonthly = estimateRows.find((r) => r.F === 'Total monthly');
        const total12 = estimateRows.find((r) => r.F === 'Total first 12 months');
        expectExcelEqual(totalMonthly?.J, estimate.totals.monthly);
        expectExcelEqual(total12?.J, estimate.totals.first12Months);
        expect(Number(estimate.totals.monthly)).toBeGreaterThan(0);
        expect(sheet(model, 'AWS Estimate').freeze).toBe('rows 4');
        expect(model.sheets.map((s) => s.name)).toEqual(
          expect.arrayContaining(['AWS Estimate', 'Assumptions']),
        );

        // compare: "AWS Comparison" holds each scenario's totals and a chart
        await page.getByRole('tab', { name: 'Compare' }).click();
        await page.getByLabel('Discount %').fill('5');
        const compareResponse = page.waitForResponse((r) =>
          r.url().endsWith('/calculations/compare'),
        );
        await page.getByRole('button', { name: 'Compare' }).click();
        const comparison = (await (await compareResponse).json()) as Comparison;
        await page.getByText('Comparison written').waitFor();
        await shot(page, '04-comparison');
        model = await workbook(page);
        // core's comparison spec: totals table Scenario | Upfront | Monthly | 12 months | Lines priced |
        // effective monthly | total over the horizon | Δ effective monthly | Δ over the horizon (compared lines)
        const comparisonRows = [...rows(model, 'AWS Comparison').values()];
        expect(comparison.totals.length).toBeGreaterThanOrEqual(3);
        // the negotiated discount: 5 % off every list price, so 95 % of the On-Demand month
        const monthlyOf = (name: string) =>
          comparison.totals.find((t) => t.scenario === name)?.totals.monthly;
        expectExcelEqual(
          Number(monthlyOf('5% discount')),
          String(Number(monthlyOf('On-Demand')) * 0.95),
        );
        for (const t of comparison.totals) {
          const label =
            t.scenario === comparison.cheapestScenario ? `${t.scenario} (cheapest)` : t.scenario;
          const row = comparisonRows.find((r) => r.A === label);
          expect(row?.C).toBe(Number(t.totals.monthly));
          expect(row?.H).toBe(Number(t.deltaEffectiveMonthly));
        }
        // A cheapest scenario only when every line is priced in every scenario; the sheet says which.
        const verdict = String(
          comparisonRows.find((r) => typeof r.A === 'string' && /cheapest overall/i.test(r.A))?.A,
        );
        if (comparison.basis.complete) expect(verdict).toMatch(/^Cheapest overall: /);
        else {
          expect(comparison.cheapestScenario).toBeNull();
          expect(verdict).toMatch(/^No scenario is named cheapest overall/);
        }
        const comparisonSheet = sheet(model, 'AWS Comparison');
        expect(comparisonSheet.tables).toEqual([
          expect.objectContaining({ name: 'ScenarioTotals' }),
        ]);
        expect(comparisonSheet.charts).toHaveLength(1);
        expect(comparisonSheet.charts[0]?.series.map((x) => x.name)).toEqual(['Effective monthly']);
        expect(pageErrors).toEqual([]);
        await sheetShots(browser, model);
      } catch (error) {
        await shot(page, '99-failure').catch(() => undefined);
        throw error;
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'Add line: a Fargate line into a workbook without the sheet, checked at the field, then calculated',
    async () => {
      const user = await createTestUser('Sales', 'addin-e2e-line');
      const seed: FakeWorkbookModel = {
        sheets: [
          {
            name: 'Notes',
            visibility: 'Visible',
            cells: { A1: { v: 'Customer notes', t: 'String', f: 'General' } },
            tables: [],
            charts: [],
            merges: [],
          },
        ],
        settings: {},
        selected: null,
        log: [],
      };
      const context = await offlineContext(browser);
      await context.addInitScript({
        content: `window.__fakeWorkbookSeed = ${JSON.stringify(seed)};\n${fakeExcelScript()}`,
      });
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      try {
        await page.goto(`${server.url}/taskpane.html`);
        await page.getByLabel('Email').fill(user.email);
        await page.getByLabel('Password').fill(user.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByText('Signed in as').waitFor({ timeout: 30000 });

        await page.getByRole('tab', { name: 'Add line' }).click();
        await page.getByLabel('Add a line for').selectOption('Fargate');
        const form = page.getByRole('form', { name: 'Add a line to the Fargate sheet' });
        await form.getByLabel('Description').fill('Integration workers');
        await form.getByLabel(/^vCPU \(per task\)/).fill('32');
        await form.getByLabel(/^Memory \(GB per task\)/).fill('1');
        await form.getByLabel('Architecture').selectOption('arm64');
        await form.getByLabel(/^Quantity \(tasks\)/).fill('2');
        await page.getByRole('button', { name: 'Add line' }).click();
        // the reader's message, at its field; nothing written
        await form
          .getByText('vCPU must be a number at least 0.25 and at most 16, got 32')
          .waitFor();
        expect(await form.getByLabel(/^vCPU \(per task\)/).getAttribute('aria-invalid')).toBe(
          'true',
        );
        let model = await workbook(page);
        expect(model.sheets.map((s) => s.name)).toEqual(['Notes']);

        await form.getByLabel(/^vCPU \(per task\)/).fill('0.5');
        await page.getByRole('button', { name: 'Add line' }).click();
        await page.getByText(/Added at Fargate!A2 \(the Fargate sheet was added\)/).waitFor();
        model = await workbook(page);
        const fargate = rows(model, 'Fargate');
        expect(fargate.get(1)).toMatchObject({ A: 'Description', C: 'vCPU (per task)' });
        expect(fargate.get(2)).toMatchObject({
          A: 'Integration workers',
          C: 0.5,
          D: 1,
          E: 'arm64',
          H: 2,
        });
        // the template's dropdowns: Architecture, OS and Region, from a hidden Lists sheet
        const validations = model.sheets.find((s) => s.name === 'Fargate')?.validations ?? [];
        expect(
          validations.map((v) => [v.range, v.rule?.list?.source, v.rule?.list?.inCellDropDown]),
        ).toEqual([
          ['E2:E2001', '=Lists!$E$2:$E$3', true],
          ['F2:F2001', '=Lists!$N$2:$N$3', true],
          ['J2:J2001', '=Lists!$A$2:$A$33', true],
        ]);
        expect(validations[0]?.prompt?.title).toBe('Architecture');
        const lists = model.sheets.find((s) => s.name === 'Lists');
        expect(lists?.visibility).toBe('Hidden');
        const listCells = rows(model, 'Lists');
        expect([listCells.get(1)?.E, listCells.get(2)?.E, listCells.get(3)?.E]).toEqual([
          'architecture',
          'x86_64',
          'arm64',
        ]);
        expect([listCells.get(1)?.N, listCells.get(2)?.N, listCells.get(3)?.N]).toEqual([
          'fargateOs',
          'linux',
          'windows',
        ]);
        // 32 region codes, us-east-1 first and sa-east-1 last (core's AWS_REGIONS order)
        expect([listCells.get(2)?.A, listCells.get(33)?.A, listCells.get(34)?.A]).toEqual([
          'us-east-1',
          'sa-east-1',
          undefined,
        ]);

        // the new sheet is our template: Validate reads it, Calculate prices it
        await page.getByRole('tab', { name: 'Workbook' }).click();
        await page.getByRole('button', { name: 'Validate' }).click();
        await page.getByText('Workbook is valid').waitFor();
        const costResponse = page.waitForResponse(
          (r) => r.url().endsWith('/calculations/cost') && r.request().method() === 'POST',
        );
        await page.getByRole('button', { name: 'Calculate' }).click();
        const estimate = (await (await costResponse).json()) as Estimate;
        await page.getByText('Estimate written').waitFor();
        expect(estimate.lines.map((l) => [l.service, l.itemId])).toEqual([
          ['fargate', 'Fargate-2'],
        ]);
        // 2 tasks × 0.5 vCPU × 730 h × $0.03238 + 2 × 1 GB × 730 h × $0.00356 (Linux/Arm, us-east-1,
        // aws.amazon.com/fargate/pricing, 2026-12-05)
        expect(Number(estimate.lines[0]!.monthly)).toBe(28.835);
        model = await workbook(page);
        const row = [...rows(model, 'AWS Estimate').values()].find(
          (r) => r.C === 'Integration workers',
        );
        expectExcelEqual(row?.J, estimate.lines[0]!.monthly);
        await shot(page, '05-add-line-fargate');
        expect(pageErrors).toEqual([]);
      } catch (error) {
        await shot(page, '99-failure-add-line').catch(() => undefined);
        throw error;
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT_MS,
  );
});
