import { sdkTimeouts } from '../../backend/adapters/aws-clients';
import { API_FUNCTION_SPECS } from '../../infra/config/function-specs';

/**
 * Issue 15, finding 7, without a clock: a stalled dependency must fail a request (503) before the
 * function's own timeout ends it. local-stack-resilience.test.ts shows the 503 over HTTP; this is
 * the arithmetic of the default budget every AWS SDK client gets (backend/adapters/aws-clients.ts).
 * Each attempt waits at most the connect timeout plus the request timeout; between attempts the
 * SDK's standard retry strategy waits a random part of 50 ms × 2^retry (@smithy/core 3.41,
 * util-retry: base delay 50 ms, doubling), at most 300 ms for two retries — 1 s is allowed here.
 */
const BACKOFF_ALLOWANCE_MS = 1000;

describe('the default SDK timeouts fit inside the API functions', () => {
  it('every attempt at its limit, plus back-off, ends within the shortest function timeout', () => {
    const t = sdkTimeouts({});
    const worstMs = t.maxAttempts * (t.connectMs + t.requestMs) + BACKOFF_ALLOWANCE_MS;
    const shortest = Math.min(...Object.values(API_FUNCTION_SPECS).map((f) => f.timeoutSeconds));
    expect(shortest).toBe(10);
    expect(worstMs).toBeLessThanOrEqual(shortest * 1000);
  });
});
