import type { DocumentJob } from '../../../core';
import type { Caller } from '../../http/caller';
import { NotFoundError } from '../../http/errors';
import type { DocumentRecord, DocumentStore } from '../../ports/document-store';

/** Owner or admin; anyone else gets the 404 of a missing id. */
export async function readableDocument(
  store: DocumentStore,
  caller: Caller,
  id: string,
): Promise<DocumentRecord> {
  const doc = await store.get(id);
  if (!doc || (doc.userId !== caller.userId && caller.role !== 'Admin')) {
    throw new NotFoundError(`Document ${id} was not found.`);
  }
  return doc;
}

/** The public job record (without the storage key). */
export function toJob(doc: DocumentRecord): DocumentJob {
  const { s3Key: _key, locale: _locale, ...job } = doc;
  return job;
}
