import type { Estimation, EstimationResponse, JsonDownload } from '../../../core';
import { INLINE_JSON_BYTES, upgradeSavedEstimation } from '../../../core';
import type { Clock } from '../../ports/clock';
import type { EstimationRecord, EstimationStore, StoredPart } from '../../ports/estimation-store';

/** Part downloads live ten minutes (a 60 MB comparison on a slow link). */
export const PART_URL_SECONDS = 600;

/**
 * What the API answers for one estimation: the whole of it while its parts are small (the
 * original shape), and — when the parts together exceed INLINE_JSON_BYTES — the header, its
 * figures and a presigned download per part, so no response comes near Lambda's 6 MB.
 * `decoded` avoids reading back parts the caller has just sent.
 */
export async function estimationResponse(
  deps: { estimations: EstimationStore; clock: Clock },
  record: EstimationRecord,
  decoded?: Partial<Pick<Estimation, 'requirements' | 'result' | 'comparison'>>,
): Promise<EstimationResponse> {
  const { figures, parts, ...header } = record;
  const bytes = [parts.requirements, parts.result, parts.comparison].reduce(
    (sum, p) => sum + (p?.bytes ?? 0),
    0,
  );
  if (bytes <= INLINE_JSON_BYTES) {
    if (
      decoded?.requirements !== undefined &&
      decoded.result !== undefined &&
      decoded.comparison !== undefined
    )
      return {
        ...header,
        requirements: decoded.requirements,
        result: decoded.result,
        comparison: decoded.comparison,
      };
    // Results saved before coverage existed get it; a pre-basis comparison is dropped (core docs).
    return upgradeSavedEstimation(await deps.estimations.readParts(record)).estimation;
  }
  const urls = await deps.estimations.partUrls(record, PART_URL_SECONDS);
  const expiresAt = new Date(deps.clock.now().getTime() + PART_URL_SECONDS * 1000).toISOString();
  const link = (part: StoredPart, url: string): JsonDownload => ({
    url,
    expiresAt,
    bytes: part.bytes,
    compressedBytes: part.storedBytes,
  });
  return {
    ...header,
    figures,
    parts: {
      requirements: link(parts.requirements, urls.requirements),
      result: parts.result && urls.result ? link(parts.result, urls.result) : null,
      comparison:
        parts.comparison && urls.comparison ? link(parts.comparison, urls.comparison) : null,
    },
  };
}
