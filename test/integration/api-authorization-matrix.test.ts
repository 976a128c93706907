import { randomUUID } from 'node:crypto';
import type { SystemSettings } from '../../core';
import { ROUTES } from '../../core';
import { refreshIdle } from './catalog-refresh-api';
import { sampleRequirements } from '../contracts/fixtures';
import type { TestUser } from '../helpers/stack-client';
import { api, createTestUser } from '../helpers/stack-client';
import {
  createEstimationAs,
  createPricedEstimationAs,
  templateBytes,
  uploadAs,
  waitForDocument,
} from './api-fixtures';

type Who = 'anonymous' | 'owner' | 'otherSales' | 'admin';
const WHO: readonly Who[] = ['anonymous', 'owner', 'otherSales', 'admin'];

interface Fixture {
  readonly users: Record<Exclude<Who, 'anonymous'>, TestUser>;
  readonly pricedId: string;
  readonly documentId: string;
  readonly uploadId: string;
  readonly targetUserId: string;
}

interface Row {
  readonly route: string;
  /** Builds the request; runs once per caller so mutations get fresh resources. */
  readonly request: (f: Fixture, who: Who) => Promise<{ path: string; body?: unknown }>;
  /** Expected status per caller. */
  readonly expect: Record<Who, number>;
}

/** Routes on the caller's own data: any signed-in user succeeds. */
const own = (ok: number): Record<Who, number> => ({
  anonymous: 401,
  owner: ok,
  otherSales: ok,
  admin: ok,
});
/** Reads of the owner's resource: others get 404, admins may read. */
const ownedRead = (ok: number): Record<Who, number> => ({
  anonymous: 401,
  owner: ok,
  otherSales: 404,
  admin: ok,
});
/** Changes to the owner's resource: others 404, admins 403 (they read, never change, others' data). */
const ownedWrite = (ok: number): Record<Who, number> => ({
  anonymous: 401,
  owner: ok,
  otherSales: 404,
  admin: 403,
});
/** Uploads are private to their owner, admins included. */
const ownerOnly = (ok: number): Record<Who, number> => ({
  anonymous: 401,
  owner: ok,
  otherSales: 404,
  admin: 404,
});
const adminOnly = (ok: number): Record<Who, number> => ({
  anonymous: 401,
  owner: 403,
  otherSales: 403,
  admin: ok,
});

/** A valid 1×1 PNG. */
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const fresh = async (f: Fixture) =>
  (await createEstimationAs(f.users.owner, 'matrix fresh')).estimationId;

const ROWS: readonly Row[] = [
  { route: 'GET /users/me', request: async () => ({ path: '/users/me' }), expect: own(200) },
  {
    route: 'PUT /users/me',
    request: async () => ({ path: '/users/me', body: { jobTitle: 'Solutions Engineer' } }),
    expect: own(200),
  },
  { route: 'GET /estimations', request: async () => ({ path: '/estimations' }), expect: own(200) },
  {
    route: 'POST /estimations',
    request: async () => ({
      path: '/estimations',
      body: { name: 'matrix', requirements: sampleRequirements() },
    }),
    expect: own(201),
  },
  {
    route: 'GET /estimations/{id}',
    request: async (f) => ({ path: `/estimations/${f.pricedId}` }),
    expect: ownedRead(200),
  },
  {
    route: 'PUT /estimations/{id}',
    request: async (f) => ({
      path: `/estimations/${await fresh(f)}`,
      body: { version: 1, status: 'sent' },
    }),
    expect: ownedWrite(200),
  },
  {
    route: 'DELETE /estimations/{id}',
    request: async (f) => ({ path: `/estimations/${await fresh(f)}` }),
    expect: ownedWrite(204),
  },
  {
    route: 'POST /estimations/{id}/clone',
    request: async (f) => ({ path: `/estimations/${f.pricedId}/clone`, body: {} }),
    expect: ownedRead(201),
  },
  {
    route: 'GET /excel/template',
    request: async () => ({ path: '/excel/template' }),
    expect: { anonymous: 200, owner: 200, otherSales: 200, admin: 200 },
  },
  {
    route: 'POST /excel/upload',
    request: async () => ({
      path: '/excel/upload',
      body: { fileName: 'r.xlsx', contentBase64: Buffer.from('PK\u0003\u0004').toString('base64') },
    }),
    expect: own(201),
  },
  {
    route: 'POST /excel/upload-url',
    request: async () => ({
      path: '/excel/upload-url',
      body: { fileName: 'large.xlsx', sizeBytes: 6_000_000 },
    }),
    expect: own(201),
  },
  {
    route: 'POST /excel/validate',
    request: async (f) => ({ path: '/excel/validate', body: { uploadId: f.uploadId } }),
    expect: ownerOnly(200),
  },
  {
    route: 'POST /excel/process',
    request: async (f) => ({ path: '/excel/process', body: { uploadId: f.uploadId } }),
    expect: ownerOnly(200),
  },
  {
    route: 'POST /calculations/cost',
    request: async () => ({
      path: '/calculations/cost',
      body: { requirements: sampleRequirements() },
    }),
    expect: own(200),
  },
  {
    route: 'POST /calculations/compare',
    request: async () => ({
      path: '/calculations/compare',
      body: {
        requirements: sampleRequirements(),
        scenarios: [{ name: 'Base' }, { name: 'US', region: 'us-east-1' }],
      },
    }),
    expect: own(200),
  },
  {
    route: 'POST /calculations/reprice',
    request: async (f) => ({
      path: '/calculations/reprice',
      body: { estimationId: f.pricedId },
    }),
    expect: ownedRead(200),
  },
  {
    route: 'GET /calculations/pricing-data',
    request: async () => ({ path: '/calculations/pricing-data?region=ap-southeast-1' }),
    expect: own(200),
  },
  {
    route: 'POST /documents/generate',
    request: async (f) => ({
      path: '/documents/generate',
      body: { estimationId: f.pricedId, format: 'json' },
    }),
    expect: ownedRead(202),
  },
  {
    route: 'GET /documents/{id}/status',
    request: async (f) => ({ path: `/documents/${f.documentId}/status` }),
    expect: ownedRead(200),
  },
  {
    route: 'GET /documents/{id}/download',
    request: async (f) => ({ path: `/documents/${f.documentId}/download` }),
    expect: ownedRead(200),
  },
  { route: 'GET /documents', request: async () => ({ path: '/documents' }), expect: own(200) },
  {
    route: 'POST /documents/export',
    request: async (f) => ({
      path: '/documents/export',
      body: { estimationId: f.pricedId, format: 'csv' },
    }),
    expect: ownedRead(202),
  },
  {
    route: 'GET /dashboard/metrics',
    request: async () => ({ path: '/dashboard/metrics' }),
    expect: own(200),
  },
  {
    route: 'GET /admin/users',
    request: async () => ({ path: '/admin/users?search=test.example.com' }),
    expect: adminOnly(200),
  },
  {
    route: 'POST /admin/users',
    request: async () => ({
      path: '/admin/users',
      body: {
        email: `matrix-${randomUUID().slice(0, 8)}@test.example.com`,
        firstName: 'Mat',
        lastName: 'Rix',
        role: 'Sales',
      },
    }),
    expect: adminOnly(201),
  },
  {
    route: 'PUT /admin/users/{userId}',
    request: async (f) => ({ path: `/admin/users/${f.targetUserId}`, body: { role: 'Sales' } }),
    expect: adminOnly(200),
  },
  {
    route: 'GET /admin/audit-logs',
    request: async () => ({ path: '/admin/audit-logs?limit=5' }),
    expect: adminOnly(200),
  },
  {
    route: 'GET /admin/audit-logs/export',
    request: async () => ({ path: '/admin/audit-logs/export?format=csv&to=2000-01-01T00:00:00Z' }),
    expect: adminOnly(200),
  },
  {
    route: 'GET /admin/metrics',
    request: async () => ({ path: '/admin/metrics' }),
    expect: adminOnly(200),
  },
  {
    route: 'GET /admin/catalog/coverage',
    request: async () => ({ path: '/admin/catalog/coverage' }),
    expect: adminOnly(200),
  },
  {
    route: 'GET /admin/catalog/refresh',
    request: async () => ({ path: '/admin/catalog/refresh' }),
    expect: adminOnly(200),
  },
  {
    route: 'POST /admin/catalog/refresh',
    request: async (f) => {
      // One run at a time (409 while one runs): wait for another suite's run to finish first.
      await refreshIdle(f.users.admin.idToken);
      return { path: '/admin/catalog/refresh', body: {} };
    },
    expect: adminOnly(202),
  },
  {
    route: 'GET /admin/settings',
    request: async () => ({ path: '/admin/settings' }),
    expect: adminOnly(200),
  },
  {
    route: 'GET /admin/whoami',
    request: async () => ({ path: '/admin/whoami' }),
    expect: adminOnly(200),
  },
  {
    route: 'PUT /admin/settings',
    request: async (f) => {
      const current = await api<SystemSettings>('/admin/settings', {
        token: f.users.admin.idToken,
      });
      return {
        path: '/admin/settings',
        body: { version: current.body.version, defaultSupportPlan: 'business' },
      };
    },
    expect: adminOnly(200),
  },
  {
    route: 'POST /admin/branding/logo',
    request: async () => ({
      path: '/admin/branding/logo',
      body: { fileName: 'logo.png', contentType: 'image/png', contentBase64: PNG_1X1 },
    }),
    expect: adminOnly(200),
  },
];

describe('authorization matrix: every route × anonymous / Sales owner / another Sales user / Admin', () => {
  let fixture: Fixture;

  beforeAll(async () => {
    const [owner, otherSales, admin, target] = await Promise.all([
      createTestUser('Sales', 'owner'),
      createTestUser('Sales', 'other'),
      createTestUser('Admin', 'admin'),
      createTestUser('Sales', 'target'),
    ]);
    const priced = await createPricedEstimationAs(owner);
    const doc = await api<{ documentId: string }>('/documents/generate', {
      method: 'POST',
      token: owner.idToken,
      body: { estimationId: priced.estimationId, format: 'json' },
    });
    const ready = await waitForDocument(owner, doc.body.documentId);
    if (ready.status !== 'ready') throw new Error(`fixture document failed: ${ready.error}`);
    const upload = await uploadAs(owner, await templateBytes());
    const targetProfile = await api<{ userId: string }>('/users/me', { token: target.idToken });
    fixture = {
      users: { owner, otherSales, admin },
      pricedId: priced.estimationId,
      documentId: doc.body.documentId,
      uploadId: upload.uploadId,
      targetUserId: targetProfile.body.userId,
    };
    // The fixture document's wait has no deadline of its own (waitForDocument): generous.
  }, 180_000);

  it('covers every route of core ROUTES exactly once', () => {
    expect(ROWS.map((r) => r.route).sort()).toEqual(
      ROUTES.map((r) => `${r.method} ${r.path}`).sort(),
    );
  });

  it('answers every route and caller with the expected status', async () => {
    const mismatches: string[] = [];
    for (const row of ROWS) {
      const method = row.route.split(' ')[0] as string;
      for (const who of WHO) {
        const { path, body } = await row.request(fixture, who);
        const token = who === 'anonymous' ? null : fixture.users[who].idToken;
        const res = await api(path, { method, token, body });
        if (res.status !== row.expect[who]) {
          mismatches.push(
            `${row.route} as ${who}: expected ${row.expect[who]}, got ${res.status} ${res.text.slice(0, 160)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
