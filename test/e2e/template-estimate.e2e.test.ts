import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Estimate } from '../../core';
import { COST_CATEGORIES } from '../../core';
import { buildTemplateWorkbook } from '../../backend/excel';
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
 * Our own template, as "Insert template" puts it in a workbook (GET /excel/template's file, every
 * example row as shipped), validated and calculated in the task pane: every example row is a line
 * of "AWS Estimate" in its category block, in the template's order — the database examples
 * (RDS PostgreSQL, ElastiCache Redis) priced under "Database", not left as warnings at the bottom.
 */
const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const artifacts = path.join(root, 'test-artifacts/template-estimate');
const executable = chromiumPath();

describe('the template, calculated in the task pane', () => {
  if (!executable) {
    it('chromium present', () => console.warn('Template e2e not run: no chromium.'));
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
    'prices every example row, the RDS and ElastiCache ones under Database, in order',
    async () => {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'template-e2e-')), 'template.xlsx');
      writeFileSync(file, await buildTemplateWorkbook());
      const seed = await readWorkbookModel(file);
      const user = await createTestUser('Sales', 'template-e2e');
      const context = await offlineContext(browser, { width: 350, height: 800 });
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
        const costResponse = page.waitForResponse(
          (r) => r.url().endsWith('/calculations/cost') && r.request().method() === 'POST',
        );
        await page.getByRole('button', { name: 'Calculate' }).click();
        const estimate = (await (await costResponse).json()) as Estimate;
        await page.getByText('Estimate written').waitFor({ timeout: 60000 });
        await page.screenshot({ path: path.join(artifacts, 'calculated.png'), fullPage: true });
        const model = await page.evaluate(
          () => JSON.parse(JSON.stringify(window.__fakeWorkbook)) as FakeWorkbookModel,
        );

        // The API priced both database examples (hand-checked figures are core's golden tests').
        const database = estimate.lines.filter(
          (l) => l.service === 'rds' || l.service === 'elasticache',
        );
        expect(database.map((l) => l.description)).toEqual(['Orders DB', 'Session cache']);
        for (const line of database) {
          expect(line.components.every((c) => c.status === 'priced')).toBe(true);
          expect(Number(line.monthly)).toBeGreaterThan(0);
        }
        expect(estimate.warnings.join('\n')).not.toMatch(/Orders DB|Session cache|Database-/);

        // The sheet: category blocks in order, each line where its category says.
        const sheet = model.sheets.find((s) => s.name === 'AWS Estimate');
        if (!sheet) throw new Error('AWS Estimate was not written');
        const rowsByNumber = new Map<number, Record<string, unknown>>();
        for (const [address, cell] of Object.entries(sheet.cells)) {
          const m = /^([A-Z]+)(\d+)$/.exec(address);
          if (!m || cell.t === 'Empty') continue;
          const row = rowsByNumber.get(Number(m[2])) ?? {};
          row[m[1] as string] = cell.v;
          rowsByNumber.set(Number(m[2]), row);
        }
        // below the header row (4): the lines, their components, subtotals, totals and warnings
        const ordered = [...rowsByNumber.entries()]
          .filter(([n]) => n > 4)
          .sort((a, b) => a[0] - b[0])
          .map(([, r]) => r);
        const lineRows = ordered.filter((r) => typeof r.C === 'string' && r.C !== '');
        // One block per category in COST_CATEGORIES order; within a block, the lines in sheet order.
        const byCategory = COST_CATEGORIES.flatMap((category) =>
          estimate.lines.filter((l) => l.category === category),
        );
        expect(lineRows.map((r) => `${String(r.A)}: ${String(r.C)}`)).toEqual(
          byCategory.map((l) => `${l.category}: ${l.description}`),
        );
        expect(lineRows.filter((r) => r.A === 'Database').map((r) => r.C)).toEqual([
          'Orders DB',
          'Session cache',
          'Orders table',
          'Audit table',
        ]);
        expect(ordered.filter((r) => r.F === 'Warning').map((r) => String(r.H))).not.toContainEqual(
          expect.stringMatching(/Orders DB|Session cache/),
        );
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT_MS,
  );
});
