import { itIf, needs, sharedPath } from './needs';

/** `<SHARED_DIR>/<name>` (../shared beside the repository unless SHARED_DIR says otherwise). */
export function sharedDir(name: string): string {
  return sharedPath(name);
}

export type TestFn = (name: string, fn: () => unknown, timeout?: number) => void;

/**
 * `it` for tests that read these ../shared folders, through `needs` (test/helpers/needs.ts): when
 * one is missing the test is registered as skipped with the reason in its title, and the skip
 * reporter lists it.
 */
export function itWithShared(...names: readonly string[]): TestFn {
  const need = needs.all(...names.map((n) => needs.shared(n)));
  return (name, fn, timeout) => itIf(need, name, fn, timeout);
}
