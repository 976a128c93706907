import { awsAdapters } from '../adapters/aws/container';
import { DocumentRenderer } from '../adapters/aws/document-renderer';
import { systemClock } from '../ports/clock';
import { randomIds } from '../ports/ids';
import { runDocumentJob } from '../use-cases/documents/run-document-job';

/** The document-worker function, invoked asynchronously with `{documentId}` by the documents API. */
const aws = awsAdapters();
const deps = {
  documents: aws.documents,
  estimations: aws.estimations,
  settings: aws.settings,
  blobs: aws.blobs,
  generator: new DocumentRenderer(aws.blobs),
  clock: systemClock,
  ids: randomIds,
};

export async function handler(event: {
  documentId?: unknown;
}): Promise<{ documentId: string; status: string }> {
  if (typeof event.documentId !== 'string' || !event.documentId) {
    throw new Error('document-worker needs an event {"documentId": "<id>"}.');
  }
  const job = await runDocumentJob(deps, event.documentId);
  return { documentId: event.documentId, status: job?.status ?? 'missing' };
}
