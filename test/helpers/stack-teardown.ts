import type { RunningStack } from '../../backend/local/stack';

/** jest globalTeardown: stop every emulator and the API adapter started by stack-setup. */
export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as { __STACK__?: RunningStack }).__STACK__;
  await stack?.stop();
}
