import type { Comparison, Estimate } from '../../../core';
import type { Caller } from '../../http/caller';
import type { EncodedPart } from '../../ports/estimation-store';
import type { ComparisonFigures, ResultFigures } from '../shared/figures';
import { NO_COMPARISON, NO_RESULT, comparisonFigures, resultFigures } from '../shared/figures';
import { encodeJson } from '../shared/json-part';
import type { StoredResultsDeps } from '../shared/stored-results';
import { loadStoredResult } from '../shared/stored-results';

/** A result part of a save: new bytes with the figures the record keeps, or none (`null`). */
export interface PartChange<F> {
  readonly encoded: EncodedPart | null;
  readonly figures: F;
}

/**
 * `result` / `resultRef` of a save: a stored estimate is copied as stored (no decoding), an
 * inline one is encoded; `undefined` when the request leaves the part as it is.
 */
export async function resultChange(
  deps: Pick<StoredResultsDeps, 'blobs' | 'clock'>,
  caller: Caller,
  input: { result?: Estimate | null; resultRef?: { resultId: string } },
): Promise<PartChange<ResultFigures> | undefined> {
  if (input.resultRef) {
    const stored = await loadStoredResult<ResultFigures>(
      deps,
      caller,
      input.resultRef.resultId,
      'estimate',
      '$.resultRef.resultId',
    );
    return { encoded: stored.encoded, figures: stored.figures };
  }
  if (input.result === undefined) return undefined;
  if (input.result === null) return { encoded: null, figures: NO_RESULT };
  return { encoded: await encodeJson(input.result), figures: resultFigures(input.result) };
}

export async function comparisonChange(
  deps: Pick<StoredResultsDeps, 'blobs' | 'clock'>,
  caller: Caller,
  input: { comparison?: Comparison | null; comparisonRef?: { resultId: string } },
): Promise<PartChange<ComparisonFigures> | undefined> {
  if (input.comparisonRef) {
    const stored = await loadStoredResult<ComparisonFigures>(
      deps,
      caller,
      input.comparisonRef.resultId,
      'comparison',
      '$.comparisonRef.resultId',
    );
    return { encoded: stored.encoded, figures: stored.figures };
  }
  if (input.comparison === undefined) return undefined;
  if (input.comparison === null) return { encoded: null, figures: NO_COMPARISON };
  return {
    encoded: await encodeJson(input.comparison),
    figures: comparisonFigures(input.comparison),
  };
}
