import type { APIGatewayProxyEvent } from 'aws-lambda';
import { ROUTES, ResourceInputError, RulesInputError } from '../../../core';
import { createApiHandler } from '../../../backend/http/router';
import type { RouteTable } from '../../../backend/http/router';
import { json } from '../../../backend/http/response';

function event(
  method: string,
  path: string,
  claims: Record<string, string> | null,
): APIGatewayProxyEvent {
  return {
    httpMethod: method,
    path,
    resource: path,
    headers: {},
    multiValueHeaders: {},
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    body: null,
    isBase64Encoded: false,
    requestContext: {
      requestId: 'req-1',
      authorizer: claims ? { claims } : null,
    } as APIGatewayProxyEvent['requestContext'],
  };
}

const sales = { sub: 'u-1', email: 's@example.com', 'custom:role': 'Sales' };
const admin = { sub: 'u-2', email: 'a@example.com', 'custom:role': 'Admin' };

function dashboard(handler: RouteTable[string]) {
  return createApiHandler('dashboard', { 'GET /dashboard/metrics': handler });
}

describe('the API router and its one error mapper', () => {
  it('refuses to build when its table does not match the routes core assigns to the function', () => {
    expect(() => createApiHandler('dashboard', {})).toThrow(
      /routes missing \[GET \/dashboard\/metrics\]/,
    );
    expect(() =>
      createApiHandler('dashboard', {
        'GET /dashboard/metrics': async () => json(200, {}),
        'GET /dashboard/other': async () => json(200, {}),
      }),
    ).toThrow(/unknown \[GET \/dashboard\/other\]/);
  });

  it('gives the caller from the verified claims, role defaulting to Sales', async () => {
    const handler = dashboard(async (req) => json(200, req.caller));
    const res = await handler(
      event('GET', '/dashboard/metrics', { sub: 'u-9', email: 'x@example.com' }),
    );
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ userId: 'u-9', role: 'Sales' });
    expect(res.headers?.['X-Request-Id']).toBe('req-1');
  });

  it('answers 401 without claims and 403 for a Sales user on an admin route', async () => {
    const res = await dashboard(async () => json(200, {}))(
      event('GET', '/dashboard/metrics', null),
    );
    expect(res.statusCode).toBe(401);
    const adminFn = createApiHandler('admin', {
      'GET /admin/users': async () => json(200, []),
      'PUT /admin/users/{userId}': async () => json(200, {}),
      'GET /admin/audit-logs': async () => json(200, []),
      'GET /admin/metrics': async () => json(200, {}),
      'GET /admin/settings': async () => json(200, {}),
      'PUT /admin/settings': async () => json(200, {}),
      ...extraAdminRoutes(),
    });
    expect((await adminFn(event('GET', '/admin/users', sales))).statusCode).toBe(403);
    expect((await adminFn(event('GET', '/admin/users', admin))).statusCode).toBe(200);
  });

  it('maps the engine input errors to 400 with a JSON path', async () => {
    const itemError = await dashboard(async () => {
      throw new ResourceInputError('Compute-3', 'memoryGib', 'must be greater than 0');
    })(event('GET', '/dashboard/metrics', sales));
    expect(itemError.statusCode).toBe(400);
    expect(JSON.parse(itemError.body).details.issues[0].path).toBe(
      '$.requirements.items[id=Compute-3].memoryGib',
    );
    const rulesError = await dashboard(async () => {
      throw new RulesInputError('taxPct', 'must be between 0 and 100');
    })(event('GET', '/dashboard/metrics', sales));
    expect(rulesError.statusCode).toBe(400);
    expect(JSON.parse(rulesError.body).details.issues[0].path).toBe(
      '$.requirements.settings.taxPct',
    );
  });

  it('turns an unexpected error into a 500 that carries the request id and no internals', async () => {
    const res = await dashboard(async () => {
      throw new Error('connection string postgres://secret@db');
    })(event('GET', '/dashboard/metrics', sales));
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain('secret');
    expect(JSON.parse(res.body)).toMatchObject({ error: 'InternalError', requestId: 'req-1' });
  });
});

/** Admin routes added after this test was written are answered too, so the table stays complete. */
function extraAdminRoutes(): RouteTable {
  const known = [
    'GET /admin/users',
    'PUT /admin/users/{userId}',
    'GET /admin/audit-logs',
    'GET /admin/metrics',
    'GET /admin/settings',
    'PUT /admin/settings',
  ];
  const table: Record<string, RouteTable[string]> = {};
  for (const r of ROUTES.filter((x) => x.fn === 'admin')) {
    const key = `${r.method} ${r.path}`;
    if (!known.includes(key)) table[key] = async () => json(200, {});
  }
  return table;
}
