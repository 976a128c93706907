/**
 * `npm run start:desktop` / `npm run stop`: office-addin-debugging, as Office's own project templates
 * use it, with this repository's dev server (`npm start`, https on ADDIN_PORT) and the manifest
 * whose URLs are that server's. Desktop Excel runs on Windows and macOS only: elsewhere `start`
 * says so and exits 1, and `stop` says there is nothing to stop and exits 0 — no stack trace.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { manifestFor } from './front-ends';

const root = path.resolve(__dirname, '../..');
const DESKTOP_PLATFORMS: readonly NodeJS.Platform[] = ['win32', 'darwin'];

type Command = 'start' | 'stop';

export interface DesktopOutcome {
  readonly exitCode: number;
  /** What to print (stderr when exitCode ≠ 0) when office-addin-debugging is not run at all. */
  readonly message?: string;
  /** The office-addin-debugging arguments when it is run. */
  readonly args?: readonly string[];
}

/** What `command` does on `platform` (pure: the tests check every branch on any machine). */
export function plan(
  command: Command,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  manifest: string,
): DesktopOutcome {
  if (!DESKTOP_PLATFORMS.includes(platform)) {
    return command === 'start'
      ? {
          exitCode: 1,
          message:
            `npm run start:desktop sideloads the add-in into desktop Excel, which runs on Windows and macOS; ` +
            `this machine is ${platform}. Run \`npm start\` and sideload ${manifest} into Excel on the web ` +
            `(addin/README.md, "Sideload").`,
        }
      : {
          exitCode: 0,
          message: `npm run stop: nothing to stop — npm run start:desktop sideloads only on Windows and macOS (this machine is ${platform}). Ctrl-C stops npm start.`,
        };
  }
  if (command === 'stop') return { exitCode: 0, args: ['stop', manifest] };
  const port = env.ADDIN_PORT ?? '3000';
  return {
    exitCode: 0,
    args: [
      'start',
      manifest,
      'desktop',
      '--app',
      'excel',
      '--dev-server',
      'npm start',
      '--dev-server-port',
      port,
    ],
  };
}

/** `<data folder>/manifest.xml` for ADDIN_PORT, as `npm start` writes it (written here first). */
export function writeDesktopManifest(env: NodeJS.ProcessEnv): string {
  const dataDir = path.resolve(env.LOCAL_DATA_DIR ?? path.join(root, '.local'));
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'manifest.xml');
  const origin = `https://localhost:${env.ADDIN_PORT ?? '3000'}`;
  writeFileSync(file, manifestFor(readFileSync(path.join(root, 'manifest.xml'), 'utf8'), origin));
  return file;
}

/**
 * office-addin-debugging prints "Unable to start debugging." / "Unable to stop debugging." and still
 * exits 0: its output is passed through, and that line makes the exit code 1.
 */
function runOfficeAddinDebugging(args: readonly string[]): Promise<number> {
  const cli = require.resolve('office-addin-debugging/cli.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      stdio: ['inherit', 'inherit', 'pipe'],
    });
    let failed = false;
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (/Unable to (start|stop) debugging/.test(text)) failed = true;
      process.stderr.write(text);
    });
    child.on('error', (err) => {
      console.error(`Could not run office-addin-debugging: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(failed ? 1 : (code ?? 1)));
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const command = argv[0];
  if (command !== 'start' && command !== 'stop') {
    console.error('Usage: node --import tsx backend/local/desktop.ts start|stop');
    return 2;
  }
  const manifest = writeDesktopManifest(process.env);
  const outcome = plan(command, process.platform, process.env, manifest);
  if (!outcome.args) {
    (outcome.exitCode === 0 ? console.log : console.error)(outcome.message);
    return outcome.exitCode;
  }
  return runOfficeAddinDebugging(outcome.args);
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
