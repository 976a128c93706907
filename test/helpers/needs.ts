import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Tests that need something outside the repository — the read-only reference data in ../shared,
 * or a system tool (java, chromium, xmllint, pdftoppm) — declare it here. When it is missing their
 * tests are still registered, and jest counts them as skipped with the reason in the title
 * ("… [skipped: …]"); test/helpers/skip-reporter.js lists the reasons at the end of the run.
 *
 *   describeIf(needs.shared('aws-price-list-samples'), 'real samples', () => { … });
 *   itIf(needs.tool('xmllint', 'apt-get install -y libxml2-utils'), 'validates', () => { … });
 */
export interface Need {
  readonly met: boolean;
  /** What is missing and how to get it (empty when met). */
  readonly reason: string;
}

/** The shared reference folder: `$SHARED_DIR`, else `../shared` beside the repository. */
export const SHARED_DIR = path.resolve(
  process.env.SHARED_DIR ?? path.resolve(__dirname, '../../../shared'),
);

/** A path inside the shared reference folder. */
export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}

const toolCache = new Map<string, boolean>();

function runs(command: string, args: readonly string[]): boolean {
  const key = [command, ...args].join(' ');
  let ok = toolCache.get(key);
  if (ok === undefined) {
    const probe = spawnSync(command, args, { stdio: 'ignore', timeout: 30000 });
    ok = !probe.error && probe.status === 0;
    toolCache.set(key, ok);
  }
  return ok;
}

export const needs = {
  /** A file or folder under the shared reference folder. */
  shared(relative: string): Need {
    const full = sharedPath(relative);
    return existsSync(full)
      ? { met: true, reason: '' }
      : { met: false, reason: `needs ${full} (the shared reference data; SHARED_DIR overrides)` };
  },
  /** A command that must run (exit 0) with `probeArgs`; `install` says how to get it. */
  tool(command: string, install: string, probeArgs: readonly string[] = ['--version']): Need {
    return runs(command, probeArgs)
      ? { met: true, reason: '' }
      : { met: false, reason: `needs ${command} (${install})` };
  },
  /** Every one of `list`; the reason names each one missing. */
  all(...list: Need[]): Need {
    const missing = list.filter((n) => !n.met).map((n) => n.reason);
    return { met: missing.length === 0, reason: missing.join('; ') };
  },
} as const;

/** The title jest shows for a test or group that cannot run here. */
export function skippedTitle(name: string, need: Need): string {
  return `${name} [skipped: ${need.reason}]`;
}

/** `describe` when the need is met; otherwise the same tests, registered and skipped. */
export function describeIf(need: Need, name: string, fn: () => void): void {
  if (need.met) describe(name, fn);
  else describe.skip(skippedTitle(name, need), fn);
}

/** `it` when the need is met; otherwise the test is registered and skipped with the reason. */
export function itIf(need: Need, name: string, fn: () => unknown, timeout?: number): void {
  if (need.met) it(name, fn as jest.ProvidesCallback, timeout);
  else it.skip(skippedTitle(name, need), fn as jest.ProvidesCallback);
}
