import { InProcessDispatcher } from '../adapters/memory/in-process-dispatcher';
import { awsAdapters } from '../adapters/aws/container';
import { DocumentRenderer } from '../adapters/aws/document-renderer';
import { systemClock } from '../ports/clock';
import { randomIds } from '../ports/ids';
import type { JobDispatcher } from '../ports/job-dispatcher';
import { documentsRoutes } from '../routes/documents';
import { runDocumentJob } from '../use-cases/documents/run-document-job';
import { limited } from './limits';

/**
 * Composition root of the `documents` function. In AWS (DOCUMENT_WORKER_FUNCTION set) jobs go to
 * the document-worker function by async invoke; on the local stack they run in this process.
 */
const aws = awsAdapters();
const base = {
  documents: aws.documents,
  estimations: aws.estimations,
  settings: aws.settings,
  blobs: aws.blobs,
  generator: new DocumentRenderer(aws.blobs),
  clock: systemClock,
  ids: randomIds,
};
let lambda: Promise<JobDispatcher> | null = null;
const dispatcher: JobDispatcher = process.env.DOCUMENT_WORKER_FUNCTION
  ? {
      dispatch: async (id) => {
        lambda ??= aws.lambdaDispatcher();
        return (await lambda).dispatch(id);
      },
    }
  : new InProcessDispatcher((id) => runDocumentJob(base, id));

export const handler = limited('documents', documentsRoutes({ ...base, dispatcher }), aws);
