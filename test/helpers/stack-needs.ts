/**
 * setupFilesAfterEnv of the integration and e2e projects. When globalSetup could not start the
 * local stack because a system tool is missing (TEST_STACK_UNAVAILABLE holds the reason), every
 * test of the file is still registered and counted as skipped, with that reason in its title,
 * instead of failing on a missing API_URL or vanishing from the count.
 */
import { skippedTitle } from './needs';

const reason = process.env.TEST_STACK_UNAVAILABLE;

type Fn = (...args: never[]) => unknown;
type Each = (table: unknown) => (name: string, fn: Fn, timeout?: number) => void;

function skipping(skip: ((name: string, fn: Fn) => void) & { each: Each }, why: string) {
  const title = (name: string): string => skippedTitle(name, { met: false, reason: why });
  const wrapped = (name: string, fn: Fn): void => skip(title(name), fn);
  return Object.assign(wrapped, {
    skip: wrapped,
    only: wrapped,
    each:
      (table: unknown) =>
      (name: string, fn: Fn): void =>
        skip.each(table)(title(name), fn),
  });
}

if (reason) {
  const g = globalThis as unknown as Record<'describe' | 'it' | 'test', unknown>;
  g.describe = skipping(describe.skip as never, reason);
  g.it = skipping(it.skip as never, reason);
  g.test = g.it;
}
