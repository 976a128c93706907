import type { DocumentFormat, DocumentJob, Estimation } from '../../core';
import { SETTING_ESTIMATION_ID } from '../excel/workbook-port';
import type { ReportProgress } from './step-runner';
import type { WorkflowDeps } from './workbook-actions';

/**
 * Save the workbook's requirements and last results as an estimation. The workbook remembers the
 * estimation id in its settings (saved with the file), so the next save updates the same one.
 */
export async function saveEstimation(
  deps: WorkflowDeps,
  name: string,
  signal: AbortSignal,
): Promise<Estimation> {
  const { requirements, estimate, comparison, estimationId, estimationVersion } =
    deps.store.getState();
  if (!requirements)
    throw new Error('Validate or calculate the workbook first; there is nothing to save yet.');
  const body = {
    name: name.trim() || requirements.name || 'Untitled estimate',
    requirements,
    result: estimate,
    comparison,
  };
  const saved =
    estimationId && estimationVersion !== null
      ? await deps.api.updateEstimation(
          estimationId,
          { ...body, version: estimationVersion },
          signal,
        )
      : await deps.api.createEstimation(body, signal);
  await remember(deps, saved);
  return saved;
}

/** Open an estimation: its results become the pane's state and the workbook holds its id. */
export async function openEstimation(
  deps: WorkflowDeps,
  id: string,
  signal: AbortSignal,
): Promise<Estimation> {
  const estimation = await deps.api.getEstimation(id, signal);
  deps.store.getState().set({
    requirements: estimation.requirements,
    estimate: estimation.result,
    comparison: estimation.comparison,
  });
  await remember(deps, estimation);
  return estimation;
}

export async function cloneEstimation(
  deps: WorkflowDeps,
  signal: AbortSignal,
): Promise<Estimation> {
  const { estimationId } = deps.store.getState();
  if (!estimationId)
    throw new Error('Save or open an estimation first; only a saved estimation can be cloned.');
  const clone = await deps.api.cloneEstimation(estimationId, signal);
  await remember(deps, clone);
  return clone;
}

/** On opening a workbook: which estimation does it hold? */
export async function restoreEstimationId(deps: WorkflowDeps): Promise<string | null> {
  const id = await deps.workbook.getSetting(SETTING_ESTIMATION_ID);
  deps.store.getState().set({ estimationId: id });
  return id;
}

async function remember(deps: WorkflowDeps, estimation: Estimation): Promise<void> {
  await deps.workbook.setSetting(SETTING_ESTIMATION_ID, estimation.estimationId);
  deps.store
    .getState()
    .set({ estimationId: estimation.estimationId, estimationVersion: estimation.version });
}

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
  const { estimationId } = deps.store.getState();
  if (!estimationId)
    throw new Error('Save the estimation first; proposals are generated from a saved estimation.');
  let job = await deps.api.generateDocument({ estimationId, format }, signal);
  for (let i = 0; job.status === 'pending' || job.status === 'running'; i++) {
    if (i >= MAX_POLLS)
      throw new Error(
        'The proposal is taking longer than two minutes. Try again later from the Proposals list.',
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
