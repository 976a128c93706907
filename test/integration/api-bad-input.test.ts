import { randomUUID } from 'node:crypto';
import type { ApiErrorBody } from '../../core';
import { ROUTES } from '../../core';
import { sampleRequirements } from '../contracts/fixtures';
import type { TestUser } from '../helpers/stack-client';
import { api, createTestUser } from '../helpers/stack-client';
import { createEstimationAs } from './api-fixtures';

interface BadCase {
  readonly route: string;
  readonly why: string;
  readonly path: (ids: { estimationId: string }) => string;
  readonly body?: unknown;
  readonly as?: 'sales' | 'admin';
  readonly status: number;
  /** JSON paths that must appear in `details.issues` (400 validation failures). */
  readonly issues?: readonly string[];
}

const reqs = sampleRequirements();
const CASES: readonly BadCase[] = [
  {
    route: 'GET /users/me',
    why: 'unknown route suffix',
    path: () => '/users/me/extra',
    status: 404,
  },
  {
    route: 'PUT /users/me',
    why: 'role is not self-editable',
    path: () => '/users/me',
    body: { role: 'Admin' },
    status: 400,
    issues: ['$.role'],
  },
  {
    route: 'GET /estimations',
    why: 'limit out of range',
    path: () => '/estimations?limit=0',
    status: 400,
    issues: ['$.limit'],
  },
  {
    route: 'GET /estimations',
    why: 'a cursor this API never issued',
    path: () => '/estimations?cursor=bm90LWEtY3Vyc29y',
    status: 400,
  },
  {
    route: 'POST /estimations',
    why: 'empty name, negative quantity, misspelt field',
    path: () => '/estimations',
    body: {
      name: '',
      requirements: {
        ...reqs,
        items: [{ id: 'a', service: 'ebs', volumeType: 'gp3', storageGB: 10, quantity: -1 }],
      },
    },
    status: 400,
    issues: ['$.name', '$.requirements.items[0].quantity', '$.requirements.items[0]'],
  },
  {
    route: 'POST /estimations',
    why: 'unknown top-level field',
    path: () => '/estimations',
    body: { name: 'x', requirements: reqs, owner: 'me' },
    status: 400,
    issues: ['$'],
  },
  {
    route: 'POST /estimations',
    why: 'body is not JSON',
    path: () => '/estimations',
    body: '{"name":',
    status: 400,
  },
  {
    route: 'GET /estimations/{id}',
    why: 'no such estimation',
    path: () => `/estimations/${randomUUID()}`,
    status: 404,
  },
  {
    route: 'PUT /estimations/{id}',
    why: 'version missing',
    path: (i) => `/estimations/${i.estimationId}`,
    body: { name: 'x' },
    status: 400,
    issues: ['$.version'],
  },
  {
    route: 'PUT /estimations/{id}',
    why: 'status not in the list',
    path: (i) => `/estimations/${i.estimationId}`,
    body: { version: 1, status: 'archived' },
    status: 400,
    issues: ['$.status'],
  },
  {
    route: 'DELETE /estimations/{id}',
    why: 'no such estimation',
    path: () => `/estimations/${randomUUID()}`,
    status: 404,
  },
  {
    route: 'POST /estimations/{id}/clone',
    why: 'name of the wrong type',
    path: (i) => `/estimations/${i.estimationId}/clone`,
    body: { name: 5 },
    status: 400,
    issues: ['$.name'],
  },
  {
    route: 'GET /excel/template',
    why: 'unknown query parameter',
    path: () => '/excel/template?format=xls',
    status: 400,
    issues: ['$'],
  },
  {
    route: 'POST /excel/upload',
    why: 'wrong extension and not base64',
    path: () => '/excel/upload',
    body: { fileName: 'virus.exe', contentBase64: '%%%' },
    status: 400,
    issues: ['$.fileName', '$.contentBase64'],
  },
  {
    route: 'POST /excel/upload-url',
    why: 'wrong extension, size not a positive integer, unknown field',
    path: () => '/excel/upload-url',
    body: { fileName: 'virus.exe', sizeBytes: -1.5, contentBase64: 'AAAA' },
    status: 400,
    issues: ['$.fileName', '$.sizeBytes', '$'],
  },
  {
    route: 'POST /excel/upload-url',
    why: 'declared size over 10 MB',
    path: () => '/excel/upload-url',
    body: { fileName: 'huge.xlsx', sizeBytes: 10 * 1_048_576 + 1 },
    status: 413,
  },
  {
    route: 'POST /excel/validate',
    why: 'uploadId not a uuid',
    path: () => '/excel/validate',
    body: { uploadId: 'nope' },
    status: 400,
    issues: ['$.uploadId'],
  },
  {
    route: 'POST /excel/validate',
    why: 'no such upload',
    path: () => '/excel/validate',
    body: { uploadId: randomUUID() },
    status: 404,
  },
  {
    route: 'POST /excel/process',
    why: 'uploadId missing',
    path: () => '/excel/process',
    body: {},
    status: 400,
    issues: ['$.uploadId'],
  },
  {
    route: 'POST /calculations/cost',
    why: 'bad region and missing pricing model',
    path: () => '/calculations/cost',
    body: { requirements: { settings: { region: 'mars-1' }, items: [] } },
    status: 400,
    issues: ['$.requirements.settings.region', '$.requirements.settings.pricingModel'],
  },
  {
    route: 'POST /calculations/compare',
    why: 'no scenarios',
    path: () => '/calculations/compare',
    body: { requirements: reqs, scenarios: [] },
    status: 400,
    issues: ['$.scenarios'],
  },
  {
    route: 'POST /calculations/reprice',
    why: 'estimationId missing and an unknown policy choice',
    path: () => '/calculations/reprice',
    body: { sizingPolicy: 'newest' },
    status: 400,
    issues: ['$.estimationId', '$.sizingPolicy'],
  },
  {
    route: 'GET /calculations/pricing-data',
    why: 'region missing',
    path: () => '/calculations/pricing-data',
    status: 400,
    issues: ['$.region'],
  },
  {
    route: 'GET /calculations/pricing-data',
    why: 'region not in the catalog',
    path: () => '/calculations/pricing-data?region=af-south-9',
    status: 404,
  },
  {
    route: 'POST /documents/generate',
    why: 'unknown format',
    path: () => '/documents/generate',
    body: { estimationId: 'x', format: 'exe' },
    status: 400,
    issues: ['$.format'],
  },
  {
    route: 'POST /documents/generate',
    why: 'no such estimation',
    path: () => '/documents/generate',
    body: { estimationId: randomUUID(), format: 'pdf' },
    status: 404,
  },
  {
    route: 'GET /documents/{id}/status',
    why: 'no such document',
    path: () => `/documents/${randomUUID()}/status`,
    status: 404,
  },
  {
    route: 'GET /documents/{id}/download',
    why: 'no such document',
    path: () => `/documents/${randomUUID()}/download`,
    status: 404,
  },
  {
    route: 'GET /documents',
    why: 'limit too large',
    path: () => '/documents?limit=1000',
    status: 400,
    issues: ['$.limit'],
  },
  {
    route: 'POST /documents/export',
    why: 'a proposal format is not an export',
    path: () => '/documents/export',
    body: { estimationId: 'x', format: 'pdf' },
    status: 400,
    issues: ['$.format'],
  },
  {
    route: 'GET /dashboard/metrics',
    why: 'unknown query parameter',
    path: () => '/dashboard/metrics?all=true',
    status: 400,
    issues: ['$'],
  },
  {
    route: 'GET /admin/users',
    why: 'limit not a number',
    path: () => '/admin/users?limit=abc',
    as: 'admin',
    status: 400,
    issues: ['$.limit'],
  },
  {
    route: 'POST /admin/users',
    why: 'not an email, role missing',
    path: () => '/admin/users',
    body: { email: 'nobody', firstName: 'A', lastName: 'B' },
    as: 'admin',
    status: 400,
    issues: ['$.email', '$.role'],
  },
  {
    route: 'PUT /admin/users/{userId}',
    why: 'nothing to change',
    path: () => `/admin/users/${randomUUID()}`,
    body: {},
    as: 'admin',
    status: 400,
    issues: ['$'],
  },
  {
    route: 'PUT /admin/users/{userId}',
    why: 'unknown role',
    path: () => `/admin/users/${randomUUID()}`,
    body: { role: 'Root' },
    as: 'admin',
    status: 400,
    issues: ['$.role'],
  },
  {
    route: 'PUT /admin/users/{userId}',
    why: 'no such user',
    path: () => `/admin/users/${randomUUID()}`,
    body: { role: 'Admin' },
    as: 'admin',
    status: 404,
  },
  {
    route: 'GET /admin/audit-logs',
    why: 'from is not a date-time',
    path: () => '/admin/audit-logs?from=yesterday',
    as: 'admin',
    status: 400,
    issues: ['$.from'],
  },
  {
    route: 'GET /admin/audit-logs/export',
    why: 'format other than csv',
    path: () => '/admin/audit-logs/export?format=xlsx',
    as: 'admin',
    status: 400,
    issues: ['$.format'],
  },
  {
    route: 'GET /admin/metrics',
    why: 'unknown query parameter',
    path: () => '/admin/metrics?range=7d',
    as: 'admin',
    status: 400,
    issues: ['$'],
  },
  {
    route: 'GET /admin/catalog/refresh',
    why: 'unknown query parameter',
    path: () => '/admin/catalog/refresh?runId=1',
    as: 'admin',
    status: 400,
    issues: ['$'],
  },
  {
    route: 'POST /admin/catalog/refresh',
    why: 'a field the route does not take',
    path: () => '/admin/catalog/refresh',
    body: { services: ['AmazonEC2'] },
    as: 'admin',
    status: 400,
    issues: ['$'],
  },
  {
    route: 'GET /admin/catalog/coverage',
    why: 'unknown query parameter',
    path: () => '/admin/catalog/coverage?region=us-east-1',
    as: 'admin',
    status: 400,
    issues: ['$'],
  },
  {
    route: 'GET /admin/settings',
    why: 'unknown query parameter',
    path: () => '/admin/settings?v=2',
    as: 'admin',
    status: 400,
    issues: ['$'],
  },
  {
    route: 'PUT /admin/settings',
    why: 'colour and currency malformed, version missing',
    path: () => '/admin/settings',
    body: {
      defaultCurrency: 'pesos',
      branding: {
        companyName: 'X',
        primaryColor: 'red',
        accentColor: '#FF9900',
        footerText: '',
        disclaimer: '',
        logoKey: null,
      },
    },
    as: 'admin',
    status: 400,
    issues: ['$.version', '$.defaultCurrency', '$.branding.primaryColor'],
  },
  {
    route: 'PUT /admin/settings',
    why: 'an allow-list entry that is not a CIDR range',
    path: () => '/admin/settings',
    body: { version: 0, adminIpAllowList: ['10.0.0.300/8'] },
    as: 'admin',
    status: 400,
    issues: ['$.adminIpAllowList[0]'],
  },
  {
    route: 'GET /admin/whoami',
    why: 'unknown query parameter',
    path: () => '/admin/whoami?ip=1.2.3.4',
    as: 'admin',
    status: 400,
    issues: ['$'],
  },
  {
    route: 'POST /admin/branding/logo',
    why: 'unsupported content type and not base64',
    path: () => '/admin/branding/logo',
    body: { fileName: 'logo.gif', contentType: 'image/gif', contentBase64: '%%%' },
    as: 'admin',
    status: 400,
    issues: ['$.fileName', '$.contentType', '$.contentBase64'],
  },
  {
    route: 'POST /admin/branding/logo',
    why: 'bytes are not the declared PNG',
    path: () => '/admin/branding/logo',
    body: {
      fileName: 'logo.png',
      contentType: 'image/png',
      contentBase64: Buffer.from('GIF89a not a png').toString('base64'),
    },
    as: 'admin',
    status: 400,
  },
];

describe('bad input on every route: 4xx with JSON paths, never a stack trace', () => {
  let sales: TestUser;
  let admin: TestUser;
  let estimationId: string;
  beforeAll(async () => {
    [sales, admin] = await Promise.all([
      createTestUser('Sales', 'bad'),
      createTestUser('Admin', 'badadmin'),
    ]);
    estimationId = (await createEstimationAs(sales)).estimationId;
  });

  it('has at least one bad-input case for every route', () => {
    const covered = new Set(CASES.map((c) => c.route));
    expect(ROUTES.map((r) => `${r.method} ${r.path}`).filter((r) => !covered.has(r))).toEqual([]);
  });

  it('answers every bad request with the expected status, error body and field paths', async () => {
    const problems: string[] = [];
    for (const c of CASES) {
      const method = c.route.split(' ')[0] as string;
      const user = c.as === 'admin' ? admin : sales;
      const res = await api<ApiErrorBody & { details: { issues?: { path: string }[] } | null }>(
        c.path({ estimationId }),
        {
          method,
          token: user.idToken,
          body: c.body,
        },
      );
      const label = `${c.route} (${c.why})`;
      if (res.status !== c.status)
        problems.push(
          `${label}: expected ${c.status}, got ${res.status} ${res.text.slice(0, 200)}`,
        );
      if (
        !res.body ||
        typeof res.body !== 'object' ||
        !res.body.error ||
        !res.body.message ||
        !('requestId' in res.body)
      ) {
        problems.push(
          `${label}: body is not {error, message, details, requestId}: ${res.text.slice(0, 200)}`,
        );
      }
      if (/\n\s+at /.test(res.text)) problems.push(`${label}: the response carries a stack trace`);
      const paths = res.body?.details?.issues?.map((i) => i.path) ?? [];
      for (const p of c.issues ?? [])
        if (!paths.includes(p))
          problems.push(`${label}: no issue at ${p} (got ${paths.join(', ')})`);
    }
    expect(problems).toEqual([]);
  }, 60_000);

  it('refuses a body over the size limit with 413 before any handler work', async () => {
    // Over Lambda's 6,291,456-byte event: refused where AWS refuses it (payload-limits tests).
    const huge = { name: 'big', requirements: { ...reqs, name: 'x'.repeat(7 * 1024 * 1024) } };
    const res = await api<ApiErrorBody>('/estimations', {
      method: 'POST',
      token: sales.idToken,
      body: huge,
    });
    expect(res.status).toBe(413);
    expect(res.body.error).toBe('PayloadTooLarge');
  });
});
