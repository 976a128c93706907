import { existsSync } from 'node:fs';
import path from 'node:path';

/** `../shared/<name>` next to the repository (read-only reference data, never copied in). */
export function sharedDir(name: string): string {
  return path.resolve(__dirname, '../../../shared', name);
}

export type TestFn = (name: string, fn: jest.ProvidesCallback, timeout?: number) => void;

/**
 * `it` for tests that read ../shared data: when a folder is missing, the test is registered as
 * skipped with the reason in its name, so jest counts it ("skipped") instead of it vanishing.
 */
export function itWithShared(...names: readonly string[]): TestFn {
  const missing = names.map(sharedDir).filter((dir) => !existsSync(dir));
  if (missing.length === 0) return it;
  const reason = `skipped: ${missing.join(', ')} not found`;
  return (name, fn, timeout) => it.skip(`${name} (${reason})`, fn, timeout);
}
