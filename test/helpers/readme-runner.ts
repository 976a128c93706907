import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FencedBlock } from './readme-blocks';
import { ROOT } from './readme-blocks';

/**
 * Runs a README's runnable blocks the way a reader would: one after the other in one bash session
 * (a variable set in one block is there in the next), from the repository root. The root is a
 * scratch folder of symlinks to the repository's top-level entries, so files a command creates
 * in the current folder (`> estimate.json`) and in `$HOME` land in scratch space, not in the tree.
 */
export interface BlockRun {
  readonly block: FencedBlock;
  /** stdout and stderr of the block, interleaved as printed. */
  readonly output: string;
}

export interface ReadmeRun {
  readonly runs: readonly BlockRun[];
  /** The block that exited non-zero (the session stops there), if any. */
  readonly failed?: {
    readonly block: FencedBlock;
    readonly exitCode: number | null;
    /** Set when the session was killed at `timeoutMs` (a hung command), not failed by itself. */
    readonly killedAfterMs?: number;
  };
}

const MARK = '\u001eREADME-BLOCK';

/** A folder that looks like the repository root to a command run in it. */
export function scratchRoot(): { cwd: string; home: string } {
  const base = mkdtempSync(path.join(os.tmpdir(), 'readme-commands-'));
  const cwd = path.join(base, 'repo');
  const home = path.join(base, 'home');
  mkdirSync(cwd);
  mkdirSync(home);
  for (const entry of readdirSync(ROOT)) {
    if (entry === '.git') continue;
    symlinkSync(path.join(ROOT, entry), path.join(cwd, entry));
  }
  return { cwd, home };
}

export function sessionScript(
  blocks: readonly FencedBlock[],
  rewrite: (s: string) => string,
): string {
  const parts = ['set -eo pipefail', 'exec 2>&1'];
  blocks.forEach((b, i) => {
    parts.push(`printf '\\n${MARK} ${i}\\n'`, rewrite(b.text));
  });
  parts.push(`printf '\\n${MARK} end\\n'`);
  return `${parts.join('\n')}\n`;
}

/** Runs the blocks; resolves with each block's output and the block that failed, if one did. */
export async function runReadmeBlocks(
  blocks: readonly FencedBlock[],
  options: { rewrite: (s: string) => string; env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<ReadmeRun> {
  const { cwd, home } = scratchRoot();
  const child = spawn('bash', ['-c', sessionScript(blocks, options.rewrite)], {
    cwd,
    env: { ...options.env, HOME: home, PWD: cwd, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (d: Buffer) => (text += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (text += d.toString('utf8')));
  // A bound that must stay (a hung command would otherwise outlive the test): generous, and the
  // failure says the session was killed, in which block.
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const pieces = text.split(new RegExp(`\\n${MARK} `));
  const runs: BlockRun[] = [];
  let finished = false;
  for (const piece of pieces.slice(1)) {
    const [id, ...rest] = piece.split('\n');
    if (id === 'end') finished = true;
    else runs.push({ block: blocks[Number(id)]!, output: rest.join('\n') });
  }
  if (finished && exitCode === 0) return { runs };
  const last = runs.at(-1);
  if (!last) throw new Error(`bash did not start the README session (exit ${exitCode}): ${text}`);
  return {
    runs,
    failed: {
      block: last.block,
      exitCode,
      ...(killed ? { killedAfterMs: options.timeoutMs } : {}),
    },
  };
}
