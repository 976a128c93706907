import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Comparison, Estimate } from '../../core';
import { createTestUser } from '../helpers/stack-client';
import { E2E_TIMEOUT_MS } from './helpers/browser';
import { describePane, withSignedInPane } from './helpers/pane';
import { calculate, inline, openTab, reprice } from './helpers/pane-actions';
import { computeWorkbook, workbookModel } from './helpers/workbook-file';
import { cellTexts, readSheet, sheetText } from './helpers/workbook-model';

/*
 * The sizing policy as a presales engineer uses it in the task pane, on one VM of our template's
 * Compute sheet (2 vCPU, 8 GiB, Linux x86, us-east-1, always on): Calculate, set Intel only in
 * Settings, Calculate again; compare the policy presets; save, go back to any processor, re-price
 * and re-price under the recorded policy. Worked by hand from AWS's EC2 On-Demand prices in
 * us-east-1 (the embedded catalog, AWS's feed of 2025-04-04; aws.amazon.com/ec2/pricing/on-demand/):
 * as sized t3a.large 730 h × $0.0752 = $54.896; Intel only t3.large 730 × $0.0832 = $60.736;
 * Intel, no burstable m7i-flex.large 730 × $0.09576 = $69.9048.
 */
const ONE_VM = {
  description: 'App server',
  vcpu: 2,
  memoryGib: 8,
  os: 'Linux',
  quantity: 1,
  region: 'us-east-1',
  architecture: 'x86_64',
};

const typeOf = (e: Estimate): string | undefined =>
  /, ([a-z0-9-]+\.[a-z0-9]+)\)$/.exec(e.lines[0]!.components[0]!.name)?.[1];

async function setProcessor(page: Page, processor: 'any' | 'intel'): Promise<void> {
  await openTab(page, 'Settings');
  await page.getByLabel('Processor (sizing)').selectOption(processor);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved').waitFor();
}

const estimateText = async (page: Page): Promise<string> =>
  sheetText(await readSheet(page, 'AWS Estimate'));

describePane('the sizing policy in the task pane', 'sizing-policy', (suite) => {
  it(
    'changes what Calculate writes, compares the presets, and re-prices naming the policy change',
    async () => {
      const seed = await workbookModel(await computeWorkbook([ONE_VM]));
      const user = await createTestUser('Sales', 'sizing-e2e');
      const viewport = { width: 350, height: 900 };
      await withSignedInPane(suite, { user, seed, viewport }, async ({ page }) => {
        // 1. As sized, then Intel only: the written breakdown follows the pane's policy.
        const asSized = inline(await calculate(page));
        expect(typeOf(asSized)).toBe('t3a.large');
        expect(asSized.lines[0]!.monthly).toBe('54.896');
        expect(await estimateText(page)).toContain('t3a.large');
        await setProcessor(page, 'intel');
        const intel = inline(await calculate(page));
        expect(typeOf(intel)).toBe('t3.large');
        expect(intel.lines[0]!.monthly).toBe('60.736');
        expect(intel.sizingPolicy).toEqual({ burstable: true, processor: 'intel' });
        const written = await estimateText(page);
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
        const sheet = cellTexts(await readSheet(page, 'AWS Comparison'));
        expect([sheet.C4, sheet.D4, sheet.E4, sheet.F4]).toEqual([
          'Sizing: burstable allowed, Intel only, any generation',
          'Sizing: no burstable, Intel only, any generation',
          'Sizing: burstable allowed, Intel only, any generation',
          'Sizing: burstable allowed, AMD only, any generation',
        ]);
        await page.screenshot({ path: path.join(suite.artifacts, 'compared.png'), fullPage: true });

        // 3. Save under Intel only, go back to any processor, re-price: the change is named.
        await openTab(page, 'Estimations');
        await page.getByLabel('Name').fill('One VM');
        await page.getByRole('button', { name: 'Save as new' }).click();
        await page.getByText('"One VM" is saved').waitFor({ timeout: 30000 });
        await setProcessor(page, 'any');
        await openTab(page, 'Estimations');
        const current = inline(await reprice(page, 'Re-price'));
        expect(current.sizingPolicy.changes).toEqual([
          { field: 'processor', recorded: 'Intel only', current: 'any processor' },
        ]);
        expect(typeOf(current.estimate)).toBe('t3a.large');
        await page.getByText('Re-priced: the sizing policy has changed').waitFor();
        await page.getByText(/processor: Intel only → any processor/).waitFor();
        expect(await estimateText(page)).toContain('t3a.large');
        await page.screenshot({ path: path.join(suite.artifacts, 'repriced.png'), fullPage: true });

        // 4. Under the recorded policy: the saved type and total again.
        const recorded = inline(await reprice(page, 'Re-price under the recorded policy'));
        expect(recorded.sizingPolicy.pricedUnder).toBe('recorded');
        expect(typeOf(recorded.estimate)).toBe('t3.large');
        expect(recorded.totals.deltaMonthly).toBe('0');
        await page.getByText(/re-priced under the recorded policy/).waitFor();
        expect(await estimateText(page)).toContain('t3.large');
      });
    },
    E2E_TIMEOUT_MS,
  );
});
