import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { ApiErrorBody, ProcessResponse, UploadUrlResponse } from '../../core';
import { physicalName } from '../../core';
import type { TestUser } from '../helpers/stack-client';
import { api, createTestUser } from '../helpers/stack-client';

const WORKBOOK = path.resolve(__dirname, '../fixtures/workbooks/aws-bulk-ec2.xlsx');

async function uploadUrlAs(user: TestUser, fileName: string, sizeBytes: number) {
  const res = await api<UploadUrlResponse>('/excel/upload-url', {
    method: 'POST',
    token: user.idToken,
    body: { fileName, sizeBytes },
  });
  if (res.status !== 201) throw new Error(`upload-url: ${res.status} ${res.text}`);
  return res.body;
}

/** What the add-in does with the answer: PUT the bytes to S3 with exactly the signed headers. */
function putTo(signed: UploadUrlResponse, bytes: Uint8Array, headers = signed.headers) {
  return fetch(signed.url, { method: signed.method, headers, body: Buffer.from(bytes) });
}

describe('POST /excel/upload-url: large workbooks go straight to S3, then validate and process', () => {
  let owner: TestUser;
  let other: TestUser;
  beforeAll(async () => {
    [owner, other] = await Promise.all([
      createTestUser('Sales', 'presign'),
      createTestUser('Sales', 'presignother'),
    ]);
  });

  it('signs a short-lived PUT; the uploaded workbook validates and processes for its owner only', async () => {
    const bytes = new Uint8Array(readFileSync(WORKBOOK));
    const before = Date.now();
    const signed = await uploadUrlAs(owner, 'aws-bulk-ec2.xlsx', bytes.length);
    expect(signed.maxBytes).toBe(10 * 1_048_576);
    expect(signed.url).toContain(`uploads/temp/${signed.uploadId}.xlsx`);
    const urlLife = Date.parse(signed.expiresAt) - before;
    expect(urlLife).toBeGreaterThan(0);
    expect(urlLife).toBeLessThanOrEqual(15 * 60_000);
    expect(Date.parse(signed.uploadExpiresAt) - before).toBeGreaterThan(23 * 3_600_000);
    expect(signed.headers['x-amz-meta-owner']).toBe(owner.sub);

    const put = await putTo(signed, bytes);
    expect(put.status).toBe(200);

    const validate = await api<ProcessResponse>('/excel/validate', {
      method: 'POST',
      token: owner.idToken,
      body: { uploadId: signed.uploadId },
    });
    expect(validate.status).toBe(200);
    expect(validate.body).toMatchObject({ valid: true, errors: [] });
    expect(validate.body.format).toMatch(/bulk import \(EC2/);
    const processed = await api<ProcessResponse>('/excel/process', {
      method: 'POST',
      token: owner.idToken,
      body: { uploadId: signed.uploadId },
    });
    expect(processed.status).toBe(200);
    expect(processed.body.requirements?.items.length).toBeGreaterThan(0);

    for (const step of ['validate', 'process']) {
      const res = await api(`/excel/${step}`, {
        method: 'POST',
        token: other.idToken,
        body: { uploadId: signed.uploadId },
      });
      expect({ step, status: res.status }).toEqual({ step, status: 404 });
    }
  });

  it('refuses to sign more than 10 MB (413) and reads an object over 10 MB as 413, not as a workbook', async () => {
    const tooBig = await api<ApiErrorBody>('/excel/upload-url', {
      method: 'POST',
      token: owner.idToken,
      body: { fileName: 'huge.xlsx', sizeBytes: 10 * 1_048_576 + 1 },
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.message).toMatch(/limit is 10 MB/);

    // An object that reached the bucket over the limit anyway (the emulator does not enforce the
    // signed length as S3 does): validate/process re-check the stored size.
    const signed = await uploadUrlAs(owner, 'over.xlsx', 1000);
    const s3 = new S3Client({
      region: 'us-east-1',
      endpoint: process.env.S3_ENDPOINT,
      forcePathStyle: true,
    });
    const metadata: Record<string, string> = {};
    for (const [k, v] of Object.entries(signed.headers))
      if (k.startsWith('x-amz-meta-')) metadata[k.slice('x-amz-meta-'.length)] = v;
    await s3.send(
      new PutObjectCommand({
        Bucket: physicalName(process.env.ENV_NAME ?? 'test', 'uploads'),
        Key: `uploads/temp/${signed.uploadId}.xlsx`,
        Body: new Uint8Array(10 * 1_048_576 + 1),
        Metadata: metadata,
      }),
    );
    const res = await api<ApiErrorBody>('/excel/validate', {
      method: 'POST',
      token: owner.idToken,
      body: { uploadId: signed.uploadId },
    });
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/limit is 10 MB/);
  });

  it('signs the size, type and owner metadata, so S3 refuses any other body or owner', async () => {
    // s3rver does not check signatures, so assert what AWS S3 checks: the signed header list.
    const signed = await uploadUrlAs(owner, 'aws-bulk-ec2.xlsx', 4321);
    const url = new URL(signed.url);
    const signedHeaders = (url.searchParams.get('X-Amz-SignedHeaders') ?? '').split(';');
    expect(signedHeaders).toEqual(
      expect.arrayContaining([
        'content-length',
        'content-type',
        'x-amz-meta-owner',
        'x-amz-meta-expiresat',
        'x-amz-meta-filename',
      ]),
    );
    // The metadata is a header the client must send, not a query parameter it could drop.
    expect(url.searchParams.get('x-amz-meta-owner')).toBeNull();
    expect(Number(url.searchParams.get('X-Amz-Expires'))).toBeLessThanOrEqual(900);
  });
});
