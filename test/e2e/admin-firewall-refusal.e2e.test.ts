import type { Browser, Page } from 'playwright-core';
import { describeIf } from '../helpers/needs';
import { E2E_TIMEOUT_MS, chromiumNeed, launchChromium } from './helpers/browser';
import { SEEDED_ADMIN, signInToConsole } from './helpers/console-sign-in';
import type { BlockResponse } from './helpers/firewall-front';
import {
  WAF_DEFAULT_BLOCK,
  firewallFront,
  synthesisedAdminRefusal,
} from './helpers/firewall-front';
import type { StaticServer } from './helpers/static-server';
import { DIST, requireBuilt, serveAdmin, stackEndpoints } from './helpers/static-server';

/*
 * The admin IP rule of the WAF (infra/constructs/admin-ip-rule.ts, DECISIONS 83) seen from the
 * console: the built console in headless Chromium, on another origin than the API, signed in from
 * a network outside the allow-list. With the rule's synthesised block response the browser reads
 * the 403 and the console shows its message; with WAF's default block (no CORS headers) the same
 * refusal reaches the console only as "did not answer" — why the rule has a custom response — and
 * so does the custom response if CORS preflights were blocked too — why the rule lets them pass.
 */
describeIf(
  chromiumNeed(),
  'admin console behind the WAF admin IP rule, from outside the allow-list',
  () => {
    let browser: Browser;
    const open: StaticServer[] = [];

    beforeAll(async () => {
      requireBuilt('web-admin/index.html');
      browser = await launchChromium();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      for (const server of open) await server.close();
    });

    /**
     * Signs in to a console whose API sits behind a firewall answering `block` on /admin/, runs
     * `test` on its page and closes the page's context whatever happened.
     */
    async function withConsoleBehind(
      block: BlockResponse,
      test: (page: Page) => Promise<void>,
    ): Promise<void> {
      const stack = stackEndpoints();
      const front = await firewallFront(stack.apiUrl, block);
      open.push(front);
      const site = await serveAdmin(DIST, { ...stack, apiUrl: front.url });
      open.push(site);
      // Not offlineContext: with request routing on, playwright answers CORS preflights itself, and
      // the browser's own preflight is what this test is about. The console loads nothing remote.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await signInToConsole(page, site.url, SEEDED_ADMIN);
        await test(page);
      } finally {
        await context.close();
      }
    }

    it(
      "shows the firewall's refusal, read from its 403 across origins",
      async () => {
        const refusal = synthesisedAdminRefusal();
        expect(refusal).toMatchObject({ status: 403, passesPreflight: true });
        await withConsoleBehind(refusal, async (page) => {
          const message = (JSON.parse(refusal.body) as { message: string }).message;
          await page.getByText(message).first().waitFor({ timeout: 60_000 });
          expect(await page.getByText(/did not answer/).count()).toBe(0);
        });
      },
      E2E_TIMEOUT_MS,
    );

    it.each<[string, () => BlockResponse]>([
      [
        'were preflights blocked too, the same response would reach the console only as a network failure',
        () => ({ ...synthesisedAdminRefusal(), passesPreflight: false }),
      ],
      [
        "with WAF's default block (no CORS headers) the console sees only a network failure",
        () => WAF_DEFAULT_BLOCK,
      ],
    ])(
      '%s',
      async (_title, block) => {
        await withConsoleBehind(block(), async (page) => {
          await page
            .getByText(/did not answer/)
            .first()
            .waitFor({ timeout: 60_000 });
          expect(await page.getByText(/allowed networks/).count()).toBe(0);
        });
      },
      E2E_TIMEOUT_MS,
    );
  },
);
