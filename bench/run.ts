/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (so memory figures are per
 * benchmark), prints their figures and records them in bench/RESULTS.md with the date and machine.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = __dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const sections: string[] = [];
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['--openssl-legacy-provider', '--expose-gc', '--import', 'tsx', path.join(dir, file)],
    {
      cwd: path.resolve(dir, '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  process.stdout.write(run.stdout);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) failed++;
  sections.push(`## ${file}\n\n${run.stdout.trim()}\n\n_exit ${run.status}, ${seconds} s_\n`);
}

const header = [
  '# Benchmark results',
  '',
  `Recorded by \`npm run bench\` on ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
  '',
].join('\n');
if (only.length === 0)
  writeFileSync(path.join(dir, 'RESULTS.md'), `${header}\n${sections.join('\n')}`);
process.exitCode = failed ? 1 : 0;
