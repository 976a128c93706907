/**
 * `npm run bench`: runs every bench/*.bench.ts in its own process (so memory figures are per
 * benchmark) and prints their figures. `npm run bench -- --record` also records them in
 * bench/RESULTS.md (tracked) with the date and machine; `npm run bench -- workbook` runs the
 * benchmarks whose file name contains "workbook" and never records.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dir = __dirname;
const args = process.argv.slice(2);
const record = args.includes('--record');
const only = args.filter((a) => a !== '--record');
if (record && only.length > 0) {
  console.error('--record writes every benchmark to bench/RESULTS.md: run it without a filter.');
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

/**
 * Node flags a benchmark asks for on a `// node-flags: …` line of its own, so that it runs as the
 * code it measures runs when deployed (e.g. the calculations function's V8 flags).
 */
function nodeFlags(file: string): string[] {
  const line = /^\/\/ node-flags: (.+)$/m.exec(readFileSync(file, 'utf8'));
  return line ? line[1]!.trim().split(/\s+/) : [];
}

const sections: string[] = [];
let failed = 0;
for (const file of files) {
  console.log(`\n== ${file}`);
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [
      '--openssl-legacy-provider',
      '--expose-gc',
      ...nodeFlags(path.join(dir, file)),
      '--import',
      'tsx',
      path.join(dir, file),
    ],
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
  `Recorded by \`npm run bench -- --record\` on ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
  '',
].join('\n');
if (record) {
  writeFileSync(path.join(dir, 'RESULTS.md'), `${header}\n${sections.join('\n')}`);
  console.log('\nRecorded in bench/RESULTS.md.');
} else {
  console.log('\nNot recorded (bench/RESULTS.md unchanged): add --record to record these figures.');
}
process.exitCode = failed ? 1 : 0;
