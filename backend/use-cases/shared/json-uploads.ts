import type { Caller } from '../../http/caller';
import { BadRequestError, NotFoundError, PayloadTooLargeError } from '../../http/errors';
import type { Clock } from '../../ports/clock';
import type { BlobStore } from '../../ports/blob-store';
import { MAX_UPLOAD_FILE_BYTES } from '../excel/deps';
import { jsonText } from './json-part';

export const JSON_CONTENT_TYPE = 'application/json';

/** A requirements document the client PUT through `POST /excel/upload-url` (`kind: requirements`). */
export function jsonUploadKey(uploadId: string): string {
  return `uploads/temp/${uploadId}.json`;
}

/**
 * The caller's JSON upload as text (gzip bodies are decompressed, bounded). Refused like a
 * workbook upload: not found for anyone but its owner, after 24 hours, or above 10 MB as stored.
 */
export async function loadJsonUpload(
  deps: { blobs: BlobStore; clock: Clock },
  caller: Caller,
  uploadId: string,
  where: string,
): Promise<string> {
  const object = await deps.blobs.get('uploads', jsonUploadKey(uploadId));
  const expiresAt = object?.metadata.expiresat;
  if (!object || object.metadata.owner !== caller.userId)
    throw new NotFoundError(
      `${where}: upload ${uploadId} was not found; upload the document again.`,
    );
  if (expiresAt && expiresAt < deps.clock.now().toISOString())
    throw new NotFoundError(
      `${where}: upload ${uploadId} expired at ${expiresAt} (uploads are kept 24 hours); upload it again.`,
    );
  if (object.body.length > MAX_UPLOAD_FILE_BYTES)
    throw new PayloadTooLargeError(
      `${where}: upload ${uploadId} is ${(object.body.length / 1_048_576).toFixed(1)} MB; the limit is 10 MB (gzip it: a 50,000-line document compresses to about 2 MB).`,
      { details: { sizeBytes: object.body.length, maxBytes: MAX_UPLOAD_FILE_BYTES } },
    );
  try {
    return (await jsonText(object.body)).toString('utf8');
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw new PayloadTooLargeError(
        `${where}: upload ${uploadId} decompresses to more than 512 MB of JSON; split the estate.`,
        { cause: err },
      );
    throw new BadRequestError(
      `${where}: upload ${uploadId} is not valid gzip (${(err as Error).message}); send plain JSON or gzip.`,
      { cause: err },
    );
  }
}
