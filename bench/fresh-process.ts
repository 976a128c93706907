/**
 * Helpers of the benches that measure a fresh process: run this bench file again as a child
 * (`--child <arg>`, with `--expose-gc`) and read the JSON figures it prints last; the median of runs.
 */
import { spawnSync } from 'node:child_process';

/**
 * Runs `file --child arg` in a new Node process (with `nodeFlags`, e.g. a Lambda's V8 flags) and
 * parses the last line it prints.
 */
export function runBenchChild<T>(file: string, arg: string, nodeFlags: readonly string[] = []): T {
  const run = spawnSync(
    process.execPath,
    [...nodeFlags, '--expose-gc', '--import', 'tsx', file, '--child', arg],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  if (run.status !== 0) throw new Error(`${file} --child ${arg} exited ${run.status}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as T;
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
