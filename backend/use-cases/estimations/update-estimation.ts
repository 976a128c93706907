import type { EstimationResponse, UpdateEstimationRequest } from '../../../core';
import { ConflictError, NotFoundError } from '../../http/errors';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord, diffFields } from '../shared/audit-record';
import type { EstimationWrite } from '../../ports/estimation-store';
import { EstimationNotFoundError, VersionConflictError } from '../../ports/estimation-store';
import { resolveRequirementsPart } from '../shared/requirements-ref';
import { writableRecord } from './access';
import type { EstimationsDeps } from './deps';
import { comparisonChange, resultChange } from './parts-input';
import { estimationResponse } from './respond';

const AUDITED_FIELDS = ['name', 'customer', 'reference', 'status'] as const;

/**
 * Optimistic update: the write succeeds only if the stored version is still the one the client
 * read (`input.version`); otherwise 409 and nothing changes. Fields and parts left out keep
 * their value — a part left out is not rewritten (its stored object is kept as it is).
 */
export async function updateEstimation(
  deps: EstimationsDeps,
  ctx: AuditContext,
  id: string,
  input: UpdateEstimationRequest,
): Promise<EstimationResponse> {
  const current = await writableRecord(deps.estimations, ctx.caller, id);
  if (current.version !== input.version) throw staleVersion(id, input.version, current.version);
  const {
    version: _read,
    requirements: _r,
    requirementsRef: _rr,
    result: _res,
    resultRef: _resr,
    comparison: _c,
    comparisonRef: _cr,
    ...patch
  } = input;
  const [requirements, result, comparison] = await Promise.all([
    input.requirements || input.requirementsRef
      ? resolveRequirementsPart(deps, ctx.caller, input, deps.validateRequirements)
      : undefined,
    resultChange(deps, ctx.caller, input),
    comparisonChange(deps, ctx.caller, input),
  ]);
  const next: EstimationWrite = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    version: current.version + 1,
    updatedAt: deps.clock.now().toISOString(),
    figures: {
      ...current.figures,
      ...(requirements ? { items: requirements.items } : {}),
      ...(result?.figures ?? {}),
      ...(comparison?.figures ?? {}),
    },
    parts: {
      requirements: requirements?.encoded ?? current.parts.requirements,
      result: result ? result.encoded : current.parts.result,
      comparison: comparison ? comparison.encoded : current.parts.comparison,
    },
  };
  const changes: Record<string, unknown> = {
    ...diffFields(current, next, AUDITED_FIELDS),
    version: [current.version, next.version],
    ...diffFields(current.figures, next.figures, ['items', 'monthlyTotal']),
  };
  let record;
  try {
    record = await deps.estimations.replace(
      next,
      input.version,
      auditRecord(ctx, deps, 'estimation.update', { type: 'estimation', id }, changes),
    );
  } catch (err) {
    if (err instanceof VersionConflictError) throw staleVersion(id, input.version, null);
    if (err instanceof EstimationNotFoundError)
      throw new NotFoundError(`Estimation ${id} was not found.`);
    throw err;
  }
  return estimationResponse(deps, record);
}

function staleVersion(id: string, sent: number, stored: number | null): ConflictError {
  return new ConflictError(
    `Estimation ${id} was changed since you read version ${sent}; reload it, reapply your edits and save again.`,
    { details: { sentVersion: sent, currentVersion: stored } },
  );
}
