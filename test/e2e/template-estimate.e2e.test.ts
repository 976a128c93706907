import path from 'node:path';
import { COST_CATEGORIES } from '../../core';
import { buildTemplateWorkbook } from '../../backend/excel';
import { createTestUser } from '../helpers/stack-client';
import { E2E_TIMEOUT_MS } from './helpers/browser';
import { describePane, withSignedInPane } from './helpers/pane';
import { calculate, inline } from './helpers/pane-actions';
import { workbookModel } from './helpers/workbook-file';
import { readSheet, sheetRows } from './helpers/workbook-model';

/*
 * Our own template, as "Insert template" puts it in a workbook (GET /excel/template's file, every
 * example row as shipped), validated and calculated in the task pane: every example row is a line
 * of "AWS Estimate" in its category block, in the template's order — the database examples
 * (RDS PostgreSQL, ElastiCache Redis) priced under "Database", not left as warnings at the bottom.
 */
describePane('the template, calculated in the task pane', 'template-estimate', (suite) => {
  it(
    'prices every example row, the RDS and ElastiCache ones under Database, in order',
    async () => {
      const seed = await workbookModel(await buildTemplateWorkbook());
      const user = await createTestUser('Sales', 'template-e2e');
      const viewport = { width: 350, height: 800 };
      await withSignedInPane(suite, { user, seed, viewport }, async ({ page }) => {
        const estimate = inline(await calculate(page));
        const file = path.join(suite.artifacts, 'calculated.png');
        await page.screenshot({ path: file, fullPage: true });

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
        const rowsByNumber = sheetRows(await readSheet(page, 'AWS Estimate'));
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
      });
    },
    E2E_TIMEOUT_MS,
  );
});
