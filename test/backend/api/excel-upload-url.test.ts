import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryAuditWriter } from '../../../backend/adapters/memory/memory-audit-writer';
import { NotFoundError, PayloadTooLargeError } from '../../../backend/http/errors';
import { createUploadUrl } from '../../../backend/use-cases/excel/create-upload-url';
import { MAX_UPLOAD_FILE_BYTES, uploadKey } from '../../../backend/use-cases/excel/deps';
import { readUpload } from '../../../backend/use-cases/excel/read-upload';
import { alice, bob, ctx, fakes } from './fakes';

const WORKBOOK = new Uint8Array(
  readFileSync(path.resolve(__dirname, '../../fixtures/workbooks/aws-bulk-ec2.xlsx')),
);

function deps() {
  const f = fakes();
  return { ...f, auditWriter: new MemoryAuditWriter(f.audit) };
}

describe('excel: presigned upload URL for large workbooks', () => {
  it('signs the exact size and the owner; the PUT file is then read like a direct upload', async () => {
    const d = deps();
    const signed = await createUploadUrl(d, ctx(alice), {
      fileName: 'big estimate.xlsx',
      sizeBytes: WORKBOOK.length,
    });
    expect(signed).toMatchObject({
      method: 'PUT',
      maxBytes: MAX_UPLOAD_FILE_BYTES,
      sizeBytes: WORKBOOK.length,
      expiresAt: '2026-11-26T09:10:00.000Z',
      uploadExpiresAt: '2026-11-27T09:00:00.000Z',
    });
    expect(signed.headers).toMatchObject({
      'x-amz-meta-owner': 'alice',
      'x-amz-meta-filename': 'big%20estimate.xlsx',
    });
    expect(d.audit.entries.map((e) => [e.action, e.targetId])).toEqual([
      ['excel.upload-url', signed.uploadId],
    ]);

    // The fake enforces what S3 enforces for a signed URL: size and signed headers.
    expect((await d.blobs.receivePut(signed.url, signed.headers, WORKBOOK.slice(1))).status).toBe(
      403,
    );
    const forged = { ...signed.headers, 'x-amz-meta-owner': 'bob' };
    expect((await d.blobs.receivePut(signed.url, forged, WORKBOOK)).status).toBe(403);
    expect(await d.blobs.get('uploads', uploadKey(signed.uploadId))).toBeNull();
    expect((await d.blobs.receivePut(signed.url, signed.headers, WORKBOOK)).status).toBe(200);

    const processed = await readUpload(d, alice, signed.uploadId, 'process');
    expect(processed.valid).toBe(true);
    expect(processed.requirements?.items.length).toBeGreaterThan(0);
    await expect(readUpload(d, bob, signed.uploadId, 'validate')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuses to sign a file over 10 MB', async () => {
    const d = deps();
    await expect(
      createUploadUrl(d, ctx(alice), { fileName: 'x.xlsx', sizeBytes: MAX_UPLOAD_FILE_BYTES + 1 }),
    ).rejects.toBeInstanceOf(PayloadTooLargeError);
    expect(d.audit.entries).toEqual([]);
  });

  it('re-checks the stored size when validating: over 10 MB is 413, not a parse attempt', async () => {
    const d = deps();
    const signed = await createUploadUrl(d, ctx(alice), { fileName: 'x.xlsx', sizeBytes: 10 });
    await d.blobs.put(
      'uploads',
      uploadKey(signed.uploadId),
      new Uint8Array(MAX_UPLOAD_FILE_BYTES + 1),
      {
        contentType: 'application/octet-stream',
        metadata: { owner: 'alice', expiresat: signed.uploadExpiresAt },
      },
    );
    await expect(readUpload(d, alice, signed.uploadId, 'validate')).rejects.toThrow(
      /limit is 10 MB/,
    );
    // The owner check still comes first: another user learns nothing about the object.
    await expect(readUpload(d, bob, signed.uploadId, 'validate')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('refuses the upload after its 24 h expiry', async () => {
    const d = deps();
    const signed = await createUploadUrl(d, ctx(alice), {
      fileName: 'x.xlsx',
      sizeBytes: WORKBOOK.length,
    });
    await d.blobs.receivePut(signed.url, signed.headers, WORKBOOK);
    d.clock.advance(24 * 3_600_000 + 1);
    await expect(readUpload(d, alice, signed.uploadId, 'validate')).rejects.toThrow(/expired/);
  });
});
