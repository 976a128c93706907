import path from 'node:path';
import { COMPUTE_SHEET, INLINE_JSON_BYTES } from '../../core';
import { createTestUser } from '../helpers/stack-client';
import { E2E_TIMEOUT_MS } from './helpers/browser';
import { describePane, withSignedInPane } from './helpers/pane';
import { calculate, openTab, reprice, stored } from './helpers/pane-actions';
import { computeWorkbook, workbookModel } from './helpers/workbook-file';
import { readSheet, sheetText } from './helpers/workbook-model';

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
const estate = Array.from({ length: ROWS }, (_, i) => ({
  description: `Server ${i + 1}`,
  instanceType: 'm6i.large',
  os: 'Linux',
  quantity: 1,
  region: 'us-east-1',
}));

/** The Compute sheet's cell of `field` on its first data row (row 2). */
function firstRowCell(field: string): string {
  const index = COMPUTE_SHEET.columns.findIndex((c) => c.field === field);
  return `${String.fromCharCode(65 + index)}2`;
}

describePane(
  'Re-price of a large estimate in the task pane (stored answer)',
  'reprice-stored',
  (suite) => {
    it(
      'downloads the stored re-price, writes AWS Estimate and saves the new estimate by resultRef',
      async () => {
        const seed = await workbookModel(await computeWorkbook(estate));
        const user = await createTestUser('Sales', 'reprice-e2e');
        const viewport = { width: 350, height: 900 };
        await withSignedInPane(suite, { user, seed, viewport }, async ({ page }) => {
          // 1. Calculate: stored, downloaded and written; saved by its resultId.
          const cost = stored(await calculate(page, 120_000));
          expect(cost.summary.totals.monthly).toBe('140160');
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
          const repriced = stored(await reprice(page, 'Re-price'));
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
          expect(sheetText(await readSheet(page, 'AWS Estimate'))).toContain('Server 2000');
          await page.screenshot({
            path: path.join(suite.artifacts, 'repriced.png'),
            fullPage: true,
          });

          // 3. Save: the re-priced estimate goes by the resultId stored for it, not as JSON.
          const updated = page.waitForRequest(
            (r) => /\/estimations\/[^/]+$/.test(r.url()) && r.method() === 'PUT',
          );
          await page.getByRole('button', { name: 'Save', exact: true }).click();
          const body = (await updated).postDataJSON() as Record<string, unknown>;
          expect(body.resultRef).toEqual({ resultId: repriced.summary.estimate.resultId });
          expect(body).not.toHaveProperty('result');
          await page.getByText('"Large estate" is saved (version 2)').waitFor({ timeout: 60000 });
        });
      },
      E2E_TIMEOUT_MS,
    );
  },
);
