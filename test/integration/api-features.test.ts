import type {
  AdminMetrics,
  ApiErrorBody,
  AdminCatalogCoverage,
  DashboardMetrics,
  DocumentJob,
  DownloadResponse,
  Estimate,
  Page,
  ProcessResponse,
  UserProfile,
  ValidateResponse,
} from '../../core';
import { AWS_REGION_CODES, combineCoverage } from '../../core';
import { EmbeddedCoverageFiles } from '../../backend/adapters/embedded-coverage-files';
import {
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { sampleRequirements } from '../contracts/fixtures';
import type { TestUser } from '../helpers/stack-client';
import { api, createTestUser, signIn } from '../helpers/stack-client';
import { createPricedEstimationAs, templateBytes, uploadAs, waitForDocument } from './api-fixtures';

describe('endpoint semantics over HTTP', () => {
  let sales: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    [sales, admin] = await Promise.all([
      createTestUser('Sales', 'feature'),
      createTestUser('Admin', 'featureadmin'),
    ]);
    // Profiles are created on a user's first request.
    await Promise.all([sales, admin].map((u) => api('/users/me', { token: u.idToken })));
  });

  it('pricing-data: compact shards with ETag and a 5-minute cache; 304 when the ETag still matches', async () => {
    const first = await api<{ catalogVersion: string; region: string; shards: unknown[] }>(
      '/calculations/pricing-data?region=ap-southeast-1',
      {
        token: sales.idToken,
      },
    );
    expect(first.status).toBe(200);
    expect(first.body.region).toBe('ap-southeast-1');
    expect(first.body.shards.length).toBeGreaterThan(0);
    expect(first.headers.get('cache-control')).toContain('max-age=300');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await api('/calculations/pricing-data?region=ap-southeast-1', {
      token: sales.idToken,
      headers: { 'If-None-Match': etag ?? '' },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    const stale = await api('/calculations/pricing-data?region=ap-southeast-1', {
      token: sales.idToken,
      headers: { 'If-None-Match': '"old"' },
    });
    expect(stale.status).toBe(200);
  });

  it('cost prices a 100-line estimate with the catalog version it used', async () => {
    const res = await api<Estimate>('/calculations/cost', {
      method: 'POST',
      token: sales.idToken,
      body: { requirements: sampleRequirements(100) },
    });
    expect(res.status).toBe(200);
    expect(res.body.lines).toHaveLength(100);
    expect(res.body.catalogVersion).toMatch(/\S/);
    expect(res.body.totals.monthly).toMatch(/^\d+(\.\d+)?$/);
  });

  it('excel: the public template uploads, validates with cell-addressed findings and processes', async () => {
    const bytes = await templateBytes();
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    const upload = await uploadAs(sales, bytes, 'blank-template.xlsx');
    expect(upload).toMatchObject({ fileName: 'blank-template.xlsx', sizeBytes: bytes.length });
    expect(Date.parse(upload.expiresAt) - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    const validated = await api<ValidateResponse>('/excel/validate', {
      method: 'POST',
      token: sales.idToken,
      body: { uploadId: upload.uploadId },
    });
    expect(validated.status).toBe(200);
    expect(validated.body.format).not.toBe('unknown');
    expect(validated.body).not.toHaveProperty('requirements');
    for (const issue of [...validated.body.errors, ...validated.body.warnings])
      expect(issue.cell.startsWith(issue.sheet)).toBe(true);
    const processed = await api<ProcessResponse>('/excel/process', {
      method: 'POST',
      token: sales.idToken,
      body: { uploadId: upload.uploadId },
    });
    expect(processed.status).toBe(200);
    expect(processed.body.valid).toBe(validated.body.valid);
    expect(processed.body.requirements === null).toBe(!processed.body.valid);
  });

  it('excel: a file over 10 MB is refused with 413 and a file that is not a workbook with a clear 4xx', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    const tooBig = await api<ApiErrorBody>('/excel/upload', {
      method: 'POST',
      token: sales.idToken,
      body: { fileName: 'big.xlsx', contentBase64: Buffer.from(big).toString('base64') },
    });
    expect(tooBig.status).toBe(413);
    const junk = await uploadAs(
      sales,
      new TextEncoder().encode('this is not a spreadsheet at all'),
      'junk.xlsx',
    );
    const res = await api<ApiErrorBody>('/excel/validate', {
      method: 'POST',
      token: sales.idToken,
      body: { uploadId: junk.uploadId },
    });
    expect([400, 415]).toContain(res.status);
    expect(res.body.message).toMatch(/not an Excel workbook|CSV/);
  });

  it('documents: a PDF is generated asynchronously and downloads through a short-lived presigned URL', async () => {
    const e = await createPricedEstimationAs(sales, 'PDF proposal');
    const accepted = await api<DocumentJob>('/documents/generate', {
      method: 'POST',
      token: sales.idToken,
      body: { estimationId: e.estimationId, format: 'pdf' },
    });
    expect(accepted.status).toBe(202);
    expect(accepted.body.status).toBe('pending');
    const done = await waitForDocument(sales, accepted.body.documentId);
    expect(done).toMatchObject({ status: 'ready', attempts: 1, error: null });
    const link = await api<DownloadResponse>(`/documents/${done.documentId}/download`, {
      token: sales.idToken,
    });
    expect(link.status).toBe(200);
    expect(Date.parse(link.body.expiresAt) - Date.now()).toBeLessThanOrEqual(300_000);
    const file = await fetch(link.body.url);
    expect(file.status).toBe(200);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBe(done.sizeBytes);
    const list = await api<Page<DocumentJob>>('/documents', { token: sales.idToken });
    expect(list.body.items.map((d) => d.documentId)).toContain(done.documentId);
    // The job's wait has no deadline of its own (waitForDocument): a generous test timeout.
  }, 180_000);

  it('documents: a job that cannot be produced ends failed with the reason', async () => {
    const e = await api<{ estimationId: string }>('/estimations', {
      method: 'POST',
      token: sales.idToken,
      body: { name: 'never calculated', requirements: sampleRequirements() },
    });
    const accepted = await api<DocumentJob>('/documents/export', {
      method: 'POST',
      token: sales.idToken,
      body: { estimationId: e.body.estimationId, format: 'csv' },
    });
    const done = await waitForDocument(sales, accepted.body.documentId);
    expect(done.status).toBe('failed');
    expect(done.error).toMatch(/\S/);
    const link = await api<ApiErrorBody>(`/documents/${done.documentId}/download`, {
      token: sales.idToken,
    });
    expect(link.status).toBe(409);
    // The job's wait has no deadline of its own (waitForDocument): a generous test timeout.
  }, 180_000);

  it("dashboard: the caller's counts, values by status and recent activity", async () => {
    const user = await createTestUser('Sales', 'dash');
    const e = await createPricedEstimationAs(user, 'dash');
    const res = await api<DashboardMetrics>('/dashboard/metrics', { token: user.idToken });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      estimations: 1,
      byStatus: { draft: 1, sent: 0, won: 0, lost: 0 },
      documents: 0,
    });
    expect(res.body.pipelineMonthlyValue).toBe(
      e.result?.currency === 'USD' ? e.result.totals.monthly.replace(/\.?0+$/, '') : '0',
    );
    expect(res.body.recentActivity.map((a) => a.action)).toEqual([
      'estimation.update',
      'estimation.create',
    ]);
  });

  it('admin: role change (seen at the next sign-in) and disable (Cognito user disabled) apply in Cognito and the users table', async () => {
    const target = await createTestUser('Sales', 'promoted');
    const me = await api<UserProfile>('/users/me', { token: target.idToken });
    const found = await api<Page<UserProfile>>(
      `/admin/users?search=${encodeURIComponent(target.email)}`,
      { token: admin.idToken },
    );
    expect(found.body.items.map((u) => u.userId)).toEqual([me.body.userId]);
    const promoted = await api<UserProfile>(`/admin/users/${me.body.userId}`, {
      method: 'PUT',
      token: admin.idToken,
      body: { role: 'Admin' },
    });
    expect(promoted.body.role).toBe('Admin');
    const again = await signIn(target.email, target.password, 'Admin');
    expect((await api('/admin/metrics', { token: again.idToken })).status).toBe(200);
    await api(`/admin/users/${me.body.userId}`, {
      method: 'PUT',
      token: admin.idToken,
      body: { status: 'disabled' },
    });
    const directory = await new CognitoIdentityProviderClient({
      endpoint: process.env.COGNITO_ENDPOINT,
      region: 'us-east-1',
    }).send(
      new AdminGetUserCommand({ UserPoolId: process.env.USER_POOL_ID, Username: target.email }),
    );
    expect(directory.Enabled).toBe(false);
    const stored = await api<Page<UserProfile>>(
      `/admin/users?search=${encodeURIComponent(target.email)}`,
      { token: admin.idToken },
    );
    expect(stored.body.items[0]).toMatchObject({ role: 'Admin', status: 'disabled' });
  });

  it('admin catalog coverage: every region of the catalog in use, per service', async () => {
    const res = await api<AdminCatalogCoverage>('/admin/catalog/coverage', {
      token: admin.idToken,
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toMatch(/\S/);
    // The embedded catalog: the 32 commercial regions plus global.
    expect(res.body.regions.map((r) => r.region)).toEqual(
      expect.arrayContaining([...AWS_REGION_CODES, 'global']),
    );
    const useast1 = res.body.regions.find((r) => r.region === 'us-east-1');
    const ec2 = useast1?.services.find((s) => s.service === 'AmazonEC2');
    expect(ec2?.records).toBeGreaterThan(0);
    expect(useast1?.records).toBe(useast1?.services.reduce((n, s) => n + s.records, 0));
    expect(useast1?.columns.find((c) => c.title === 'EC2 Linux OD')?.current).toBeGreaterThan(0);
    // The stack's store publishes no shard of the embedded services (the refresh is refused), so
    // the answer is the catalog build's precomputed coverage, combined (DECISIONS 93).
    const embedded = await new EmbeddedCoverageFiles().summaries();
    expect(res.body).toEqual({
      ...combineCoverage(
        embedded.version,
        [...embedded.regions.values()].map((r) => r.summary),
      ),
      computedLive: [],
    });
  });

  it('admin metrics: counts and the catalog version', async () => {
    // What the counts must include, made here: the other tests of this file may run after this one
    // (--randomize), and on a fresh stack nothing else has calculated or saved yet.
    await createPricedEstimationAs(sales, 'counted');
    const res = await api<AdminMetrics>('/admin/metrics', { token: admin.idToken });
    expect(res.status).toBe(200);
    expect(res.body.users).toBeGreaterThanOrEqual(2);
    expect(res.body.estimations).toBeGreaterThanOrEqual(1);
    // One scan of every user's records: the counts by status add up to the total.
    const byStatus = Object.values(res.body.byStatus).reduce((a, b) => a + b, 0);
    expect(byStatus).toBe(res.body.estimations);
    expect(res.body.estimationsComplete).toBe(true);
    expect(res.body.calculations24h).toBeGreaterThanOrEqual(1);
    expect(res.body.catalogVersion).toMatch(/\S/);
  });
});
