import path from 'node:path';
import type { Page } from 'playwright-core';
import { TEMPLATE_DATA_SHEETS } from '../../core';
import type { EstimationSummary, Page as ListPage } from '../../core';
import { api, createTestUser } from '../helpers/stack-client';
import type { FakeWorkbookModel } from './host/fake-excel';
import { E2E_TIMEOUT_MS } from './helpers/browser';
import { describePane, withSignedInPane } from './helpers/pane';
import { calculate, openTab } from './helpers/pane-actions';
import { bulkEc2Workbook, workbookModel } from './helpers/workbook-file';
import { readWorkbook } from './helpers/workbook-model';

/*
 * The task pane as a presales engineer meets it in Excel: served by npm start's static server with
 * its config.json (read by the page itself), at the task pane widths of Excel (320 and 350 px).
 * Every tab is walked without horizontal scroll (screenshots in test-artifacts/pane-layout), and a
 * saved workbook, reopened, reconnects to its estimation and Save updates it.
 */
const TABS = ['Workbook', 'Add line', 'Compare', 'Estimations', 'Proposal', 'Settings'];

async function seedWorkbook(): Promise<FakeWorkbookModel> {
  const xlsx = await bulkEc2Workbook([
    {
      group: 'Production',
      description: 'a web tier whose description is long enough to wrap in a narrow pane',
      region: 'us-east-1',
      os: 'Linux',
      instanceType: 'm7g.large',
      tenancy: 'Shared Instances',
      quantity: 2,
      usageType: 'Always On',
      purchasingOption: 'On-Demand',
    },
  ]);
  return workbookModel(xlsx);
}

/**
 * The page never scrolls sideways: scrollWidth ≤ clientWidth of the document and the body. When it
 * does, the elements reaching past the right edge are named (tag, label or text) to show why.
 */
async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  // Fluent's tab overflow measures with a ResizeObserver: let the layout settle (a few frames)
  // before measuring; a layout that never fits fails below with the offending elements.
  await page
    .waitForFunction(
      () =>
        document.documentElement.scrollWidth <= document.documentElement.clientWidth &&
        document.body.scrollWidth <= document.body.clientWidth,
      undefined,
      { timeout: 3000, polling: 'raf' },
    )
    .catch(() => undefined /* measured and reported just below */);
  const found = await page.evaluate(() => {
    const doc = document.documentElement;
    const fits =
      doc.scrollWidth <= doc.clientWidth && document.body.scrollWidth <= document.body.clientWidth;
    const past = fits
      ? []
      : [...document.body.querySelectorAll('*')]
          .filter((e) => e.getBoundingClientRect().right > doc.clientWidth + 0.5)
          .slice(-5)
          .map(
            (e) =>
              `${e.tagName.toLowerCase()}.${e.className.toString().split(' ')[0] ?? ''} ${Math.round(e.getBoundingClientRect().right)}px "${(e.getAttribute('aria-label') ?? e.textContent ?? '').slice(0, 40)}"`,
          );
    return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, past };
  });
  expect({ where, ...found }).toEqual({
    where,
    scrollWidth: found.scrollWidth,
    clientWidth: found.clientWidth,
    past: [],
  });
  expect(found.scrollWidth).toBeLessThanOrEqual(found.clientWidth);
}

/** Every service's Add line form fits too (the longest labels, hints and dropdown words). */
async function walkServiceForms(page: Page): Promise<void> {
  for (const name of TEMPLATE_DATA_SHEETS.map((s) => s.name)) {
    await page.getByLabel('Add a line for').selectOption(name);
    await page.getByRole('form', { name: `Add a line to the ${name} sheet` }).waitFor();
    await expectNoHorizontalScroll(page, `Add line: ${name}`);
  }
  await page.getByLabel('Add a line for').selectOption(TEMPLATE_DATA_SHEETS[0].name);
}

const narrow = { width: 320, height: 800 };

describePane('task pane at 320 and 350 px', 'pane-layout', (suite) => {
  let seed: FakeWorkbookModel;
  beforeAll(async () => {
    seed = await seedWorkbook();
  });

  it.each([320, 350])(
    'at %i px: signs in with the served config.json and walks every tab without horizontal scroll',
    async (width) => {
      const user = await createTestUser('Sales', `pane-${width}`);
      const viewport = { width, height: 800 };
      await withSignedInPane(suite, { user, seed, viewport }, async (pane) => {
        const { page } = pane;
        expect(pane.configLoads).toEqual([`${suite.server.url}/config.json`]);
        await expectNoHorizontalScroll(page, 'signed in');
        await calculate(page);
        for (const name of TABS) {
          await openTab(page, name);
          await expectNoHorizontalScroll(page, name);
          if (name === 'Add line') await walkServiceForms(page);
          const file = `${width}px-${name.replace(/ /g, '-').toLowerCase()}.png`;
          await page.screenshot({ path: path.join(suite.artifacts, file), fullPage: true });
        }
        expect(pane.pageErrors).toEqual([]);
      });
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'a saved workbook, reopened, reconnects to its estimation and Save updates it',
    async () => {
      const user = await createTestUser('Sales', 'pane-reopen');
      const saved = await withSignedInPane(
        suite,
        { user, seed, viewport: narrow },
        async ({ page }) => {
          await calculate(page);
          await openTab(page, 'Estimations');
          await page.getByLabel('Name').fill('Reopen test');
          await page.getByLabel('Customer').fill('Acme');
          const created = page.waitForResponse(
            (r) => r.url().endsWith('/estimations') && r.request().method() === 'POST',
          );
          await page.getByRole('button', { name: 'Save as new' }).click();
          expect((await created).status()).toBe(201);
          await page.getByText('"Reopen test" is saved (version 1).').waitFor();
          return readWorkbook(page);
        },
      );
      const link = JSON.parse(saved.settings['awsCost.estimation'] ?? 'null') as {
        estimationId: string;
      };
      expect(link).toMatchObject({ version: 1, region: 'us-east-1', name: 'Reopen test' });
      expect(link.estimationId).toMatch(/\S/);

      const reopened = { user, seed: saved, viewport: narrow };
      await withSignedInPane(suite, reopened, async ({ page }) => {
        await openTab(page, 'Estimations');
        await page.getByText('This workbook saves to "Reopen test" for Acme (version 1').waitFor();
        await calculate(page);
        await openTab(page, 'Estimations');
        const updated = page.waitForResponse((r) => r.request().method() === 'PUT');
        await page.getByRole('button', { name: 'Save', exact: true }).click();
        const response = await updated;
        // the workbook's own estimation, updated in place
        expect(response.url()).toMatch(new RegExp(`/estimations/${link.estimationId}$`));
        expect(response.status()).toBe(200);
        await page.getByText('"Reopen test" is saved (version 2).').waitFor();
        const file = path.join(suite.artifacts, 'reopened-saved.png');
        await page.screenshot({ path: file, fullPage: true });
      });
      // not a duplicate: the user has exactly that one estimation, now at version 2
      const list = await api<ListPage<EstimationSummary>>('/estimations', { token: user.idToken });
      expect(list.status).toBe(200);
      expect(list.body.items.map((e) => [e.estimationId, e.name, e.version])).toEqual([
        [link.estimationId, 'Reopen test', 2],
      ]);
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'settings persist: region and currency in the profile, the discount and sizing policy in the workbook, back in a new session',
    async () => {
      const user = await createTestUser('Sales', 'pane-settings');
      const model = await withSignedInPane(
        suite,
        { user, seed, viewport: narrow },
        async ({ page }) => {
          await openTab(page, 'Settings');
          await page.getByLabel('Default region').selectOption('eu-west-1');
          await page.getByLabel('Currency').selectOption('EUR');
          await page.getByLabel('Customer discount %').fill('7');
          await page.getByLabel('Burstable types (sizing)').selectOption('excluded');
          await page.getByLabel('Processor (sizing)').selectOption('intel');
          await page.getByLabel('Minimum generation (sizing)').fill('6');
          await page.getByRole('button', { name: 'Save settings' }).click();
          await page.getByText('Settings saved').waitFor();
          return readWorkbook(page);
        },
      );
      expect(JSON.parse(model.settings['awsCost.discounts'] ?? '[]')).toEqual([
        { name: 'Customer discount', percent: 7 },
      ]);
      expect(JSON.parse(model.settings['awsCost.sizingPolicy'] ?? '{}')).toEqual({
        burstable: false,
        processor: 'intel',
        minGeneration: 6,
      });
      // A new browser session over the saved workbook: the profile and the workbook give them back.
      await withSignedInPane(suite, { user, seed: model, viewport: narrow }, async ({ page }) => {
        await openTab(page, 'Settings');
        await expect(page.getByLabel('Default region').inputValue()).resolves.toBe('eu-west-1');
        await expect(page.getByLabel('Currency').inputValue()).resolves.toBe('EUR');
        await expect(page.getByLabel('Customer discount %').inputValue()).resolves.toBe('7');
        await expect(page.getByLabel('Burstable types (sizing)').inputValue()).resolves.toBe(
          'excluded',
        );
        await expect(page.getByLabel('Processor (sizing)').inputValue()).resolves.toBe('intel');
        await expect(page.getByLabel('Minimum generation (sizing)').inputValue()).resolves.toBe(
          '6',
        );
      });
    },
    E2E_TIMEOUT_MS,
  );
});
