import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import {
  API_GATEWAY_MAX_REQUEST_BYTES,
  LAMBDA_MAX_REQUEST_BYTES,
  LAMBDA_MAX_RESPONSE_BYTES,
} from '../../../core';
import { createApiAdapter } from '../../../backend/local/api-adapter';

/**
 * The local API adapter fails where AWS fails: a body over API Gateway's 10 MB, an event over
 * Lambda's 6,291,456 bytes (413, before the function runs) and a result over 6,291,556 bytes
 * (502). A fake handler answers a body of the size the test asks for.
 */
async function adapter() {
  const seen: APIGatewayProxyEvent[] = [];
  const server = createApiAdapter({
    verifier: { verify: async () => ({ sub: 'u1', email: 'u@example.com' }) },
    loadHandler:
      async () =>
      async (event): Promise<APIGatewayProxyResult> => {
        seen.push(event);
        const size = Number(event.queryStringParameters?.size ?? 0);
        return { statusCode: 200, headers: {}, body: 'x'.repeat(size) };
      },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The proxy result is `{"statusCode":200,"headers":{},"body":"…"}`: 43 bytes around the body. */
const ENVELOPE = JSON.stringify({ statusCode: 200, headers: {}, body: '' }).length;

describe('local API adapter: AWS payload limits', () => {
  let a: Awaited<ReturnType<typeof adapter>>;
  beforeAll(async () => {
    a = await adapter();
  });
  afterAll(() => a.close());

  it('answers a result of exactly Lambda’s limit and refuses one byte more with 502', async () => {
    const fits = LAMBDA_MAX_RESPONSE_BYTES - ENVELOPE;
    const ok = await fetch(`${a.url}/excel/template?size=${fits}`);
    expect(ok.status).toBe(200);
    expect((await ok.text()).length).toBe(fits);
    const over = await fetch(`${a.url}/excel/template?size=${fits + 1}`);
    expect(over.status).toBe(502);
    const body = (await over.json()) as {
      error: string;
      message: string;
      details: { maxBytes: number };
    };
    expect(body.error).toBe('BadGateway');
    expect(body.details.maxBytes).toBe(LAMBDA_MAX_RESPONSE_BYTES);
    expect(body.message).toMatch(/Lambda returns at most 6,291,556 bytes/);
  });

  it('passes an event under 6,291,456 bytes to the function and refuses a larger one with 413', async () => {
    const post = (bytes: number) =>
      fetch(`${a.url}/calculations/cost`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
        body: JSON.stringify({ pad: 'x'.repeat(bytes) }),
      });
    const before = a.seen.length;
    expect((await post(6_000_000)).status).toBe(200);
    expect(a.seen).toHaveLength(before + 1);
    const refused = await post(6_300_000);
    expect(refused.status).toBe(413);
    const body = (await refused.json()) as {
      message: string;
      details: { maxBytes: number; limit: string };
    };
    expect(body.details).toMatchObject({
      maxBytes: LAMBDA_MAX_REQUEST_BYTES,
      limit: 'Lambda invocation payload',
    });
    expect(body.message).toMatch(/POST \/excel\/upload-url/);
    expect(a.seen).toHaveLength(before + 1);
  });

  it('refuses a body over API Gateway’s 10 MB with 413 before building an event', async () => {
    const before = a.seen.length;
    const res = await fetch(`${a.url}/calculations/cost`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: 'x'.repeat(API_GATEWAY_MAX_REQUEST_BYTES + 1),
    });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { details: { limit: string } }).details.limit).toBe(
      'API Gateway request payload',
    );
    expect(a.seen).toHaveLength(before);
  });

  it('counts a binary body as Lambda sees it: base64, a third larger', async () => {
    const res = await fetch(`${a.url}/excel/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', authorization: 'Bearer t' },
      body: new Uint8Array(5 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
  });
});
