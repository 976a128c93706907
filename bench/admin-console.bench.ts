/**
 * Admin console benchmark: `node --import tsx bench/admin-console.bench.ts` (after `npm run
 * build`). The console's scripts (dist/web-admin/index.html) and its first render in headless
 * Chromium: page load to the sign-in form, median of 5 loads in fresh contexts (the first one
 * also shown: nothing cached). Recorded, no target (issue 17: "first render recorded").
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const LOADS = 5;

function bundleSizes(): { raw: number; gzip: number; files: number } | null {
  const html = path.join(dist, 'web-admin/index.html');
  if (!existsSync(html)) return null;
  const scripts = [...readFileSync(html, 'utf8').matchAll(/<script[^>]+src="?([^"\s>]+)"?/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !src.startsWith('http'))
    .map((src) => path.join(dist, src.replace(/^(\.\.\/|\.?\/)/, '')));
  const files = scripts.filter((f) => existsSync(f));
  return {
    raw: files.reduce((n, f) => n + statSync(f).size, 0),
    gzip: files.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0),
    files: files.length,
  };
}

async function firstRenders(): Promise<number[] | null> {
  if (!existsSync(path.join(dist, 'web-admin/index.html'))) return null;
  const { chromiumPath, launchChromium, offlineContext } =
    await import('../test/e2e/helpers/browser');
  const { serveAdmin } = await import('../test/e2e/helpers/static-server');
  const executable = chromiumPath();
  if (!executable) return null;
  // No stack: the sign-in form is what an administrator sees first.
  const nowhere = 'http://127.0.0.1:9';
  const server = await serveAdmin(dist, {
    apiUrl: nowhere,
    cognitoEndpoint: nowhere,
    s3Url: nowhere,
    userPoolId: 'us-east-1_bench',
    userPoolClientId: 'bench',
  });
  const browser = await launchChromium(executable);
  try {
    const times: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await offlineContext(browser, { width: 1280, height: 900 });
      const page = await context.newPage();
      const t = performance.now();
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      times.push(performance.now() - t);
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  const sizes = bundleSizes();
  const times = await firstRenders();
  const kb = (n: number) => `${Math.round(n / 1024)} KiB`;
  const ms = (n: number) => `${Math.round(n)} ms`;
  const median = times ? [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] : null;
  console.log('| admin console figure | measured | target |');
  console.log('|---|---|---|');
  console.log(
    `| console scripts (dist/web-admin/index.html) | ${sizes ? `${kb(sizes.raw)} raw, ${kb(sizes.gzip)} gzip, ${sizes.files} files` : 'not built (npm run build)'} | recorded |`,
  );
  console.log(
    `| first render (load → sign-in form), headless Chromium, median of ${LOADS} | ${median === null || median === undefined ? 'not measured (needs dist/ and chromium)' : ms(median)} | recorded |`,
  );
  console.log(
    `| the same, first load | ${times?.[0] === undefined ? 'not measured' : ms(times[0])} | recorded |`,
  );
}

void main();
