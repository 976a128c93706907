import { MemoryRateLimiter } from '../../../backend/adapters/memory/memory-rate-limiter';
import { json } from '../../../backend/http/response';
import { bodyLimit } from '../../../backend/middleware/body-limit';
import { jsonContentType } from '../../../backend/middleware/json-content-type';
import { rateLimit } from '../../../backend/middleware/rate-limit';
import { responseMetrics } from '../../../backend/middleware/response-metrics';
import { estimations, event } from './pipeline-fixtures';

describe('request limits, each its own middleware', () => {
  it('lets the limit through, then answers 429 with the seconds to the next window', async () => {
    const handler = estimations([rateLimit(new MemoryRateLimiter(3))]);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await handler(event())).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await handler(event());
    expect(limited.headers?.['Retry-After']).toBe('15');
    expect(JSON.parse(limited.body)).toMatchObject({
      error: 'TooManyRequests',
      details: { retryAfterSeconds: 15 },
    });
    const bob = event({
      requestContext: { requestId: 'r2', authorizer: { claims: { sub: 'bob' } } } as never,
    });
    expect((await handler(bob)).statusCode).toBe(200);
  });

  it('refuses a body over the route limit with 413 and never calls the handler', async () => {
    let called = false;
    const handler = estimations(
      [bodyLimit((method, path) => (path === '/excel/upload' ? 1000 : 10))],
      async () => ((called = true), json(200, {})),
    );
    const res = await handler(
      event({
        httpMethod: 'POST',
        body: '{"name":"too long"}',
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    expect(res.statusCode).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({
      error: 'PayloadTooLarge',
      details: { sizeBytes: 19, maxBytes: 10 },
    });
    expect(called).toBe(false);
  });

  it('answers 415 for a body that is not declared JSON, naming both types', async () => {
    const handler = estimations([jsonContentType()]);
    for (const type of ['text/plain', 'application/xml', 'application/octet-stream', undefined]) {
      const res = await handler(
        event({
          httpMethod: 'POST',
          body: '{"name":"x"}',
          headers: type ? { 'content-type': type } : {},
        }),
      );
      expect({ type, status: res.statusCode }).toEqual({ type, status: 415 });
      expect(JSON.parse(res.body)).toMatchObject({
        error: 'UnsupportedMediaType',
        details: { received: type ?? null, expected: 'application/json' },
      });
    }
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'application/merge-patch+json',
    ]) {
      const res = await handler(
        event({ httpMethod: 'POST', body: '{}', headers: { 'Content-Type': type } }),
      );
      expect({ type, status: res.statusCode }).toEqual({ type, status: 200 });
    }
    // No body, no content type needed.
    expect(
      (await handler(event({ httpMethod: 'DELETE', path: '/estimations/e1' }))).statusCode,
    ).toBe(200);
  });

  it('turns an exception thrown inside into its 500 response', async () => {
    const handler = estimations([responseMetrics('estimations')], async () => {
      throw new Error('boom');
    });
    const res = await handler(event());
    expect(res.statusCode).toBe(500);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'InternalError' });
  });

  it('fails closed for mutations and open for reads when the rate limiter is down', async () => {
    const down = rateLimit({
      hit: async () => {
        throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      },
    });
    const handler = estimations([down]);
    const write = await handler(
      event({ httpMethod: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }),
    );
    expect(write.statusCode).toBe(503);
    expect(write.headers?.['Retry-After']).toBe('5');
    expect(JSON.parse(write.body)).toMatchObject({ error: 'ServiceUnavailable' });
    expect((await handler(event())).statusCode).toBe(200);
  });

  it('matches the route once: a malformed percent-encoding is a 400, an unknown path a 404', async () => {
    const handler = estimations([]);
    const bad = await handler(event({ path: '/estimations/%E0%A4%A' }));
    expect(bad.statusCode).toBe(400);
    expect(JSON.parse(bad.body).message).toMatch(/percent-encoded/);
    expect((await handler(event({ path: '/estimations/a/b/c' }))).statusCode).toBe(404);
  });
});
