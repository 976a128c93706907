import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { freePort } from '../../backend/local/ports';
import { startStack } from '../../backend/local/stack';
import type { RunningStack } from '../../backend/local/stack';
import { describeIf } from '../helpers/needs';
import { refusingRefreshEnv } from '../helpers/price-list-mirror';
import { api, signIn } from '../helpers/stack-client';
import { createEstimationAs } from '../integration/api-fixtures';
import { artifactsDir, chromiumNeed, launchChromium, offlineContext } from './helpers/browser';
import type { ConsoleUser } from './helpers/console-sign-in';
import {
  SEEDED_ADMIN as ADMIN,
  SEEDED_SALES as SALES,
  signInToConsole,
} from './helpers/console-sign-in';
import { parseCsv } from '../helpers/csv';
import type { StaticServer } from './helpers/static-server';
import { DIST, requireBuilt, serveAdmin } from './helpers/static-server';

/*
 * The admin console end to end (issue 17's done-when): the built console (dist/) in headless
 * Chromium against a fresh local stack of this file's own — the shared stack has the other suites'
 * users, and "fresh" means only npm start's two seeded users. Signed in as the seeded admin it
 * lists both seeded users before either has called the API, invites a user, promotes them,
 * exports the audit CSV filtered to that promotion and reads its rows, and checks that the
 * metrics add up. It sets an admin IP allow-list holding its own address in Settings after the
 * lock-out guard refused one without it. Signed in as Sales the console and the admin API refuse.
 */
const artifacts = artifactsDir('admin-e2e');

/** Waits until the locator shows (the console loads asynchronously); fails with playwright's message. */
async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: 30_000 });
}

describeIf(chromiumNeed(), 'admin console in headless Chromium against a fresh local stack', () => {
  let stack: RunningStack;
  let dataDir: string;
  let site: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    requireBuilt('web-admin/index.html');
    mkdirSync(artifacts, { recursive: true });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'aws-cost-admin-e2e-'));
    // "Refresh now" runs the real refresh job offline: against a fixture mirror the gate refuses.
    Object.assign(process.env, refusingRefreshEnv());
    stack = await startStack({
      envName: 'admine2e',
      scratchDir: dataDir,
      ports: {
        dynamodb: await freePort(),
        s3: 0,
        cognito: 0,
        cognitoInternal: await freePort(),
        api: 0,
      },
    });
    site = await serveAdmin(DIST, {
      apiUrl: stack.apiUrl,
      cognitoEndpoint: stack.cognitoUrl,
      s3Url: stack.s3Url,
      userPoolId: stack.userPoolId,
      userPoolClientId: stack.clientId,
    });
    browser = await launchChromium();
  }, 150_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await stack?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  async function signedIn(who: ConsoleUser): Promise<{
    context: BrowserContext;
    page: Page;
  }> {
    const context = await offlineContext(browser, { width: 1280, height: 900 });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await signInToConsole(page, site.url, who);
      expect(problems).toEqual([]);
      return { context, page };
    } catch (error) {
      await context.close();
      throw error;
    }
  }

  it('lists both seeded users before either signs in, invites and promotes a user, exports the filtered audit CSV, and its metrics add up', async () => {
    const { context, page } = await signedIn(ADMIN);
    try {
      const users = page.getByRole('table', { name: 'Users' });
      // Neither seeded user has called the API: no profile exists, the list is the user pool's.
      const salesRow = users.getByRole('row').filter({ hasText: SALES.email });
      await visible(salesRow.getByText('never signed in'));
      await visible(users.getByRole('row').filter({ hasText: ADMIN.email }));
      await page.screenshot({ path: path.join(artifacts, '01-users.png'), fullPage: true });

      const invite = page.getByRole('form', { name: 'Invite a user' });
      await invite.getByLabel('Email').fill('new.hire@example.com');
      await invite.getByLabel('First name').fill('Nora');
      await invite.getByLabel('Last name').fill('Hire');
      await invite.getByRole('button', { name: 'Invite' }).click();
      const newRow = users.getByRole('row').filter({ hasText: 'new.hire@example.com' });
      await visible(newRow.getByText('invited'));

      await newRow.getByLabel('Role of new.hire@example.com').selectOption('Admin');
      const dialog = page.getByRole('dialog', { name: 'Confirm the change' });
      await visible(dialog.getByText('Set the role of new.hire@example.com to Admin?'));
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await page.getByText('new.hire@example.com: role set to Admin').waitFor();
      expect(await newRow.getByLabel('Role of new.hire@example.com').inputValue()).toBe('Admin');

      await page.getByRole('tab', { name: 'Audit logs' }).click();
      // The user by part of their email (autocomplete), the action from the list, a preset.
      await page.getByRole('combobox', { name: 'User' }).fill(ADMIN.email.slice(0, 4));
      await page.getByRole('option', { name: ADMIN.email }).click();
      await page.getByRole('combobox', { name: 'Action' }).click();
      await page
        .getByRole('option', { name: 'User changed by an administrator (user.admin-update)' })
        .click();
      await page.getByRole('combobox', { name: 'When' }).click();
      await page.getByRole('option', { name: 'Last 24 hours' }).click();
      await page.getByRole('button', { name: 'Apply filters' }).click();
      const entries = page.getByRole('table', { name: 'Audit log entries' });
      // The unfiltered first page also lists the invitation: wait until the filter replaced it.
      await entries
        .getByText('User invited')
        .first()
        .waitFor({ state: 'detached', timeout: 30_000 });
      // The target by name, linked to the Users page filtered to that user.
      await entries.getByRole('button', { name: 'new.hire@example.com' }).waitFor();
      expect(await entries.getByRole('row').count()).toBe(2);
      await visible(entries.getByText('User changed by an administrator'));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export CSV (applied filters)' }).click(),
      ]);
      const file = path.join(artifacts, 'audit-log.csv');
      await download.saveAs(file);
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text.slice(1));
      expect(header).toEqual([
        'Time (UTC)',
        'User email',
        'User id',
        'Action',
        'Target type',
        'Target id',
        'Target name',
        'Changes',
        'Request id',
      ]);
      // The filter holds: exactly the one promotion, by the admin, with its change readable.
      expect(rows).toHaveLength(1);
      const [row] = rows as [string[]];
      expect(row[1]).toBe(ADMIN.email);
      expect(row[3]).toBe('user.admin-update');
      expect(row[4]).toBe('user');
      expect(row[6]).toBe('new.hire@example.com');
      expect(row[7]).toBe('role: Sales → Admin');
      expect(Date.now() - Date.parse(row[0]!)).toBeLessThan(24 * 3_600_000);
      await page.getByText('Exported 1 audit entries.').waitFor();
      // The link opens the Users page filtered to that user.
      await entries.getByRole('button', { name: 'new.hire@example.com' }).click();
      await visible(users.getByRole('row').filter({ hasText: 'new.hire@example.com' }));
      expect(await users.getByRole('row').count()).toBe(2);
      expect(await page.getByRole('textbox', { name: 'Search users' }).inputValue()).toBe(
        'new.hire@example.com',
      );

      await metricsAddUp(page);
    } finally {
      await context.close();
    }
  }, 180_000);

  /** Two Sales estimations exist (one is marked won); every figure shown must agree with them. */
  async function metricsAddUp(page: Page): Promise<void> {
    const sales = await signIn(SALES.email, SALES.password, 'Sales');
    await createEstimationAs(sales, 'Draft one');
    const won = await createEstimationAs(sales, 'Won one');
    const put = await api(`/estimations/${won.estimationId}`, {
      method: 'PUT',
      token: sales.idToken,
      body: { version: won.version, status: 'won' },
    });
    expect(put.status).toBe(200);
    await page.getByRole('tab', { name: 'Metrics' }).click();
    const card = (label: string) => page.getByLabel(label, { exact: true });
    await visible(card('Estimations').getByText('2', { exact: true }));
    const byStatus = await page.getByRole('list', { name: 'Estimations by status' }).innerText();
    const counts: Record<string, number> = Object.fromEntries(
      byStatus
        .split('\n')
        .map((l) => /^(\w+): (\d+)$/.exec(l.trim()))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => [m[1] as string, Number(m[2])]),
    );
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(2);
    expect(counts.won).toBe(1);
    // Users: the pool's three accounts (two seeded, one invited), as the Users page lists them.
    await visible(card('Users').getByText('3', { exact: true }));
    await page.screenshot({ path: path.join(artifacts, '02-metrics.png'), fullPage: true });
  }

  it("refreshes the catalog now and shows the refusal with the validation gate's reasons", async () => {
    const { context, page } = await signedIn(ADMIN);
    try {
      await page.getByRole('tab', { name: 'Price catalog' }).click();
      await visible(page.getByRole('table', { name: 'Price sources' }));
      await page.getByRole('button', { name: 'Refresh now' }).click();
      const reasons = page.getByRole('list', { name: "The gate's reasons" });
      await visible(reasons);
      const text = await reasons.innerText();
      expect(text).toMatch(/us-east-1/);
      expect(text).toMatch(/missing price for ec2: /);
      await visible(page.getByText('refused by the validation gate — nothing published'));
      await page.screenshot({
        path: path.join(artifacts, '04-catalog-refresh.png'),
        fullPage: true,
      });
    } finally {
      await context.close();
    }
  }, 120_000);

  it('sets an admin IP allow-list holding the current address in Settings; the lock-out guard refuses one without it', async () => {
    const { context, page } = await signedIn(ADMIN);
    try {
      await page.getByRole('tab', { name: 'Settings' }).click();
      // The console calls the stack from 127.0.0.1: the API reports that address (GET /admin/whoami).
      await visible(page.getByText('Your current address: 127.0.0.1', { exact: true }));
      await page.getByRole('button', { name: 'Add range' }).click();
      await page.getByLabel('Allowed range 1').fill('10.0.0.0/8');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await visible(
        page.getByText(
          'Admin IP allow-list must contain your current address 127.0.0.1, or saving would lock you out; add a range containing it or remove every range',
        ),
      );
      // The API's own guard, for a client that skips the console's check.
      const admin = await signIn(ADMIN.email, ADMIN.password, 'Admin');
      const read = await api<{ version: number }>('/admin/settings', { token: admin.idToken });
      const refused = await api<{ message: string }>('/admin/settings', {
        method: 'PUT',
        token: admin.idToken,
        body: { version: read.body.version, adminIpAllowList: ['10.0.0.0/8'] },
      });
      expect(refused.status).toBe(409);
      expect(refused.body.message).toContain('Your current address 127.0.0.1');

      await page.getByRole('button', { name: 'Remove allowed range 1' }).click();
      await page.getByRole('button', { name: 'Add my address (127.0.0.1/32)' }).click();
      expect(await page.getByLabel('Allowed range 1').inputValue()).toBe('127.0.0.1/32');
      await page.getByRole('button', { name: 'Save settings' }).click();
      await visible(page.getByText(/^Settings saved \(version \d+\)\.$/));
      await visible(page.getByText('Your current address: 127.0.0.1 (allowed)'));
      const saved = await api<{ adminIpAllowList: string[]; version: number }>('/admin/settings', {
        token: admin.idToken,
      });
      expect(saved.body.adminIpAllowList).toEqual(['127.0.0.1/32']);
      // The saved list is enforced and holds this address: the console's admin calls still answer.
      await page.getByRole('tab', { name: 'Users' }).click();
      await visible(page.getByRole('table', { name: 'Users' }).getByText(ADMIN.email));
      await page.getByRole('tab', { name: 'Settings' }).click();
      await visible(page.getByText('Your current address: 127.0.0.1 (allowed)'));
      await page.screenshot({ path: path.join(artifacts, '05-ip-allow-list.png'), fullPage: true });
      await page.getByRole('button', { name: 'Remove allowed range 1' }).click();
      await page.getByRole('button', { name: 'Save settings' }).click();
      await visible(page.getByText(`Settings saved (version ${saved.body.version + 1}).`));
      const cleared = await api<{ adminIpAllowList: string[] }>('/admin/settings', {
        token: admin.idToken,
      });
      expect(cleared.body.adminIpAllowList).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('refuses a Sales user: the console signs them out with the reason, the admin API answers 403', async () => {
    const { context, page } = await signedIn(SALES);
    try {
      await visible(
        page.getByText(
          'sales@example.com has the Sales role. The admin console needs the Admin role; ask an administrator.',
        ),
      );
      expect(await page.getByRole('tab', { name: 'Users' }).count()).toBe(0);
      await page.screenshot({ path: path.join(artifacts, '03-sales-refused.png'), fullPage: true });
    } finally {
      await context.close();
    }
    const sales = await signIn(SALES.email, SALES.password, 'Sales');
    for (const route of ['/admin/users', '/admin/audit-logs/export?format=csv', '/admin/metrics']) {
      const res = await api(route, { token: sales.idToken });
      expect({ route, status: res.status }).toEqual({ route, status: 403 });
    }
  }, 120_000);
});
