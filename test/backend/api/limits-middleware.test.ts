import type { APIGatewayProxyEvent } from 'aws-lambda';
import { MemoryRateLimiter } from '../../../backend/adapters/memory/memory-rate-limiter';
import { MemoryUsageCounters } from '../../../backend/adapters/memory/memory-usage-counters';
import { json } from '../../../backend/http/response';
import { withLimits } from '../../../backend/middleware/with-limits';

const event = (over: Partial<APIGatewayProxyEvent> = {}): APIGatewayProxyEvent =>
  ({
    httpMethod: 'GET',
    path: '/dashboard/metrics',
    body: null,
    headers: {},
    requestContext: {
      requestId: 'r1',
      authorizer: { claims: { sub: 'alice' } },
      identity: { sourceIp: '127.0.0.1' },
    },
    ...over,
  }) as unknown as APIGatewayProxyEvent;

describe('request limits', () => {
  const at = new Date('2026-11-26T09:00:45.000Z');

  it('lets the limit through, then answers 429 with the seconds to the next window', async () => {
    const counters = new MemoryUsageCounters();
    const handler = withLimits('dashboard', async () => json(200, {}), {
      limiter: new MemoryRateLimiter(3),
      counters,
      maxBodyBytes: () => 100,
      now: () => at,
    });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await handler(event())).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await handler(event());
    expect(limited.headers?.['Retry-After']).toBe('15');
    expect(JSON.parse(limited.body)).toMatchObject({
      error: 'TooManyRequests',
      details: { retryAfterSeconds: 15 },
    });
    expect(
      (
        await handler(
          event({
            requestContext: { requestId: 'r2', authorizer: { claims: { sub: 'bob' } } } as never,
          }),
        )
      ).statusCode,
    ).toBe(200);
  });

  it('refuses a body over the route limit with 413 and never calls the handler', async () => {
    let called = false;
    const handler = withLimits('estimations', async () => ((called = true), json(200, {})), {
      limiter: new MemoryRateLimiter(100),
      counters: new MemoryUsageCounters(),
      maxBodyBytes: (method, path) => (path === '/excel/upload' ? 1000 : 10),
    });
    const res = await handler(
      event({ httpMethod: 'POST', path: '/estimations', body: '{"name":"too long"}' }),
    );
    expect(res.statusCode).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({
      error: 'PayloadTooLarge',
      details: { sizeBytes: 19, maxBytes: 10 },
    });
    expect(called).toBe(false);
  });

  it('counts server errors for the admin metrics', async () => {
    const counters = new MemoryUsageCounters();
    const handler = withLimits('estimations', async () => json(500, {}), {
      limiter: new MemoryRateLimiter(100),
      counters,
      maxBodyBytes: () => 100,
      now: () => at,
    });
    await handler(event());
    await handler(event());
    expect(await counters.sumSince('errors', at, 24)).toBe(2);
  });
});
