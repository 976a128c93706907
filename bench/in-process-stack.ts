// Types only (erased): the modules themselves are imported below, after the environment is set.
import type * as StackClient from '../test/helpers/stack-client';
import type { startTestStack as StartTestStack } from '../test/helpers/stack-setup';

/**
 * The local stack as the API benchmarks run it, in this process: quiet logs, no AWS SDK Node-version
 * warning, and a rate limit far above the load (it is tested on its own in
 * test/integration/api-rate-limit.test.ts; here it must not shape the figures). The environment is
 * set before the stack's modules load, since they read it when imported.
 */
export async function loadInProcessStack(): Promise<{
  startTestStack: typeof StartTestStack;
  client: typeof StackClient;
}> {
  process.env.LOG_LEVEL = 'SILENT';
  process.env.RATE_LIMIT_PER_MINUTE = '10000000';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const { startTestStack } = await import('../test/helpers/stack-setup');
  const client = await import('../test/helpers/stack-client');
  return { startTestStack, client };
}
