import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { Comparison, Estimate, EstimateRepricing } from '../../core';
import { COMPUTE_SHEET } from '../../core';
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
 * The sizing policy as a presales engineer uses it in the task pane, on one VM of our template's
 * Compute sheet (2 vCPU, 8 GiB, Linux x86, us-east-1, always on): Calculate, set Intel only in
 * Settings, Calculate again; compare the policy presets; save, go back to any processor, re-price
 * and re-price under the recorded policy. Worked by hand from AWS's EC2 On-Demand prices in
 * us-east-1 (the embedded catalog, AWS's feed of 2025-04-04; aws.amazon.com/ec2/pricing/on-demand/):
 * as sized t3a.large 730 h × $0.0752 = $54.896; Intel only t3.large 730 × $0.0832 = $60.736;
 * Intel, no burstable m7i-flex.large 730 × $0.09576 = $69.9048.
 */
const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const artifacts = path.join(root, 'test-artifacts/sizing-policy');
const executable = chromiumPath();

async function seedWorkbook(): Promise<FakeWorkbookModel> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sizing-e2e-')), 'one-vm.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(COMPUTE_SHEET.name);
  const values: Record<string, string | number> = {
    description: 'App server',
    vcpu: 2,
    memoryGib: 8,
    os: 'Linux',
    quantity: 1,
    region: 'us-east-1',
    architecture: 'x86_64',
  };
  ws.addRow(COMPUTE_SHEET.columns.map((c) => c.aliases[0] ?? c.field));
  ws.addRow(COMPUTE_SHEET.columns.map((c) => values[c.field] ?? null));
  await wb.xlsx.writeFile(file);
  return readWorkbookModel(file);
}

const typeOf = (e: Estimate): string | undefined =>
  /, ([a-z0-9-]+\.[a-z0-9]+)\)$/.exec(e.lines[0]!.components[0]!.name)?.[1];

async function sheetText(page: Page, name: string): Promise<Record<string, string>> {
  const model = await page.evaluate(
    () => JSON.parse(JSON.stringify(window.__fakeWorkbook)) as FakeWorkbookModel,
  );
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`${name} was not written`);
  return Object.fromEntries(Object.entries(sheet.cells).map(([a, c]) => [a, String(c.v ?? '')]));
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

async function setProcessor(page: Page, processor: 'any' | 'intel'): Promise<void> {
  await openTab(page, 'Settings');
  await page.getByLabel('Processor (sizing)').selectOption(processor);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved').waitFor();
}

async function calculate(page: Page): Promise<Estimate> {
  await openTab(page, 'Workbook');
  const response = page.waitForResponse(
    (r) => r.url().endsWith('/calculations/cost') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Calculate' }).click();
  const estimate = (await (await response).json()) as Estimate;
  await page.getByText('Estimate written').waitFor({ timeout: 60000 });
  return estimate;
}

async function reprice(page: Page, button: string): Promise<EstimateRepricing> {
  const response = page.waitForResponse(
    (r) => r.url().endsWith('/calculations/reprice') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: button }).click();
  const answer = await response;
  expect(answer.status()).toBe(200);
  return (await answer.json()) as EstimateRepricing;
}

describe('the sizing policy in the task pane', () => {
  if (!executable) {
    it('chromium present', () => console.warn('Sizing policy e2e not run: no chromium.'));
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
    'changes what Calculate writes, compares the presets, and re-prices naming the policy change',
    async () => {
      const seed = await seedWorkbook();
      const user = await createTestUser('Sales', 'sizing-e2e');
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

        // 1. As sized, then Intel only: the written breakdown follows the pane's policy.
        const asSized = await calculate(page);
        expect(typeOf(asSized)).toBe('t3a.large');
        expect(asSized.lines[0]!.monthly).toBe('54.896');
        expect(Object.values(await sheetText(page, 'AWS Estimate')).join('\n')).toContain(
          't3a.large',
        );
        await setProcessor(page, 'intel');
        const intel = await calculate(page);
        expect(typeOf(intel)).toBe('t3.large');
        expect(intel.lines[0]!.monthly).toBe('60.736');
        expect(intel.sizingPolicy).toEqual({ burstable: true, processor: 'intel' });
        const written = Object.values(await sheetText(page, 'AWS Estimate')).join('\n');
        expect(written).toContain('t3.large');
        expect(written).not.toContain('t3a.large');

        // 2. Compare: the workbook's policy (Intel only) against the presets, each column named.
        await openTab(page, 'Compare');
        await page.getByLabel('1 yr Compute Savings Plan').uncheck();
        for (const label of ['No burstable', 'Intel only', 'AMD only'])
          await page.getByLabel(label).check();
        const compared = page.waitForResponse((r) => r.url().endsWith('/calculations/compare'));
        await page.getByRole('button', { name: 'Compare' }).click();
        const comparison = (await (await compared).json()) as Comparison;
        await page.getByText('Comparison written').waitFor({ timeout: 60000 });
        expect(comparison.lines[0]!.monthly).toEqual(['60.736', '69.9048', '60.736', '54.896']);
        expect(comparison.cheapestScenario).toBe('AMD only');
        const sheet = await sheetText(page, 'AWS Comparison');
        expect([sheet.C4, sheet.D4, sheet.E4, sheet.F4]).toEqual([
          'Sizing: burstable allowed, Intel only, any generation',
          'Sizing: no burstable, Intel only, any generation',
          'Sizing: burstable allowed, Intel only, any generation',
          'Sizing: burstable allowed, AMD only, any generation',
        ]);
        await page.screenshot({ path: path.join(artifacts, 'compared.png'), fullPage: true });

        // 3. Save under Intel only, go back to any processor, re-price: the change is named.
        await openTab(page, 'Estimations');
        await page.getByLabel('Name').fill('One VM');
        await page.getByRole('button', { name: 'Save as new' }).click();
        await page.getByText('"One VM" is saved').waitFor({ timeout: 30000 });
        await setProcessor(page, 'any');
        await openTab(page, 'Estimations');
        const current = await reprice(page, 'Re-price');
        expect(current.sizingPolicy.changes).toEqual([
          { field: 'processor', recorded: 'Intel only', current: 'any processor' },
        ]);
        expect(typeOf(current.estimate)).toBe('t3a.large');
        await page.getByText('Re-priced: the sizing policy has changed').waitFor();
        await page.getByText(/processor: Intel only → any processor/).waitFor();
        expect(Object.values(await sheetText(page, 'AWS Estimate')).join('\n')).toContain(
          't3a.large',
        );
        await page.screenshot({ path: path.join(artifacts, 'repriced.png'), fullPage: true });

        // 4. Under the recorded policy: the saved type and total again.
        const recorded = await reprice(page, 'Re-price under the recorded policy');
        expect(recorded.sizingPolicy.pricedUnder).toBe('recorded');
        expect(typeOf(recorded.estimate)).toBe('t3.large');
        expect(recorded.totals.deltaMonthly).toBe('0');
        await page.getByText(/re-priced under the recorded policy/).waitFor();
        expect(Object.values(await sheetText(page, 'AWS Estimate')).join('\n')).toContain(
          't3.large',
        );
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT_MS,
  );
});
