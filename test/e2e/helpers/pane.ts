import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestUser } from '../../helpers/stack-client';
import { describeIf } from '../../helpers/needs';
import type { FakeWorkbookModel } from '../host/fake-excel';
import {
  artifactsDir,
  chromiumNeed,
  fakeExcelScript,
  launchChromium,
  offlineContext,
} from './browser';
import type { StaticServer } from './static-server';
import { DIST, requireBuilt, servePane } from './static-server';

/*
 * The task pane suites' common ground: one Chromium and one served pane per suite, and a signed-in
 * pane over a seeded fake Excel workbook per session, closed whatever the test did.
 */

/** What a pane suite's tests share; read inside tests (beforeAll has started them by then). */
export interface PaneSuite {
  readonly browser: Browser;
  readonly server: StaticServer;
  /** test-artifacts/<name>/: screenshots, downloads, failure screenshots. */
  readonly artifacts: string;
}

/**
 * A describe block of task pane tests, skipped visibly without chromium (test/README.md): before
 * its tests the built pane is served (dist/taskpane.html must exist) and Chromium launched; after
 * them both are closed, also when a test or the setup failed.
 */
export function describePane(
  title: string,
  artifactsName: string,
  body: (suite: PaneSuite) => void,
): void {
  describeIf(chromiumNeed(), title, () => {
    const artifacts = artifactsDir(artifactsName);
    let browser: Browser | undefined;
    let server: StaticServer | undefined;
    beforeAll(async () => {
      requireBuilt('taskpane.html');
      mkdirSync(artifacts, { recursive: true });
      server = await servePane(DIST);
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    const started = <T>(value: T | undefined, what: string): T => {
      if (value === undefined) throw new Error(`${what} is not started: read it inside a test`);
      return value;
    };
    body({
      get browser() {
        return started(browser, 'the suite’s Chromium');
      },
      get server() {
        return started(server, 'the suite’s pane server');
      },
      artifacts,
    });
  });
}

export interface PaneOptions {
  readonly user: TestUser;
  /** The workbook open in the fake Excel when the pane loads. */
  readonly seed: FakeWorkbookModel;
  /** The pane's size (Excel's task pane is 320–350 px wide); offlineContext's 420 × 900 if absent. */
  readonly viewport?: { width: number; height: number };
  /** Runs with the sign-in form filled in, before Sign in is pressed (e.g. to screenshot it). */
  readonly beforeSignIn?: (page: Page) => Promise<void>;
}

export interface SignedInPane {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly user: TestUser;
  /** Uncaught errors of the page since it opened (a test that expects none says so). */
  readonly pageErrors: readonly string[];
  /** Every /config.json the page requested, by URL. */
  readonly configLoads: readonly string[];
}

/**
 * Opens the pane in a fresh browser context (office.js local, nothing remote; the page loads
 * config.json from the server itself, nothing is injected) over `seed`, signs `user` in with
 * Amplify against cognito-local, runs `test`, and closes the context. On a failure — in sign-in or
 * in `test` — the page is first screenshot to the suite's artifacts as 99-failure-<test>.png.
 */
export async function withSignedInPane<T>(
  suite: PaneSuite,
  options: PaneOptions,
  test: (pane: SignedInPane) => Promise<T>,
): Promise<T> {
  const context = await offlineContext(suite.browser, options.viewport);
  try {
    await context.addInitScript({
      content: `window.__fakeWorkbookSeed = ${JSON.stringify(options.seed)};\n${fakeExcelScript()}`,
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const configLoads: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/config.json')) configLoads.push(r.url());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      await signIn(suite, page, options);
      return await test({ context, page, user: options.user, pageErrors, configLoads });
    } catch (error) {
      await page
        .screenshot({ path: failureShot(suite), fullPage: true })
        .catch(() => undefined /* the failure itself is what the test reports */);
      throw error;
    }
  } finally {
    await context.close();
  }
}

async function signIn(suite: PaneSuite, page: Page, options: PaneOptions): Promise<void> {
  await page.goto(`${suite.server.url}/taskpane.html`);
  await page.getByLabel('Email').fill(options.user.email);
  await page.getByLabel('Password').fill(options.user.password);
  await options.beforeSignIn?.(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Signed in as').waitFor({ timeout: 30_000 });
}

function failureShot(suite: PaneSuite): string {
  const test = (expect.getState().currentTestName ?? 'unnamed')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return path.join(suite.artifacts, `99-failure-${test}.png`);
}
