import type { StoredResponse } from '../../../core';
import { INLINE_JSON_BYTES } from '../../../core';
import type { Caller } from '../../http/caller';
import { encodeJsonText } from './json-part';
import type { StoredKind, StoredResultsDeps } from './stored-results';
import { storeResult } from './stored-results';

/** A result as the API answers it: its JSON text inline, or its summary and a stored copy. */
export type AnswerBody<S> = { readonly inlineJson: string } | StoredResponse<S>;

/**
 * Results up to INLINE_JSON_BYTES are answered inline; larger ones are stored (gzip, 24 h) and
 * answered with their summary and a download — the caller saves them by `resultId` later, so a
 * 60 MB comparison never passes through Lambda's 6 MB response or request limit.
 */
export async function inlineOrStored<T, S>(
  deps: StoredResultsDeps,
  caller: Caller,
  kind: StoredKind,
  value: T,
  describe: { summary: (value: T) => S; figures: (value: T) => object },
): Promise<AnswerBody<S>> {
  const text = JSON.stringify(value);
  if (text.length <= INLINE_JSON_BYTES / 4 || Buffer.byteLength(text) <= INLINE_JSON_BYTES)
    return { inlineJson: text };
  const encoded = await encodeJsonText(Buffer.from(text, 'utf8'));
  const stored = await storeResult(deps, caller, kind, encoded, describe.figures(value));
  return { stored, summary: describe.summary(value) };
}
