import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type {
  CostResponse,
  EstimateSummary,
  RepriceResponse,
  RepricingSummary,
  StoredResponse,
} from '../../core';
import { COMPUTE_SHEET, INLINE_JSON_BYTES, isStoredResponse } from '../../core';
import { createTestUser } from '../helpers/stack-client';
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
import { readWorkbookModel } from './helpers/workbook-file';

/*
 * Re-price of an estimate too large to answer inline, from the task pane: 2,000 rows of our
 * template's Compute sheet, each one m6i.large Linux in us-east-1, always on. Calculate is
 * answered stored and saved by resultRef; one row then gets a second instance and Re-price is
 * answered stored too — the pane downloads it, writes AWS Estimate and saves the new estimate by
 * the resultId the API stored it under. Worked by hand from AWS's EC2 On-Demand price in
 * us-east-1 (embedded catalog, AWS's feed of 2025-04-04; aws.amazon.com/ec2/pricing/on-demand/):
 * m6i.large $0.096/h × 730 h = $70.08 a row; 2,000 rows $140,160.00; with a second instance on
 * one row +$70.08 → $140,230.08.
 */
const ROWS = 2000;
const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const artifacts = path.join(root, 'test-artifacts/reprice-stored');
const executable = chromiumPath();

async function seedWorkbook(): Promise<FakeWorkbookModel> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'reprice-e2e-')), 'estate.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(COMPUTE_SHEET.name);
  ws.addRow(COMPUTE_SHEET.columns.map((c) => c.aliases[0] ?? c.field));
  for (let i = 1; i <= ROWS; i++) {
    const values: Record<string, string | number> = {
      description: `Server ${i}`,
      instanceType: 'm6i.large',
      os: 'Linux',
      quantity: 1,
      region: 'us-east-1',
    };
    ws.addRow(COMPUTE_SHEET.columns.map((c) => values[c.field] ?? null));
  }
  await wb.xlsx.writeFile(file);
  return readWorkbookModel(file);
}

/** The Compute sheet's cell of `field` on its first data row (row 2). */
function firstRowCell(field: string): string {
  const index = COMPUTE_SHEET.columns.findIndex((c) => c.field === field);
  return `${String.fromCharCode(65 + index)}2`;
}

async function openTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByRole('tab', { name: /^More sections/ }).click();
    await page.getByRole('menuitem', { name }).click();
  }
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
}

async function estimateSheetText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const sheet = window.__fakeWorkbook.sheets.find((s) => s.name === 'AWS Estimate');
    return sheet
      ? Object.values(sheet.cells)
          .map((c) => String(c.v ?? ''))
          .join('\n')
      : '';
  });
}

function stored<S>(body: unknown): StoredResponse<S> {
  if (!isStoredResponse<S>(body)) throw new Error('expected a stored answer');
  return body;
}

describe('Re-price of a large estimate in the task pane (stored answer)', () => {
  if (!executable) {
    it('chromium present', () => console.warn('Stored re-price e2e not run: no chromium.'));
    return;
  }
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    if (!existsSync(path.join(dist, 'taskpane.html')))
      throw new Error('dist/taskpane.html is missing: run `npm run build` before the e2e tests.');
    mkdirSync(artifacts, { recursive: true });
    server = await servePane(dist);
    browser = await launchChromium(executable);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'downloads the stored re-price, writes AWS Estimate and saves the new estimate by resultRef',
    async () => {
      const seed = await seedWorkbook();
      const user = await createTestUser('Sales', 'reprice-e2e');
      const context = await offlineContext(browser, { width: 350, height: 900 });
      await context.addInitScript({
        content: `window.__fakeWorkbookSeed = ${JSON.stringify(seed)};\n${fakeExcelScript()}`,
      });
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}/taskpane.html`);
        await page.getByLabel('Email').fill(user.email);
        await page.getByLabel('Password').fill(user.password);
        await page.getByRole('button', { name: 'Sign in' }).click();
        await page.getByText('Signed in as').waitFor({ timeout: 30000 });

        // 1. Calculate: stored, downloaded and written; saved by its resultId.
        await openTab(page, 'Workbook');
        const costAnswer = page.waitForResponse((r) => r.url().endsWith('/calculations/cost'));
        await page.getByRole('button', { name: 'Calculate' }).click();
        const cost = stored<EstimateSummary>((await (await costAnswer).json()) as CostResponse);
        expect(cost.summary.totals.monthly).toBe('140160');
        await page.getByText('Estimate written').waitFor({ timeout: 120000 });
        await openTab(page, 'Estimations');
        await page.getByLabel('Name').fill('Large estate');
        const created = page.waitForRequest(
          (r) => r.url().endsWith('/estimations') && r.method() === 'POST',
        );
        await page.getByRole('button', { name: 'Save as new' }).click();
        expect((await created).postDataJSON()).toMatchObject({
          resultRef: { resultId: cost.stored.resultId },
        });
        await page.getByText('"Large estate" is saved').waitFor({ timeout: 60000 });

        // 2. A second instance on the first row, then Re-price: stored, downloaded, written.
        await page.evaluate((cell) => {
          const compute = window.__fakeWorkbook.sheets.find((s) => s.name === 'Compute');
          compute!.cells[cell] = { v: 2, t: 'Double', f: 'General' };
        }, firstRowCell('quantity'));
        const repriceAnswer = page.waitForResponse((r) =>
          r.url().endsWith('/calculations/reprice'),
        );
        await page.getByRole('button', { name: 'Re-price' }).click();
        const answer = await repriceAnswer;
        expect(answer.status()).toBe(200);
        const repriced = stored<RepricingSummary>((await answer.json()) as RepriceResponse);
        expect(repriced.stored.kind).toBe('reprice');
        expect(repriced.stored.download.bytes).toBeGreaterThan(INLINE_JSON_BYTES);
        expect(repriced.summary.totals).toMatchObject({
          previous: { monthly: '140160' },
          current: { monthly: '140230.08' },
          deltaMonthly: '70.08',
        });
        expect(repriced.summary.lineStatuses).toMatchObject({ changed: 1, unchanged: ROWS - 1 });
        await page
          .getByText(/monthly \$140,160\.00 → \$140,230\.08 \(\+\$70\.08\); 1 changed/)
          .waitFor({ timeout: 120000 });
        expect(await estimateSheetText(page)).toContain('Server 2000');
        await page.screenshot({ path: path.join(artifacts, 'repriced.png'), fullPage: true });

        // 3. Save: the re-priced estimate goes by the resultId stored for it, not as JSON.
        const updated = page.waitForRequest(
          (r) => /\/estimations\/[^/]+$/.test(r.url()) && r.method() === 'PUT',
        );
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        const body = (await updated).postDataJSON() as Record<string, unknown>;
        expect(body.resultRef).toEqual({ resultId: repriced.summary.estimate.resultId });
        expect(body).not.toHaveProperty('result');
        await page.getByText('"Large estate" is saved (version 2)').waitFor({ timeout: 60000 });
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT_MS,
  );
});
