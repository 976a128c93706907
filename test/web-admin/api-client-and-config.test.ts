import { HttpAdminApi } from '../../web-admin/api/http-admin-api';
import { ApiResponseError, describeError } from '../../client-shared/http/api-errors';
import { CURSOR_EXPIRED } from '../../core';
import {
  ConfigError,
  loadAdminConfig,
  parseAdminConfig,
} from '../../web-admin/config/admin-config';

function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const impl = async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    // jsdom has no fetch Response; the client reads only these members.
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return {
      ok: status >= 200 && status < 300,
      status,
      text: async () => text,
      json: async () => JSON.parse(text) as unknown,
    } as Response;
  };
  return { calls, impl };
}

describe('HttpAdminApi', () => {
  it('sends the ID token and the filters as query parameters, leaving out empty ones', async () => {
    const f = fakeFetch(200, { items: [], nextCursor: null });
    const api = new HttpAdminApi('https://api.example.com/prod', async () => 'tok', f.impl);
    await api.auditLogs({
      userId: 'u-1',
      action: '',
      from: '2026-11-01T00:00:00.000Z',
      cursor: 'abc=',
    });
    expect(f.calls[0]?.url).toBe(
      'https://api.example.com/prod/admin/audit-logs?userId=u-1&from=2026-11-01T00%3A00%3A00.000Z&cursor=abc%3D',
    );
    expect((f.calls[0]?.init?.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it("exports the CSV part by part and, when a later part's cursor expired, once again from the start", async () => {
    const calls: string[] = [];
    const part = (status: number, body: string, next?: string) => {
      const headers = new Headers(
        next ? { 'X-Next-Cursor': next, 'X-Row-Count': '1' } : { 'X-Row-Count': '1' },
      );
      const bytes = new TextEncoder().encode(body);
      return {
        ok: status < 300,
        status,
        headers,
        text: async () => body,
        arrayBuffer: async () =>
          bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      } as unknown as Response;
    };
    const expired = JSON.stringify({
      error: CURSOR_EXPIRED,
      message: 'The query parameter "cursor" is not valid: … start again without a cursor.',
      details: { issues: [{ path: '$.cursor', message: 'expired' }], issueCount: 1 },
      requestId: 'req-1',
    });
    const answers = [
      part(200, '\uFEFFh\r\nold-1\r\n', 'c-old'),
      part(400, expired),
      part(200, '\uFEFFh\r\nnew-1\r\n', 'c-new'),
      part(200, 'new-2\r\n'),
    ];
    const api = new HttpAdminApi(
      'https://api.example.com',
      async () => 'tok',
      async (url) => {
        calls.push(url);
        return answers.shift()!;
      },
    );
    const out = await api.exportAuditCsv({ action: 'user.invite' });
    expect(out).toEqual({ csv: '\uFEFFh\r\nnew-1\r\nnew-2\r\n', rows: 2 });
    expect(calls.map((u) => new URL(u).searchParams.get('cursor'))).toEqual([
      null,
      'c-old',
      null,
      'c-new',
    ]);
    // A second expiry in a row is shown, not retried without end.
    answers.push(
      part(200, '\uFEFFh\r\n', 'c-1'),
      part(400, expired),
      part(200, '\uFEFFh\r\n', 'c-2'),
      part(400, expired),
    );
    await expect(api.exportAuditCsv({})).rejects.toMatchObject({
      status: 400,
      code: CURSOR_EXPIRED,
    });
  });

  it('PUTs a user update as JSON to the encoded user path', async () => {
    const f = fakeFetch(200, { userId: 'a/b' });
    const api = new HttpAdminApi('http://x', async () => 'tok', f.impl);
    await api.updateUser('a/b', { status: 'disabled' });
    expect(f.calls[0]?.url).toBe('http://x/admin/users/a%2Fb');
    expect(f.calls[0]?.init?.method).toBe('PUT');
    expect(f.calls[0]?.init?.body).toBe('{"status":"disabled"}');
  });

  it('turns an API error body into an ApiResponseError with its issues', async () => {
    const body = {
      error: 'ValidationFailed',
      message: 'Settings are invalid',
      details: { issues: [{ path: 'fxRates[0].rate', message: 'must be a decimal' }] },
      requestId: 'r-1',
    };
    const api = new HttpAdminApi('http://x', async () => 'tok', fakeFetch(400, body).impl);
    const err = await api.updateSettings({ version: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiResponseError);
    expect(describeError(err)).toBe(
      'Settings are invalid — fxRates[0].rate: must be a decimal (request r-1)',
    );
  });

  it('POSTs a logo as JSON and explains a 413 that has no JSON body', async () => {
    const f = fakeFetch(200, { version: 5 });
    const api = new HttpAdminApi('http://x', async () => 'tok', f.impl);
    const upload = { fileName: 'a.png', contentType: 'image/png', contentBase64: 'iVBO' } as const;
    await api.uploadLogo(upload);
    expect(f.calls[0]?.url).toBe('http://x/admin/branding/logo');
    expect(f.calls[0]?.init?.method).toBe('POST');
    expect(JSON.parse(String(f.calls[0]?.init?.body))).toEqual(upload);
    const tooBig = new HttpAdminApi('http://x', async () => 'tok', fakeFetch(413, '').impl);
    const err = await tooBig.uploadLogo(upload).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiResponseError);
    expect((err as ApiResponseError).status).toBe(413);
    expect((err as ApiResponseError).message).toBe('The request is larger than the API accepts.');
  });

  it('explains a 403 without a body and refuses to call when signed out', async () => {
    const api = new HttpAdminApi('http://x', async () => 'tok', fakeFetch(403, '').impl);
    await expect(api.adminMetrics()).rejects.toThrow('This action needs the Admin role.');
    const f = fakeFetch(200, {});
    await expect(
      new HttpAdminApi('http://x', async () => null, f.impl).getSettings(),
    ).rejects.toThrow('You are signed out');
    expect(f.calls).toHaveLength(0);
  });
});

describe('console config', () => {
  it('prefers window.__CONFIG__ and trims the API URL', async () => {
    const cfg = await loadAdminConfig(
      {
        __CONFIG__: {
          apiUrl: 'http://127.0.0.1:3001/',
          userPoolId: 'local_1',
          userPoolClientId: 'c1',
          cognitoEndpoint: 'http://127.0.0.1:9229',
        },
        location: { href: 'http://localhost/' } as Location,
      },
      async () => {
        throw new Error('must not fetch');
      },
    );
    expect(cfg).toEqual({
      apiUrl: 'http://127.0.0.1:3001',
      userPoolId: 'local_1',
      userPoolClientId: 'c1',
      cognitoEndpoint: 'http://127.0.0.1:9229',
      authFlowType: 'USER_PASSWORD_AUTH',
    });
  });

  it('falls back to config.json beside the page', async () => {
    const f = fakeFetch(200, { apiUrl: 'https://api', userPoolId: 'p', userPoolClientId: 'c' });
    const cfg = await loadAdminConfig(
      { location: { href: 'https://admin.example.com/console/index.html' } as Location },
      f.impl,
    );
    expect(f.calls[0]?.url).toBe('https://admin.example.com/console/config.json');
    expect(cfg.apiUrl).toBe('https://api');
  });

  it('tries the site root when there is no config.json beside the page, and says where it looked', async () => {
    const urls: string[] = [];
    const impl = async (url: string) => {
      urls.push(url);
      return { ok: false, status: 404 } as Response;
    };
    await expect(
      loadAdminConfig(
        { location: { href: 'http://127.0.0.1:3002/web-admin/index.html' } as Location },
        impl,
      ),
    ).rejects.toThrow(
      'Could not load config.json (http://127.0.0.1:3002/web-admin/config.json: HTTP 404; http://127.0.0.1:3002/config.json: HTTP 404)',
    );
    expect(urls).toEqual([
      'http://127.0.0.1:3002/web-admin/config.json',
      'http://127.0.0.1:3002/config.json',
    ]);
  });

  it('names the missing fields', () => {
    expect(() => parseAdminConfig({ apiUrl: 'x' }, 'config.json')).toThrow(
      new ConfigError(
        'config.json is missing userPoolId, userPoolClientId; ask the operator to fix the deployment config.',
      ),
    );
  });
});
