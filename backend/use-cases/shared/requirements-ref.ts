import type { JsonRef, Requirements } from '../../../core';
import type { Caller } from '../../http/caller';
import { BadRequestError } from '../../http/errors';
import type { BlobStore } from '../../ports/blob-store';
import type { Clock } from '../../ports/clock';
import type { EncodedPart, EstimationStore } from '../../ports/estimation-store';
import { readableRecord } from '../estimations/access';
import { decodeJson, encodeJson } from './json-part';
import { loadJsonUpload } from './json-uploads';
import { loadStoredResult } from './stored-results';

export interface RequirementsRefDeps {
  readonly blobs: BlobStore;
  readonly clock: Clock;
  /** Needed only to resolve `{ estimationId }`. */
  readonly estimations?: EstimationStore;
}

/** Checks a client's JSON (an upload) against the requirements schema; the route provides it. */
export type RequirementsValidator = (json: unknown, where: string) => Requirements;

export interface RequirementsInput {
  readonly requirements?: Requirements;
  readonly requirementsRef?: JsonRef;
}

/** Requirements as a value: inline, or loaded from what the reference names. */
export async function resolveRequirements(
  deps: RequirementsRefDeps,
  caller: Caller,
  input: RequirementsInput,
  validate: RequirementsValidator,
): Promise<Requirements> {
  if (input.requirements) return input.requirements;
  const ref = requireRef(input);
  if ('uploadId' in ref) return parseUpload(deps, caller, ref.uploadId, validate);
  const encoded = await encodedRequirements(deps, caller, ref);
  return decodeJson<Requirements>(encoded.encoded.gzip);
}

/**
 * Requirements as stored bytes plus their line count, decoding only what must be checked: a
 * stored result or a saved estimation's part is copied as it is; an upload is parsed and checked.
 */
export async function resolveRequirementsPart(
  deps: RequirementsRefDeps,
  caller: Caller,
  input: RequirementsInput,
  validate: RequirementsValidator,
): Promise<{ encoded: EncodedPart; items: number }> {
  if (input.requirements)
    return {
      encoded: await encodeJson(input.requirements),
      items: input.requirements.items.length,
    };
  const ref = requireRef(input);
  if ('uploadId' in ref) {
    const requirements = await parseUpload(deps, caller, ref.uploadId, validate);
    return { encoded: await encodeJson(requirements), items: requirements.items.length };
  }
  return encodedRequirements(deps, caller, ref);
}

function requireRef(input: RequirementsInput): JsonRef {
  if (!input.requirementsRef)
    throw new BadRequestError('$.requirements: send the requirements or a requirementsRef.');
  return input.requirementsRef;
}

async function parseUpload(
  deps: RequirementsRefDeps,
  caller: Caller,
  uploadId: string,
  validate: RequirementsValidator,
): Promise<Requirements> {
  const where = '$.requirementsRef.uploadId';
  const text = await loadJsonUpload(deps, caller, uploadId, where);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new BadRequestError(
      `${where}: upload ${uploadId} is not valid JSON: ${(err as Error).message}`,
    );
  }
  return validate(json, `upload ${uploadId}`);
}

async function encodedRequirements(
  deps: RequirementsRefDeps,
  caller: Caller,
  ref: { resultId: string } | { estimationId: string },
): Promise<{ encoded: EncodedPart; items: number }> {
  if ('resultId' in ref) {
    const stored = await loadStoredResult<{ items?: number }>(
      deps,
      caller,
      ref.resultId,
      'requirements',
      '$.requirementsRef.resultId',
    );
    return { encoded: stored.encoded, items: stored.figures.items ?? 0 };
  }
  if (!deps.estimations) throw new Error('resolving { estimationId } needs the estimation store');
  const record = await readableRecord(deps.estimations, caller, ref.estimationId);
  const encoded = await deps.estimations.readPart(record, 'requirements');
  if (!encoded) throw new Error(`Estimation ${record.estimationId} has no requirements part.`);
  return { encoded, items: record.figures.items };
}
