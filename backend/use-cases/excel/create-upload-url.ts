import type { UploadUrlResponse } from '../../../core';
import { PayloadTooLargeError } from '../../http/errors';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord } from '../shared/audit-record';
import type { ExcelDeps } from './deps';
import { JSON_CONTENT_TYPE, jsonUploadKey } from '../shared/json-uploads';
import { MAX_UPLOAD_FILE_BYTES, UPLOAD_TTL_MS, XLSX_CONTENT_TYPE, uploadKey } from './deps';

/** Long enough to send 10 MB over a slow link, short enough that a leaked URL is soon useless. */
export const UPLOAD_URL_SECONDS = 600;

/**
 * POST /excel/upload-url (`kind: 'requirements'`: a requirements JSON document, plain or gzip,
 * that calculations and saves then name as `requirementsRef: { uploadId }`): for files too large for a synchronous Lambda request (6 MB, i.e. about
 * 4.4 MB of base64 JSON), the client PUTs the file straight to S3. The URL is signed for exactly
 * the declared size and for the owner and expiry metadata, so the object lands where and as
 * POST /excel/upload would put it and /excel/validate and /excel/process read it the same way.
 * The audit entry is a lone write: nothing is stored in DynamoDB.
 */
export async function createUploadUrl(
  deps: Pick<ExcelDeps, 'blobs' | 'auditWriter' | 'clock' | 'ids'>,
  ctx: AuditContext,
  input: { fileName: string; sizeBytes: number; kind?: 'workbook' | 'requirements' },
): Promise<UploadUrlResponse> {
  const requirements = input.kind === 'requirements';
  if (input.sizeBytes > MAX_UPLOAD_FILE_BYTES) {
    throw new PayloadTooLargeError(
      `The file is ${(input.sizeBytes / 1_048_576).toFixed(1)} MB; the limit is 10 MB. Remove unused sheets or split it.`,
      { details: { sizeBytes: input.sizeBytes, maxBytes: MAX_UPLOAD_FILE_BYTES } },
    );
  }
  const now = deps.clock.now();
  const uploadId = deps.ids.next();
  const uploadExpiresAt = new Date(now.getTime() + UPLOAD_TTL_MS).toISOString();
  const signed = await deps.blobs.presignPut(
    'uploads',
    requirements ? jsonUploadKey(uploadId) : uploadKey(uploadId),
    {
      contentType: requirements ? JSON_CONTENT_TYPE : XLSX_CONTENT_TYPE,
      contentLength: input.sizeBytes,
      metadata: {
        owner: ctx.caller.userId,
        filename: encodeURIComponent(input.fileName),
        expiresat: uploadExpiresAt,
      },
      expiresInSeconds: UPLOAD_URL_SECONDS,
    },
  );
  await deps.auditWriter.append(
    auditRecord(
      ctx,
      deps,
      'excel.upload-url',
      { type: 'upload', id: uploadId },
      {
        fileName: [null, input.fileName],
        sizeBytes: [null, input.sizeBytes],
        ...(requirements ? { kind: [null, 'requirements'] } : {}),
      },
    ),
  );
  return {
    uploadId,
    url: signed.url,
    method: 'PUT',
    headers: signed.headers,
    expiresAt: new Date(now.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(),
    maxBytes: MAX_UPLOAD_FILE_BYTES,
    sizeBytes: input.sizeBytes,
    uploadExpiresAt,
  };
}
