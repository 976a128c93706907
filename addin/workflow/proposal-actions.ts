import type { DocumentFormat, DocumentJob } from '../../core';
import type { ReportProgress } from './step-runner';
import type { WorkflowDeps } from './workbook-actions';

const POLL_MS = 1000;
const MAX_POLLS = 120;

/** Generate a proposal for the saved estimation and wait until it can be downloaded. */
export async function generateProposal(
  deps: WorkflowDeps,
  format: DocumentFormat,
  signal: AbortSignal,
  progress: ReportProgress,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<{ job: DocumentJob; url: string }> {
  const { link } = deps.store.getState();
  if (!link)
    throw new Error(
      'Save the estimation first (Estimations tab): proposals are made from a saved estimation.',
    );
  let job = await deps.api.generateDocument({ estimationId: link.estimationId, format }, signal);
  for (let i = 0; job.status === 'pending' || job.status === 'running'; i++) {
    if (i >= MAX_POLLS)
      throw new Error(
        'The proposal is taking longer than two minutes. Try again in a few minutes.',
      );
    progress(`Generating ${format.toUpperCase()} proposal`, null);
    await sleep(POLL_MS);
    job = await deps.api.documentStatus(job.documentId, signal);
  }
  if (job.status === 'failed')
    throw new Error(
      `The proposal could not be generated: ${job.error ?? 'unknown error'}. Try again.`,
    );
  const { url } = await deps.api.documentDownload(job.documentId, signal);
  return { job, url };
}
