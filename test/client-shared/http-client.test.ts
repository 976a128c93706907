/** @jest-environment node */
import {
  ApiClientError,
  ApiResponseError,
  NotSignedInError,
  describeError,
} from '../../client-shared/http/api-errors';
import { HttpClient } from '../../client-shared/http/http-client';

type Call = { url: string; init: RequestInit | undefined };

function client(respond: () => Response, statusMessages?: Record<number, string>) {
  const calls: Call[] = [];
  let tokenReads = 0;
  const http = new HttpClient({
    baseUrl: 'http://api.test',
    token: async () => {
      tokenReads++;
      return 'tok';
    },
    fetch: async (url, init) => {
      calls.push({ url, init });
      return respond();
    },
    signedOutMessage: 'Sign in on the first tab.',
    statusMessages,
  });
  return { http, calls, tokenReads: () => tokenReads };
}

describe('HttpClient (shared by the add-in and the admin console)', () => {
  it('calls a public route without asking for a token or sending one', async () => {
    const c = client(() => new Response('xlsx-bytes'));
    const response = await c.http.request('GET', '/excel/template', { auth: false });
    expect(await response.text()).toBe('xlsx-bytes');
    expect(c.tokenReads()).toBe(0);
    expect(new Headers(c.calls[0]?.init?.headers).has('Authorization')).toBe(false);
  });

  it("uses the app's message for a body-less status, 413's default, else names the route", async () => {
    const forbidden = client(() => new Response('', { status: 403 }), { 403: 'Admins only.' });
    await expect(forbidden.http.json('GET', '/admin/metrics')).rejects.toThrow('Admins only.');
    const tooBig = client(() => new Response('', { status: 413 }));
    await expect(tooBig.http.json('POST', '/x', { body: {} })).rejects.toThrow(
      'The request is larger than the API accepts.',
    );
    const teapot = client(() => new Response('', { status: 418 }));
    await expect(teapot.http.json('GET', '/estimations')).rejects.toThrow(
      'GET /estimations failed: the service answered HTTP 418.',
    );
  });

  it("ignores a proxy's HTML error page and keeps the status", async () => {
    const c = client(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await c.http.json('GET', '/users/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error).toMatchObject({
      status: 502,
      code: 'http_502',
      message: 'GET /users/me failed: the service answered HTTP 502.',
      requestId: null,
      issues: [],
    });
  });

  it("answers 401 with the app's sign-in message", async () => {
    const c = client(() => new Response('{"message":"Unauthorized"}', { status: 401 }));
    const error = await c.http.json('GET', '/users/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotSignedInError);
    expect((error as Error).message).toBe('Sign in on the first tab.');
  });

  it('reads an empty answer as null and refuses a 2xx answer that is not JSON', async () => {
    await expect(client(() => new Response('')).http.json('GET', '/x')).resolves.toBeNull();
    const html = client(() => new Response('<html></html>', { status: 200 }));
    const error = await html.http.json('GET', '/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiClientError);
    expect((error as Error).message).toBe(
      'GET /x: the service answered 200 with a body that is not JSON.',
    );
  });

  it('describes any error for a message bar', () => {
    expect(describeError(new Error('boom'))).toBe('boom');
    expect(describeError('plain')).toBe('plain');
    expect(describeError(new ApiResponseError(409, { message: 'stale' }, 'x'))).toBe('stale');
  });
});
