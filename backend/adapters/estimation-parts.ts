import { randomUUID } from 'node:crypto';
import type { Estimation, EstimationPart } from '../../core';
import { ESTIMATION_PARTS } from '../../core';
import { logger } from '../observability/logger';
import type { BlobStore } from '../ports/blob-store';
import type {
  EncodedPart,
  EstimationParts,
  EstimationRecord,
  EstimationWrite,
  StoredPart,
  SweepReport,
} from '../ports/estimation-store';
import { MissingPartError, isStoredPart } from '../ports/estimation-store';
import { decodeJson } from '../use-cases/shared/json-part';

/**
 * The large parts of an estimation in the estimations bucket, shared by the DynamoDB store and
 * its in-memory fake (both keep an index record and put parts through a BlobStore):
 *
 *   estimations/<estimationId>/<part>-v<version>-<writeId>.json.gz   (gzip JSON, Content-Encoding gzip)
 *
 * A fresh `writeId` per write means two writers racing for the same version never share a key:
 * the loser's objects are simply never referenced, and the sweeper removes them.
 */
export const PARTS_BUCKET = 'estimations';

export function partsPrefix(estimationId?: string): string {
  return estimationId === undefined ? 'estimations/' : `estimations/${estimationId}/`;
}

/** Store the new parts of a write (in parallel); kept parts must be this estimation's own. */
export async function putParts(
  blobs: BlobStore,
  write: EstimationWrite,
): Promise<{ parts: EstimationParts<StoredPart>; written: string[] }> {
  const writeId = randomUUID().slice(0, 8);
  const written: string[] = [];
  const store = async (
    part: EstimationPart,
    value: EncodedPart | StoredPart | null,
  ): Promise<StoredPart | null> => {
    if (value === null) return null;
    if (isStoredPart(value)) {
      if (!value.key.startsWith(partsPrefix(write.estimationId)))
        throw new Error(
          `Estimation ${write.estimationId}: a kept ${part} must be its own object, not ${value.key}.`,
        );
      return value;
    }
    const key = `${partsPrefix(write.estimationId)}${part}-v${write.version}-${writeId}.json.gz`;
    written.push(key);
    await blobs.put(PARTS_BUCKET, key, value.gzip, {
      contentType: 'application/json',
      contentEncoding: 'gzip',
      metadata: { estimation: write.estimationId, part, version: String(write.version) },
    });
    return { key, bytes: value.bytes, storedBytes: value.gzip.byteLength };
  };
  const [requirements, result, comparison] = await Promise.all([
    store('requirements', write.parts.requirements),
    store('result', write.parts.result),
    store('comparison', write.parts.comparison),
  ]);
  if (!requirements) throw new Error(`Estimation ${write.estimationId} has no requirements.`);
  return { parts: { requirements, result, comparison }, written };
}

export function recordOf(
  write: EstimationWrite,
  parts: EstimationParts<StoredPart>,
): EstimationRecord {
  return { ...write, parts };
}

export function partKeys(record: EstimationRecord): string[] {
  return ESTIMATION_PARTS.flatMap((p) => {
    const part = record.parts[p];
    return part ? [part.key] : [];
  });
}

/** Best effort: a failure leaves the objects to the sweeper. */
export async function deleteQuietly(blobs: BlobStore, keys: readonly string[]): Promise<void> {
  await Promise.all(
    keys.map((key) =>
      blobs.delete(PARTS_BUCKET, key).catch((err: unknown) => {
        logger.warn('estimation part not deleted; the sweeper will remove it', {
          key,
          error: (err as Error).message,
        });
      }),
    ),
  );
}

export async function readPart(
  blobs: BlobStore,
  record: EstimationRecord,
  part: EstimationPart,
): Promise<EncodedPart | null> {
  const stored = record.parts[part];
  if (!stored) return null;
  const object = await blobs.get(PARTS_BUCKET, stored.key);
  if (!object) throw new MissingPartError(record.estimationId, part, stored.key);
  return { gzip: object.body, bytes: stored.bytes };
}

/** The record with its parts decoded: the full estimation. */
export async function readParts(blobs: BlobStore, record: EstimationRecord): Promise<Estimation> {
  const decode = async <T>(part: EstimationPart): Promise<T | null> => {
    const encoded = await readPart(blobs, record, part);
    return encoded ? decodeJson<T>(encoded.gzip) : null;
  };
  const [requirements, result, comparison] = await Promise.all([
    decode<Estimation['requirements']>('requirements'),
    decode<Estimation['result']>('result'),
    decode<Estimation['comparison']>('comparison'),
  ]);
  if (!requirements)
    throw new MissingPartError(record.estimationId, 'requirements', record.parts.requirements.key);
  const { figures: _figures, parts: _parts, ...header } = record;
  return { ...header, requirements, result, comparison };
}

/**
 * Read a record and its parts. A part can vanish between the two reads only because a newer
 * version replaced it (its superseded objects are deleted after the commit): read again then.
 */
export async function readConsistent(
  blobs: BlobStore,
  getRecord: () => Promise<EstimationRecord | null>,
): Promise<Estimation | null> {
  for (let attempt = 1; ; attempt++) {
    const record = await getRecord();
    if (!record) return null;
    try {
      return await readParts(blobs, record);
    } catch (err) {
      if (!(err instanceof MissingPartError) || attempt >= 3) throw err;
      const now = await getRecord();
      if (!now || now.version === record.version) throw err;
    }
  }
}

export async function presignParts(
  blobs: BlobStore,
  record: EstimationRecord,
  expiresInSeconds: number,
): Promise<EstimationParts<string>> {
  const url = (part: StoredPart | null) =>
    part ? blobs.presignGet(PARTS_BUCKET, part.key, expiresInSeconds) : Promise.resolve(null);
  const [requirements, result, comparison] = await Promise.all([
    blobs.presignGet(PARTS_BUCKET, record.parts.requirements.key, expiresInSeconds),
    url(record.parts.result),
    url(record.parts.comparison),
  ]);
  return { requirements, result, comparison };
}

/**
 * Delete every part object no committed record references, unless written after `olderThan`.
 * Objects are grouped by estimation, so each record is read once.
 */
export async function sweepParts(
  blobs: BlobStore,
  getRecord: (estimationId: string) => Promise<EstimationRecord | null>,
  olderThan: Date,
): Promise<SweepReport> {
  const objects = await blobs.list(PARTS_BUCKET, partsPrefix());
  const byEstimation = new Map<string, typeof objects>();
  for (const o of objects) {
    const id = o.key.slice(partsPrefix().length).split('/')[0] ?? '';
    byEstimation.set(id, [...(byEstimation.get(id) ?? []), o]);
  }
  let deleted = 0;
  let young = 0;
  let referenced = 0;
  for (const [id, list] of byEstimation) {
    const record = await getRecord(id);
    const keep = new Set(record ? partKeys(record) : []);
    const doomed: string[] = [];
    for (const o of list) {
      if (keep.has(o.key)) referenced++;
      else if (o.lastModified >= olderThan) young++;
      else doomed.push(o.key);
    }
    for (const key of doomed) await blobs.delete(PARTS_BUCKET, key);
    deleted += doomed.length;
  }
  return { deleted, young, referenced };
}
