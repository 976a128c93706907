import { gzipSync } from 'node:zlib';
import type {
  ApiErrorBody,
  Estimate,
  Estimation,
  Requirements,
  StoredResponse,
  UploadUrlResponse,
} from '../../core';
import {
  INLINE_JSON_BYTES,
  LAMBDA_MAX_REQUEST_BYTES,
  MAX_REQUIREMENT_LINES,
  isStoredResponse,
} from '../../core';
import { sampleRequirements } from '../contracts/fixtures';
import { download } from '../helpers/estate-flow';
import type { TestUser } from '../helpers/stack-client';
import { api, createTestUser } from '../helpers/stack-client';

/**
 * Payload limits over HTTP on the local stack (which enforces API Gateway's 10 MB and Lambda's
 * 6 MB as AWS does): large inputs go through a presigned requirements upload or a saved
 * estimation, large answers come back stored with a summary inline, and the one real limit —
 * MAX_REQUIREMENT_LINES — is refused with a message naming it.
 */
async function uploadRequirements(user: TestUser, json: unknown, gzip = true) {
  const text = Buffer.from(JSON.stringify(json));
  const bytes = gzip ? gzipSync(text) : text;
  const signed = await api<UploadUrlResponse>('/excel/upload-url', {
    method: 'POST',
    token: user.idToken,
    body: {
      fileName: gzip ? 'r.json.gz' : 'r.json',
      sizeBytes: bytes.length,
      kind: 'requirements',
    },
  });
  if (signed.status !== 201) throw new Error(`upload-url: ${signed.status} ${signed.text}`);
  const put = await fetch(signed.body.url, {
    method: 'PUT',
    headers: signed.body.headers,
    body: bytes,
  });
  if (put.status !== 200) throw new Error(`PUT: ${put.status}`);
  return signed.body.uploadId;
}

describe('payload limits and large inputs over HTTP', () => {
  let user: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    [user, other] = await Promise.all([
      createTestUser('Sales', 'payload'),
      createTestUser('Sales', 'payloadother'),
    ]);
  });

  it('refuses a request over Lambda’s 6 MB with 413 and points to the upload route', async () => {
    const res = await api<ApiErrorBody>('/calculations/cost', {
      method: 'POST',
      token: user.idToken,
      body: { requirements: sampleRequirements(2), pad: 'x'.repeat(LAMBDA_MAX_REQUEST_BYTES) },
    });
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/Lambda accepts at most 6,291,456 bytes/);
    expect(res.body.message).toMatch(/POST \/excel\/upload-url/);
  });

  it('prices 30,000 lines uploaded as gzip JSON and answers a summary with a stored estimate', async () => {
    const requirements = sampleRequirements(30_000);
    expect(Buffer.byteLength(JSON.stringify(requirements))).toBeGreaterThan(2_000_000);
    const uploadId = await uploadRequirements(user, requirements);
    const res = await api<StoredResponse<{ lineCount: number; totals: Estimate['totals'] }>>(
      '/calculations/cost',
      { method: 'POST', token: user.idToken, body: { requirementsRef: { uploadId } } },
    );
    expect(res.status).toBe(200);
    expect(isStoredResponse(res.body)).toBe(true);
    expect(res.text.length).toBeLessThan(INLINE_JSON_BYTES);
    expect(res.body.summary.lineCount).toBe(30_000);
    expect(res.body.stored.download.compressedBytes).toBeLessThan(
      res.body.stored.download.bytes / 5,
    );
    const estimate = await download<Estimate>(res.body.stored.download);
    expect(estimate.lines).toHaveLength(30_000);
    expect(estimate.totals).toEqual(res.body.summary.totals);

    // Nobody else can use the upload or the stored result.
    const stranger = await api<ApiErrorBody>('/calculations/cost', {
      method: 'POST',
      token: other.idToken,
      body: { requirementsRef: { uploadId } },
    });
    expect(stranger.status).toBe(404);
    const saveOthers = await api<ApiErrorBody>('/estimations', {
      method: 'POST',
      token: other.idToken,
      body: {
        name: 'x',
        requirements: sampleRequirements(1),
        resultRef: { resultId: res.body.stored.resultId },
      },
    });
    expect(saveOthers.status).toBe(404);
    expect(saveOthers.body.message).toMatch(
      /\$\.resultRef\.resultId: stored estimate .* was not found/,
    );
  }, 180_000);

  it('prices a saved estimation by reference, without sending its requirements', async () => {
    const created = await api<Estimation>('/estimations', {
      method: 'POST',
      token: user.idToken,
      body: { name: 'by ref', requirements: sampleRequirements(4) },
    });
    const res = await api<Estimate>('/calculations/cost', {
      method: 'POST',
      token: user.idToken,
      body: { requirementsRef: { estimationId: created.body.estimationId } },
    });
    expect(res.status).toBe(200);
    expect(res.body.lines).toHaveLength(4);
    const hidden = await api<ApiErrorBody>('/calculations/cost', {
      method: 'POST',
      token: other.idToken,
      body: { requirementsRef: { estimationId: created.body.estimationId } },
    });
    expect(hidden.status).toBe(404);
  });

  it(`refuses more than ${MAX_REQUIREMENT_LINES.toLocaleString('en-US')} lines with a 400 naming the limit`, async () => {
    const requirements: Requirements = sampleRequirements(MAX_REQUIREMENT_LINES + 1);
    const uploadId = await uploadRequirements(user, requirements);
    const res = await api<ApiErrorBody>('/calculations/cost', {
      method: 'POST',
      token: user.idToken,
      body: { requirementsRef: { uploadId } },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/at most 100,000 lines \(MAX_REQUIREMENT_LINES\)/);
    expect(res.text.length).toBeLessThan(100_000);
  }, 180_000);

  it('names the JSON path of a bad uploaded document and the upload', async () => {
    const bad = { ...sampleRequirements(2), items: [{ id: 'x', service: 'ec2', quantity: -1 }] };
    const uploadId = await uploadRequirements(user, bad, false);
    const res = await api<ApiErrorBody>('/estimations', {
      method: 'POST',
      token: user.idToken,
      body: { name: 'bad', requirementsRef: { uploadId } },
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(
      new RegExp(`upload ${uploadId} is invalid: \\$\\.items\\[0\\]`),
    );
  });
});
