import type { JsonDownload, StoredResult } from '../../../core';
import type { Caller } from '../../http/caller';
import { NotFoundError } from '../../http/errors';
import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import type { BlobStore } from '../../ports/blob-store';
import type { EncodedPart } from '../../ports/estimation-store';

/**
 * Results held for 24 hours in the uploads bucket (its `uploads/temp/` lifecycle rule deletes
 * them): a response too large to inline is stored here and downloaded straight from S3, and a
 * later request names it by id (`resultRef`) instead of sending it back. Only the API writes
 * under `uploads/temp/results/` (presigned uploads are signed for other keys), so a stored result
 * is trusted as the API produced it; it is read only by its owner and only as its own kind.
 */
export interface StoredResultsDeps {
  readonly blobs: BlobStore;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

export const RESULT_TTL_MS = 24 * 3_600_000;
/** Presigned downloads live ten minutes: long enough for a large download on a slow link. */
export const DOWNLOAD_URL_SECONDS = 600;

export type StoredKind = StoredResult['kind'];

export function resultKey(resultId: string): string {
  return `uploads/temp/results/${resultId}.json.gz`;
}

/** Store a result (gzip JSON) for its owner; the figures travel as metadata for later saves. */
export async function storeResult(
  deps: StoredResultsDeps,
  caller: Caller,
  kind: StoredKind,
  encoded: EncodedPart,
  figures: object,
): Promise<StoredResult> {
  const resultId = deps.ids.next();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + RESULT_TTL_MS).toISOString();
  await deps.blobs.put('uploads', resultKey(resultId), encoded.gzip, {
    contentType: 'application/json',
    contentEncoding: 'gzip',
    metadata: {
      owner: caller.userId,
      kind,
      expiresat: expiresAt,
      bytes: String(encoded.bytes),
      // S3 metadata is ASCII: user text (a scenario name) is percent-encoded.
      figures: encodeURIComponent(JSON.stringify(figures)),
    },
    expiresAt: new Date(expiresAt),
  });
  return { resultId, kind, download: await download(deps, resultId, encoded) };
}

async function download(
  deps: StoredResultsDeps,
  resultId: string,
  encoded: EncodedPart,
): Promise<JsonDownload> {
  return {
    url: await deps.blobs.presignGet('uploads', resultKey(resultId), DOWNLOAD_URL_SECONDS),
    expiresAt: new Date(deps.clock.now().getTime() + DOWNLOAD_URL_SECONDS * 1000).toISOString(),
    bytes: encoded.bytes,
    compressedBytes: encoded.gzip.byteLength,
  };
}

/** The caller's stored result of this kind, as stored (not decoded), with its figures. */
export async function loadStoredResult<F>(
  deps: Pick<StoredResultsDeps, 'blobs' | 'clock'>,
  caller: Caller,
  resultId: string,
  kind: StoredKind,
  where: string,
): Promise<{ encoded: EncodedPart; figures: F }> {
  const object = await deps.blobs.get('uploads', resultKey(resultId));
  const meta = object?.metadata ?? {};
  if (!object || meta.owner !== caller.userId || meta.kind !== kind) {
    throw new NotFoundError(
      `${where}: stored ${kind} ${resultId} was not found; run the calculation again and use the resultId it returns.`,
    );
  }
  if (meta.expiresat && meta.expiresat < deps.clock.now().toISOString()) {
    throw new NotFoundError(
      `${where}: stored ${kind} ${resultId} expired at ${meta.expiresat} (results are kept 24 hours); run the calculation again.`,
    );
  }
  return {
    encoded: { gzip: object.body, bytes: Number(meta.bytes ?? 0) },
    figures: JSON.parse(decodeURIComponent(meta.figures ?? '%7B%7D')) as F,
  };
}
