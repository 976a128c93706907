import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Comparison } from '../../core';
import { createTestUser } from '../helpers/stack-client';
import type { FakeWorkbookModel } from './host/fake-excel';
import { E2E_TIMEOUT_MS } from './helpers/browser';
import type { PaneSuite } from './helpers/pane';
import { describePane, withSignedInPane } from './helpers/pane';
import { calculate, inline } from './helpers/pane-actions';
import { bulkEc2Workbook, fakeSheet, fakeWorkbook, workbookModel } from './helpers/workbook-file';
import { readWorkbook, sheetOf, sheetRows } from './helpers/workbook-model';
import { sheetHtml } from './helpers/sheet-html';

/*
 * The add-in end to end: the built task pane (dist/) in headless Chromium with office.js served
 * locally, a fake Excel backed by a real AWS bulk-import workbook, against the local stack.
 * sign in -> validate (a bad cell is marked, clicked, fixed, and its mark cleared) -> calculate ->
 * compare; the cells written must equal the numbers the API returned.
 */
/** `E2E_SCREENSHOTS=docs`: also write the screenshots the README shows into docs/screenshots/. */
const docsShots =
  process.env.E2E_SCREENSHOTS === 'docs' ? path.resolve(__dirname, '../../docs/screenshots') : null;

/** Rows of a sheet of `model` as {A: value, B: value, ...} keyed by row number. */
const rows = (model: FakeWorkbookModel, name: string) => sheetRows(sheetOf(model, name));

/**
 * Totals are live formulas that Excel recalculates in binary floating point (119.136 can come back
 * as 119.13600000000001): equal to the API's exact decimal within 1e-9 relative, as Excel shows it.
 */
function expectExcelEqual(cell: unknown, exact: string): void {
  expect(typeof cell).toBe('number');
  const want = Number(exact);
  expect(Math.abs((cell as number) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));
}

/** A screenshot into the suite's artifacts, and into docs/screenshots/ with E2E_SCREENSHOTS=docs. */
async function shot(suite: PaneSuite, page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(suite.artifacts, `${name}.png`), fullPage: true });
  if (docsShots)
    await page.screenshot({ path: path.join(docsShots, `${name}.png`), fullPage: true });
}

/** The sheets the add-in wrote, drawn as grids (docs/screenshots/sheet-*.png). */
async function sheetShots(browser: Browser, model: FakeWorkbookModel): Promise<void> {
  if (!docsShots) return;
  // A small viewport: the full-page screenshot is then exactly the grid's size.
  const page = await browser.newPage({ viewport: { width: 400, height: 100 } });
  try {
    for (const name of ['AWS Estimate', 'Assumptions', 'AWS Comparison']) {
      await page.setContent(sheetHtml(sheetOf(model, name)));
      const file = `sheet-${name.toLowerCase().replace(/\s+/g, '-')}.png`;
      await page.screenshot({ path: path.join(docsShots, file), fullPage: true });
    }
  } finally {
    await page.close();
  }
}

describePane('Excel add-in in headless Chromium against the local stack', 'addin-e2e', (suite) => {
  beforeAll(() => {
    if (docsShots) mkdirSync(docsShots, { recursive: true });
  });

  it(
    'signs in, validates a bulk-import workbook in place, calculates and compares; cells equal the API numbers',
    async () => {
      const user = await createTestUser('Sales', 'addin-e2e');
      const xlsx = await bulkEc2Workbook([
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
      const seed = await workbookModel(xlsx);
      // sign in with Amplify against cognito-local; the form screenshot before Sign in is pressed
      const beforeSignIn = (page: Page) => shot(suite, page, '01-sign-in');
      await withSignedInPane(suite, { user, seed, beforeSignIn }, async ({ page, pageErrors }) => {
        // validate: the bad quantity is listed, marked red and selectable
        await page.getByRole('button', { name: 'Validate' }).click();
        await page.getByText('Fix the marked cells').waitFor();
        await shot(suite, page, '02-validation-errors');
        let model = await readWorkbook(page);
        expect(sheetOf(model, 'Inputs').cells.H4?.fill).toBe('#FDE7E9');
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
        model = await readWorkbook(page);
        expect(sheetOf(model, 'Inputs').cells.H4?.fill).toBeUndefined();

        // calculate: "AWS Estimate" holds the API's numbers
        const estimate = inline(await calculate(page));
        await shot(suite, page, '03-estimate');
        model = await readWorkbook(page);
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
        expect(sheetOf(model, 'AWS Estimate').freeze).toBe('rows 4');
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
        await shot(suite, page, '04-comparison');
        model = await readWorkbook(page);
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
        const comparisonSheet = sheetOf(model, 'AWS Comparison');
        expect(comparisonSheet.tables).toEqual([
          expect.objectContaining({ name: 'ScenarioTotals' }),
        ]);
        expect(comparisonSheet.charts).toHaveLength(1);
        expect(comparisonSheet.charts[0]?.series.map((x) => x.name)).toEqual(['Effective monthly']);
        expect(pageErrors).toEqual([]);
        await sheetShots(suite.browser, model);
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'Add line: a Fargate line into a workbook without the sheet, checked at the field, then calculated',
    async () => {
      const user = await createTestUser('Sales', 'addin-e2e-line');
      const notes = fakeSheet('Notes', { A1: { v: 'Customer notes', t: 'String', f: 'General' } });
      const seed = fakeWorkbook([notes]);
      await withSignedInPane(suite, { user, seed }, async ({ page, pageErrors }) => {
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
        let model = await readWorkbook(page);
        expect(model.sheets.map((s) => s.name)).toEqual(['Notes']);

        await form.getByLabel(/^vCPU \(per task\)/).fill('0.5');
        await page.getByRole('button', { name: 'Add line' }).click();
        await page.getByText(/Added at Fargate!A2 \(the Fargate sheet was added\)/).waitFor();
        model = await readWorkbook(page);
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
        const estimate = inline(await calculate(page));
        expect(estimate.lines.map((l) => [l.service, l.itemId])).toEqual([
          ['fargate', 'Fargate-2'],
        ]);
        // 2 tasks × 0.5 vCPU × 730 h × $0.03238 + 2 × 1 GB × 730 h × $0.00356 (Linux/Arm, us-east-1,
        // aws.amazon.com/fargate/pricing, 2026-12-05)
        expect(Number(estimate.lines[0]!.monthly)).toBe(28.835);
        model = await readWorkbook(page);
        const row = [...rows(model, 'AWS Estimate').values()].find(
          (r) => r.C === 'Integration workers',
        );
        expectExcelEqual(row?.J, estimate.lines[0]!.monthly);
        await shot(suite, page, '05-add-line-fargate');
        expect(pageErrors).toEqual([]);
      });
    },
    E2E_TIMEOUT_MS,
  );
});
