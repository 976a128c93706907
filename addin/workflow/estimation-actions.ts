import type { Estimation } from '../../core';
import {
  assumptionsSheetSpec,
  comparisonSheetSpec,
  estimateSheetSpec,
  ESTIMATE_SHEET,
} from '../../core';
import { ApiResponseError } from '../../client-shared/http/api-errors';
import type { WorkbookLink } from './workbook-link';
import { linkOf, readLink, writeLink } from './workbook-link';
import type { WorkflowDeps } from './workbook-actions';

/** What the Save form gives: the estimation's name and customer (both optional). */
export interface SaveDraft {
  readonly name: string;
  readonly customer: string;
}

/** The saved estimation changed since this workbook read it (HTTP 409): the user chooses. */
export class EstimationConflictError extends Error {
  override readonly name = 'EstimationConflictError';
  constructor(readonly link: WorkbookLink) {
    super(
      `"${link.name || 'This estimation'}" was saved from somewhere else since this workbook last saved or opened it.`,
    );
  }
}

/**
 * Save the workbook's requirements and their estimate. A workbook that holds an estimation updates
 * it (sending the version it read); one that holds none creates one and keeps its link in the
 * workbook, so the next Save — even after the workbook is closed and reopened — updates the same one.
 */
export async function saveEstimation(
  deps: WorkflowDeps,
  draft: SaveDraft,
  signal: AbortSignal,
): Promise<Estimation> {
  const { link } = deps.store.getState();
  const body = saveBody(deps, draft);
  if (!link) return remember(deps, await deps.api.createEstimation(body, signal));
  const version = link.version ?? (await deps.api.getEstimation(link.estimationId, signal)).version;
  try {
    const saved = await deps.api.updateEstimation(link.estimationId, { ...body, version }, signal);
    return await remember(deps, saved);
  } catch (error) {
    if (error instanceof ApiResponseError && error.status === 409)
      throw new EstimationConflictError(link);
    throw error;
  }
}

/** After a conflict: keep this workbook's version as a new estimation, and link the workbook to it. */
export async function saveAsCopy(
  deps: WorkflowDeps,
  draft: SaveDraft,
  signal: AbortSignal,
): Promise<Estimation> {
  const body = saveBody(deps, draft);
  return remember(
    deps,
    await deps.api.createEstimation({ ...body, name: `${body.name} (copy)` }, signal),
  );
}

function saveBody(deps: WorkflowDeps, draft: SaveDraft) {
  const { requirements, estimate, comparison, link } = deps.store.getState();
  if (!requirements || !estimate)
    throw new Error(
      'Press Calculate first (Workbook tab): a saved estimation keeps the requirements together with their prices.',
    );
  return {
    name: draft.name.trim() || link?.name || requirements.name || 'Untitled estimate',
    ...(draft.customer.trim() ? { customer: draft.customer.trim() } : {}),
    requirements,
    result: estimate,
    comparison,
  };
}

/**
 * Open a saved estimation into this workbook: its results are written as the "AWS Estimate",
 * "Assumptions" and (when it has one) "AWS Comparison" sheets, and the workbook now holds it.
 * Returns the sheets written (none when the estimation was never calculated).
 */
export async function openEstimation(
  deps: WorkflowDeps,
  id: string,
  signal: AbortSignal,
): Promise<{ estimation: Estimation; sheets: string[] }> {
  const estimation = await deps.api.getEstimation(id, signal);
  const specs = estimation.result
    ? [
        estimateSheetSpec(estimation.result),
        assumptionsSheetSpec(estimation.result, estimation.requirements.settings),
        ...(estimation.comparison ? [comparisonSheetSpec(estimation.comparison)] : []),
      ]
    : [];
  for (const spec of specs) await deps.workbook.renderSheet(spec);
  if (specs.length > 0) await deps.workbook.selectCell(ESTIMATE_SHEET, 'A1');
  deps.store.getState().set({
    requirements: estimation.requirements,
    estimate: estimation.result,
    comparison: estimation.comparison,
  });
  await remember(deps, estimation);
  return { estimation, sheets: specs.map((s) => s.name) };
}

export async function cloneEstimation(
  deps: WorkflowDeps,
  signal: AbortSignal,
): Promise<Estimation> {
  const { link } = deps.store.getState();
  if (!link)
    throw new Error('Save or open an estimation first; only a saved estimation can be cloned.');
  return remember(deps, await deps.api.cloneEstimation(link.estimationId, signal));
}

/** What reconnecting a workbook to its estimation found. */
export type Reconnect =
  | { readonly kind: 'none' }
  | { readonly kind: 'linked'; readonly link: WorkbookLink; readonly serverVersion: number }
  | { readonly kind: 'gone'; readonly link: WorkbookLink; readonly reason: string };

/**
 * On opening a workbook (after sign-in): which estimation does it hold? The link in the workbook
 * is read, then the estimation itself for its name and current version. An estimation that was
 * deleted or belongs to someone else is forgotten (the next Save creates a new one).
 */
export async function reconnectWorkbook(
  deps: WorkflowDeps,
  signal?: AbortSignal,
): Promise<Reconnect> {
  const stored = await readLink(deps.workbook);
  if (!stored) {
    deps.store.getState().set({ link: null });
    return { kind: 'none' };
  }
  try {
    const estimation = await deps.api.getEstimation(stored.estimationId, signal);
    const link: WorkbookLink = {
      ...linkOf(estimation),
      version: stored.version ?? estimation.version,
    };
    deps.store.getState().set({ link });
    return { kind: 'linked', link, serverVersion: estimation.version };
  } catch (error) {
    if (error instanceof ApiResponseError && (error.status === 404 || error.status === 403)) {
      deps.store.getState().set({ link: null });
      const reason = error.status === 404 ? 'it was deleted' : 'it belongs to another user';
      return { kind: 'gone', link: stored, reason };
    }
    // Offline or the API is down: keep the stored link; Save reports any problem then.
    deps.store.getState().set({ link: stored });
    throw error;
  }
}

async function remember(deps: WorkflowDeps, estimation: Estimation): Promise<Estimation> {
  const link = linkOf(estimation);
  await writeLink(deps.workbook, link);
  deps.store.getState().set({ link });
  return estimation;
}
