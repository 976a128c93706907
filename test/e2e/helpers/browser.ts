import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext } from 'playwright-core';
import type { Need } from '../../helpers/needs';

const root = path.resolve(__dirname, '../../..');
const officeDist = path.join(root, 'node_modules/@microsoft/office-js/dist');

/** test-artifacts/<name>/ of the repository: where a suite writes its screenshots and downloads. */
export function artifactsDir(name: string): string {
  return path.join(root, 'test-artifacts', name);
}

/**
 * Each e2e test's own limit. jest.e2e.config.js's testTimeout holds only when that config runs on
 * its own: in `npm test` (the root config's projects) the root's 30 s applies, which a sign-in,
 * calculate and compare in Chromium exceeds on a loaded machine.
 */
export const E2E_TIMEOUT_MS = 180_000;

/** Debian's chromium (CHROMIUM_PATH overrides; else /usr/bin/chromium, else `which chromium`). */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** The e2e suites' need (test/helpers/needs.ts): without chromium their tests are skipped visibly. */
export function chromiumNeed(): Need {
  return chromiumPath()
    ? { met: true, reason: '' }
    : { met: false, reason: 'needs chromium (apt-get install -y chromium, or set CHROMIUM_PATH)' };
}

/** Chromium with the project's flags; a clear error when it is not installed. */
export async function launchChromium(
  executablePath: string | null = chromiumPath(),
): Promise<Browser> {
  if (!executablePath) throw new Error(chromiumNeed().reason);
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * A browser context where office.js comes from node_modules/@microsoft/office-js (the CDN is not
 * reachable, nor should tests depend on it) and every other non-loopback request is aborted.
 */
export async function offlineContext(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 420, height: 900 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'appsforoffice.microsoft.com') {
      const file = path.join(officeDist, path.basename(url.pathname));
      if (existsSync(file)) return route.fulfill({ path: file });
      return route.abort();
    }
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    return route.abort();
  });
  return context;
}

let fakeExcelBundle: string | undefined;

/**
 * The fake Excel host (test/e2e/host/fake-excel.ts) as one script to run before the page's own;
 * bundled once per test file.
 */
export function fakeExcelScript(): string {
  if (fakeExcelBundle !== undefined) return fakeExcelBundle;
  const out = buildSync({
    entryPoints: [path.join(__dirname, '../host/fake-excel.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced no fake Excel bundle');
  fakeExcelBundle = file.text;
  return fakeExcelBundle;
}
