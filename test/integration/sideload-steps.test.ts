import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../backend/local/ports';
import { settled } from '../helpers/awaiting';
import { httpsGet } from '../helpers/https-get';
import { itIf, needs } from '../helpers/needs';

/*
 * addin/README.md "Sideload", step by step as far as a machine without Excel goes: `npm start`
 * (here on ephemeral ports, its own data and certificate folders) serves the task pane over https
 * with office-addin-dev-certs' localhost certificate and prints the manifest to sideload; that
 * manifest's URLs are the served ones; it validates (`npm run validate`); and every file Excel would
 * fetch from it (taskpane.html, functions.js, functions.json, icons, support page) and config.json
 * come back over https to a client that trusts the generated CA — and only to such a client.
 */
const root = path.resolve(__dirname, '../..');
const started = { out: '', err: '' };
let child: ChildProcess | null = null;
let ca = '';
let printed: Record<string, string> = {};

/** "Label: value" lines of npm start's summary. */
function summary(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Z][^:]+): (.+)$/.exec(line.trim());
    if (m) out[m[1] as string] = m[2] as string;
  }
  return out;
}

beforeAll(async () => {
  const ports = {
    DYNAMODB_PORT: await freePort(),
    S3_PORT: await freePort(),
    COGNITO_PORT: await freePort(),
    COGNITO_INTERNAL_PORT: await freePort(),
    API_PORT: await freePort(),
    ADDIN_PORT: await freePort(),
    ADMIN_PORT: await freePort(),
  };
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'sideload-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
    LOCAL_DATA_DIR: path.join(scratch, 'data'),
    ADDIN_CERT_DIR: path.join(scratch, 'certs'),
  };
  // `npm start` itself (package.json's command line), not a re-creation of it.
  child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '--import', 'tsx', 'backend/local/start.ts'],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Ready or an exit, whichever comes first. The hook's timeout is the only bound (a start that
  // must build dist/ first takes minutes on a loaded machine); when it fires, the failure shows
  // what npm start printed so far (test/helpers/awaiting.ts).
  const ready = new Promise<void>((resolve, reject) => {
    child!.stdout!.on('data', (c: Buffer) => {
      started.out += c.toString();
      if (/^Ready$/m.test(started.out)) resolve();
    });
    child!.stderr!.on('data', (c: Buffer) => (started.err += c.toString()));
    child!.on('exit', (code) =>
      reject(new Error(`npm start exited (${code}):\n${started.out}\n${started.err}`)),
    );
  });
  await settled('npm start to print Ready', ready, () => {
    const tail = (text: string) => text.trim().split('\n').slice(-8).join('\n    ');
    return `it printed:\n    ${tail(started.out) || '(nothing)'}\n  and on stderr:\n    ${tail(started.err) || '(nothing)'}`;
  });
  printed = summary(started.out);
  ca = readFileSync(path.join(scratch, 'certs', 'ca.crt'), 'utf8');
}, 300_000);

afterAll(async () => {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(started.out).toMatch(/Stopped\.\s*$/);
}, 120_000);

const taskPaneOrigin = () => new URL(printed['Task pane'] ?? 'https://invalid').origin;

describe('sideloading, as far as this machine goes', () => {
  it('npm start prints the https task pane, console and a manifest of its own, and the certificate', () => {
    expect(printed['Task pane']).toMatch(/^https:\/\/localhost:\d+\/taskpane\.html$/);
    expect(printed['Admin console']).toMatch(/^https:\/\/localhost:\d+\/$/);
    expect(printed['Certificate']).toMatch(
      /localhost\.crt \(made now, valid until \d{4}-\d\d-\d\d/,
    );
    expect(started.out).toContain('npx office-addin-dev-certs install');
    const manifestFile = printed['Manifest (sideload into Excel)'] ?? '';
    expect(existsSync(manifestFile)).toBe(true);
    const urls = readFileSync(manifestFile, 'utf8').match(/https:\/\/localhost:\d+[^"<\s]*/g) ?? [];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(new URL(url).origin).toBe(taskPaneOrigin());
  });

  it('refuses a client that does not trust the generated CA (real TLS)', async () => {
    await expect(httpsGet(`${taskPaneOrigin()}/taskpane.html`)).rejects.toThrow(
      /certificate|self.signed|verify/i,
    );
  });

  it('serves the manifest it printed, and every URL in it, over https', async () => {
    const manifest = await httpsGet(`${taskPaneOrigin()}/manifest.xml`, ca);
    expect(manifest.status).toBe(200);
    expect(manifest.body).toBe(readFileSync(printed['Manifest (sideload into Excel)']!, 'utf8'));
    const urls = [...new Set(manifest.body.match(/https:\/\/localhost:\d+\/[^"<\s]+/g) ?? [])];
    expect(urls.map((u) => new URL(u).pathname)).toEqual(
      expect.arrayContaining([
        '/taskpane.html',
        '/functions.js',
        '/functions.json',
        '/assets/icon-32.png',
        '/support.html',
      ]),
    );
    for (const url of urls) {
      const answer = await httpsGet(url, ca);
      expect({ url, status: answer.status }).toEqual({ url, status: 200 });
    }
    const metadata = JSON.parse((await httpsGet(`${taskPaneOrigin()}/functions.json`, ca)).body);
    expect(metadata.functions.map((f: { id: string }) => f.id)).toContain('COST');
  });

  it("serves config.json over https naming this stack's API and user pool", async () => {
    const answer = await httpsGet(`${taskPaneOrigin()}/config.json`, ca);
    expect(answer.status).toBe(200);
    const config = JSON.parse(answer.body);
    expect(config.apiUrl).toBe(printed['API']);
    expect(printed['User pool']).toContain(config.userPoolId);
    expect(printed['User pool']).toContain(config.userPoolClientId);
    expect(answer.headers['content-security-policy']).toContain('frame-ancestors https://*.');
  });

  itIf(
    needs.all(
      needs.tool('xmllint', 'apt-get install -y libxml2-utils'),
      needs.shared('office-manifest-xsd'),
    ),
    'the served manifest validates (npm run validate)',
    async () => {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sideload-manifest-')), 'm.xml');
      writeFileSync(file, (await httpsGet(`${taskPaneOrigin()}/manifest.xml`, ca)).body);
      const result = spawnSync('npm', ['run', '--silent', 'validate', '--', file], {
        cwd: root,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect({ status: result.status, out: result.stdout }).toEqual({
        status: 0,
        out: expect.stringMatching(/m\.xml is valid/),
      });
    },
    150_000,
  );
});
