/** @jest-environment node */
import { ApiClient } from '../../../addin/api/api-client';
import {
  ApiResponseError,
  ApiUnreachableError,
  CancelledError,
  NotSignedInError,
} from '../../../client-shared/http/api-errors';

type Call = { url: string; init: RequestInit | undefined };

function client(
  respond: (call: Call) => Response | Promise<Response>,
  token: string | null = 'id-token',
) {
  const calls: Call[] = [];
  const api = new ApiClient(
    'http://api.test/prod',
    async () => token,
    async (url, init) => {
      const call = { url, init };
      calls.push(call);
      return respond(call);
    },
  );
  return { api, calls };
}

const headersOf = (call: Call | undefined) => new Headers(call?.init?.headers);

describe('ApiClient', () => {
  it('sends the ID token and JSON body to the route of core/api/routes.ts', async () => {
    const { api, calls } = client(
      () => new Response(JSON.stringify({ estimationId: 'e1' }), { status: 201 }),
    );
    const created = await api.createEstimation({
      name: 'Acme',
      requirements: {
        settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
        items: [],
      },
    });
    expect(created.estimationId).toBe('e1');
    expect(calls[0]?.url).toBe('http://api.test/prod/estimations');
    expect(calls[0]?.init?.method).toBe('POST');
    expect(headersOf(calls[0]).get('Authorization')).toBe('Bearer id-token');
    expect(JSON.parse(String(calls[0]?.init?.body)).name).toBe('Acme');
  });

  it('revalidates pricing data with If-None-Match and reports 304 as not modified', async () => {
    const { api, calls } = client(({ init }) =>
      new Headers(init?.headers).get('If-None-Match') === '"v1"'
        ? new Response(null, { status: 304 })
        : new Response('{"catalogVersion":"v1","shards":[]}', {
            status: 200,
            headers: { ETag: '"v1"' },
          }),
    );
    const first = await api.pricingData('ap-southeast-1', null);
    expect(first).toEqual({
      status: 'modified',
      etag: '"v1"',
      body: { catalogVersion: 'v1', shards: [] },
    });
    expect(calls[0]?.url).toBe(
      'http://api.test/prod/calculations/pricing-data?region=ap-southeast-1',
    );
    await expect(api.pricingData('ap-southeast-1', '"v1"')).resolves.toEqual({
      status: 'not-modified',
    });
  });

  it("turns the API's error body into an error with its code and message", async () => {
    const { api } = client(
      () =>
        new Response(
          JSON.stringify({
            error: 'conflict',
            message: 'Version 3 is stale',
            details: { current: 4 },
          }),
          { status: 409 },
        ),
    );
    const error = await api.updateEstimation('e1', { version: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error).toMatchObject({
      status: 409,
      code: 'conflict',
      message: 'Version 3 is stale',
      details: { current: 4 },
    });
  });

  it('says when the service is unreachable, when signed out, and when cancelled', async () => {
    const down = client(() => Promise.reject(new TypeError('Failed to fetch')));
    await expect(down.api.me()).rejects.toBeInstanceOf(ApiUnreachableError);
    await expect(down.api.me()).rejects.toThrow(
      'The pricing service at http://api.test did not answer',
    );
    const signedOut = client(() => new Response('{}'), null);
    await expect(signedOut.api.me()).rejects.toBeInstanceOf(NotSignedInError);
    expect(signedOut.calls).toHaveLength(0);
    const expired = client(() => new Response('{}', { status: 401 }));
    await expect(expired.api.me()).rejects.toBeInstanceOf(NotSignedInError);
    const controller = new AbortController();
    controller.abort();
    const aborted = client(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(
      aborted.api.cost(
        {
          requirements: {
            settings: { region: 'us-east-1', pricingModel: { kind: 'on-demand' } },
            items: [],
          },
        },
        controller.signal,
      ),
    ).rejects.toBeInstanceOf(CancelledError);
  });
});
