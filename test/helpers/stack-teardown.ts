import type { RunningStack } from '../../backend/local/stack';

/** jest globalTeardown: the last project using the shared stack stops its emulators and adapter. */
export default async function globalTeardown(): Promise<void> {
  const shared = globalThis as { __STACK__?: { stack: RunningStack; users: number } };
  if (!shared.__STACK__) return;
  shared.__STACK__.users--;
  if (shared.__STACK__.users > 0) return;
  const { stack } = shared.__STACK__;
  delete shared.__STACK__;
  await stack.stop();
}
