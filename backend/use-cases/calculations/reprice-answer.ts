import type {
  EstimateRepricing,
  LineRepricingStatus,
  RepricingSummary,
  StoredResult,
} from '../../../core';
import { INLINE_JSON_BYTES } from '../../../core';
import type { Caller } from '../../http/caller';
import { countsOf, estimateSummary, resultFigures } from '../shared/figures';
import { encodeJson, encodeJsonText } from '../shared/json-part';
import type { AnswerBody } from '../shared/large-result';
import type { StoredResultsDeps } from '../shared/stored-results';
import { storeResult } from '../shared/stored-results';

const STATUSES: readonly LineRepricingStatus[] = [
  'unchanged',
  'changed',
  'added',
  'removed',
  'newly-priced',
  'no-longer-priced',
];

/**
 * A re-price up to INLINE_JSON_BYTES is answered inline. A larger one is stored twice for 24 h:
 * whole (kind `reprice`, for the pane to download) and its new estimate alone (kind `estimate`),
 * so a save names the estimate by `resultRef` and copies it as stored, exactly as it saves a
 * stored Calculate answer — never decoding the re-pricing to pick the estimate out of it.
 */
export async function repricingAnswer(
  deps: StoredResultsDeps,
  caller: Caller,
  repricing: EstimateRepricing,
): Promise<AnswerBody<RepricingSummary>> {
  const text = JSON.stringify(repricing);
  if (text.length <= INLINE_JSON_BYTES / 4 || Buffer.byteLength(text) <= INLINE_JSON_BYTES)
    return { inlineJson: text };
  const lineCount = repricing.lines.length;
  const whole = await encodeJsonText(Buffer.from(text, 'utf8'));
  const stored = await storeResult(deps, caller, 'reprice', whole, { lineCount });
  const estimate = await storeResult(
    deps,
    caller,
    'estimate',
    await encodeJson(repricing.estimate),
    resultFigures(repricing.estimate),
  );
  return { stored, summary: repricingSummary(repricing, estimate) };
}

export function repricingSummary(r: EstimateRepricing, estimate: StoredResult): RepricingSummary {
  const lineStatuses = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<
    LineRepricingStatus,
    number
  >;
  for (const line of r.lines) lineStatuses[line.status] += 1;
  return {
    previousCatalogVersion: r.previousCatalogVersion,
    catalogVersion: r.catalogVersion,
    sizingPolicy: r.sizingPolicy,
    totals: {
      ...r.totals,
      previousCoverage: countsOf(r.totals.previousCoverage),
      currentCoverage: countsOf(r.totals.currentCoverage),
    },
    lineStatuses,
    lineCount: r.lines.length,
    estimateSummary: estimateSummary(r.estimate),
    estimate,
  };
}
