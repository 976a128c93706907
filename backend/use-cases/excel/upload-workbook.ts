import type { UploadResponse } from '../../../core';
import { BadRequestError, PayloadTooLargeError } from '../../http/errors';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord } from '../shared/audit-record';
import type { ExcelDeps } from './deps';
import { MAX_UPLOAD_FILE_BYTES, UPLOAD_TTL_MS, uploadKey } from './deps';

/**
 * POST /excel/upload: the file (base64 in a JSON body) goes to uploads/temp/<id>.xlsx with its
 * owner and expiry as object metadata; the bucket's lifecycle rule deletes it after a day and
 * reads refuse it after 24 h even before that. The audit entry is a lone write (S3 cannot join a
 * DynamoDB transaction), made only after the object is stored.
 */
export async function uploadWorkbook(
  deps: ExcelDeps,
  ctx: AuditContext,
  input: { fileName: string; contentBase64: string },
): Promise<UploadResponse> {
  const body = Buffer.from(input.contentBase64, 'base64');
  if (body.length === 0) throw new BadRequestError('$.contentBase64: the file is empty.');
  if (body.length > MAX_UPLOAD_FILE_BYTES) {
    throw new PayloadTooLargeError(
      `The file is ${(body.length / 1_048_576).toFixed(1)} MB; the limit is 10 MB. Remove unused sheets or split it.`,
      { details: { sizeBytes: body.length, maxBytes: MAX_UPLOAD_FILE_BYTES } },
    );
  }
  const now = deps.clock.now();
  const uploadId = deps.ids.next();
  const expiresAt = new Date(now.getTime() + UPLOAD_TTL_MS).toISOString();
  await deps.blobs.put('uploads', uploadKey(uploadId), body, {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    metadata: {
      owner: ctx.caller.userId,
      filename: encodeURIComponent(input.fileName),
      expiresat: expiresAt,
    },
    expiresAt: new Date(expiresAt),
  });
  await deps.auditWriter.append(
    auditRecord(
      ctx,
      deps,
      'excel.upload',
      { type: 'upload', id: uploadId },
      {
        fileName: [null, input.fileName],
        sizeBytes: [null, body.length],
      },
    ),
  );
  return { uploadId, fileName: input.fileName, sizeBytes: body.length, expiresAt };
}
