import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Need } from '../helpers/needs';
import { describeIf } from '../helpers/needs';
import { E2E_TIMEOUT_MS, chromiumPath, launchChromium } from './helpers/browser';
import type { BlockResponse } from './helpers/firewall-front';
import {
  WAF_DEFAULT_BLOCK,
  firewallFront,
  synthesisedAdminRefusal,
} from './helpers/firewall-front';
import type { StaticServer } from './helpers/static-server';
import { serveAdmin, stackEndpoints } from './helpers/static-server';

/*
 * The admin IP rule of the WAF (infra/constructs/admin-ip-rule.ts, DECISIONS 83) seen from the
 * console: the built console in headless Chromium, on another origin than the API, signed in from
 * a network outside the allow-list. With the rule's synthesised block response the browser reads
 * the 403 and the console shows its message; with WAF's default block (no CORS headers) the same
 * refusal reaches the console only as "did not answer" — why the rule has a custom response — and
 * so does the custom response if CORS preflights were blocked too — why the rule lets them pass.
 */
const dist = path.resolve(__dirname, '../../dist');
const executable = chromiumPath();
const ready: Need = !executable
  ? { met: false, reason: 'needs chromium (apt-get install -y chromium, or set CHROMIUM_PATH)' }
  : { met: true, reason: '' };

const ADMIN = { email: 'admin@example.com', password: 'Admin#Local2026' };

describeIf(ready, 'admin console behind the WAF admin IP rule, from outside the allow-list', () => {
  let browser: Browser;
  const open: StaticServer[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(dist, 'web-admin/index.html')))
      throw new Error('dist/web-admin/index.html is missing: run `npm run build` first.');
    browser = await launchChromium(executable as string);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    for (const server of open) await server.close();
  });

  /** Signs in to a console whose API sits behind a firewall answering `block` on /admin/. */
  async function consoleBehind(block: BlockResponse): Promise<Page> {
    const stack = stackEndpoints();
    const front = await firewallFront(stack.apiUrl, block);
    open.push(front);
    const site = await serveAdmin(dist, { ...stack, apiUrl: front.url });
    open.push(site);
    // Not offlineContext: with request routing on, playwright answers CORS preflights itself, and
    // the browser's own preflight is what this test is about. The console loads nothing remote.
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await page.goto(site.url);
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Email').fill(ADMIN.email);
    await form.getByLabel('Password').fill(ADMIN.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    return page;
  }

  it(
    "shows the firewall's refusal, read from its 403 across origins",
    async () => {
      const refusal = synthesisedAdminRefusal();
      expect(refusal).toMatchObject({ status: 403, passesPreflight: true });
      const page = await consoleBehind(refusal);
      const message = (JSON.parse(refusal.body) as { message: string }).message;
      await page.getByText(message).first().waitFor({ timeout: 60_000 });
      expect(await page.getByText(/did not answer/).count()).toBe(0);
      await page.context().close();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    'were preflights blocked too, the same response would reach the console only as a network failure',
    async () => {
      const page = await consoleBehind({ ...synthesisedAdminRefusal(), passesPreflight: false });
      await page
        .getByText(/did not answer/)
        .first()
        .waitFor({ timeout: 60_000 });
      expect(await page.getByText(/allowed networks/).count()).toBe(0);
      await page.context().close();
    },
    E2E_TIMEOUT_MS,
  );

  it(
    "with WAF's default block (no CORS headers) the console sees only a network failure",
    async () => {
      const page = await consoleBehind(WAF_DEFAULT_BLOCK);
      await page
        .getByText(/did not answer/)
        .first()
        .waitFor({ timeout: 60_000 });
      expect(await page.getByText(/allowed networks/).count()).toBe(0);
      await page.context().close();
    },
    E2E_TIMEOUT_MS,
  );
});
