import type { DocumentJob, DownloadResponse, Page } from '../../../core';
import type { Caller } from '../../http/caller';
import { ConflictError } from '../../http/errors';
import { readableDocument, toJob } from './access';
import type { DocumentsDeps } from './deps';
import { DOWNLOAD_URL_SECONDS } from './deps';

export async function documentStatus(
  deps: Pick<DocumentsDeps, 'documents'>,
  caller: Caller,
  id: string,
): Promise<DocumentJob> {
  return toJob(await readableDocument(deps.documents, caller, id));
}

/** A short-lived presigned URL; only for ready documents. */
export async function documentDownload(
  deps: Pick<DocumentsDeps, 'documents' | 'blobs' | 'clock'>,
  caller: Caller,
  id: string,
): Promise<DownloadResponse> {
  const doc = await readableDocument(deps.documents, caller, id);
  if (doc.status !== 'ready' || !doc.s3Key) {
    const why =
      doc.status === 'failed'
        ? `failed: ${doc.error ?? 'unknown error'}`
        : `${doc.status}; poll its status until it is ready`;
    throw new ConflictError(`Document ${id} is ${why}.`, { details: { status: doc.status } });
  }
  const url = await deps.blobs.presignGet(
    'documents',
    doc.s3Key,
    DOWNLOAD_URL_SECONDS,
    doc.fileName ?? undefined,
  );
  return {
    url,
    expiresAt: new Date(deps.clock.now().getTime() + DOWNLOAD_URL_SECONDS * 1000).toISOString(),
  };
}

export async function listDocuments(
  deps: Pick<DocumentsDeps, 'documents'>,
  caller: Caller,
  page: { cursor?: string; limit: number },
): Promise<Page<DocumentJob>> {
  const out = await deps.documents.listByUser({
    userId: caller.userId,
    cursor: page.cursor,
    limit: page.limit,
  });
  return { items: out.items.map(toJob), nextCursor: out.nextCursor };
}
