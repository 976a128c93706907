import type { CatalogSnapshot, StoredResponse } from '../../../core';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import { CatalogCache } from '../../../backend/use-cases/calculations/catalog-cache';
import type { AnswerBody } from '../../../backend/use-cases/shared/large-result';
import { fakes } from './fakes';

/** The in-memory fakes with the embedded catalog, for use cases that price. */
export function fakesWithEmbeddedCatalog() {
  const catalog = new CatalogCache({
    snapshot: async (): Promise<CatalogSnapshot> => embeddedSnapshot(),
  });
  return { ...fakes(), catalog };
}

/** An answer that must have been stored (too large to answer inline). */
export function stored<S>(answer: AnswerBody<S>): StoredResponse<S> {
  if ('inlineJson' in answer) throw new Error('expected a stored answer');
  return answer;
}
