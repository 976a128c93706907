import type { CreateEstimationRequest, EstimationResponse } from '../../../core';
import { BadRequestError } from '../../http/errors';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord } from '../shared/audit-record';
import type { EstimationWrite } from '../../ports/estimation-store';
import { NO_COMPARISON, NO_RESULT } from '../shared/figures';
import { resolveRequirementsPart } from '../shared/requirements-ref';
import type { EstimationsDeps } from './deps';
import { comparisonChange, resultChange } from './parts-input';
import { estimationResponse } from './respond';

/**
 * POST /estimations. Each large part comes inline or by reference (a requirements upload or a
 * stored result); the parts are stored, then the record commits with its audit entry.
 */
export async function createEstimation(
  deps: EstimationsDeps,
  ctx: AuditContext,
  input: CreateEstimationRequest,
): Promise<EstimationResponse> {
  if (!input.requirements && !input.requirementsRef)
    throw new BadRequestError('$.requirements: send the requirements or a requirementsRef.');
  const [requirements, result, comparison] = await Promise.all([
    resolveRequirementsPart(deps, ctx.caller, input, deps.validateRequirements),
    resultChange(deps, ctx.caller, input),
    comparisonChange(deps, ctx.caller, input),
  ]);
  const now = deps.clock.now().toISOString();
  const write: EstimationWrite = {
    estimationId: deps.ids.next(),
    userId: ctx.caller.userId,
    name: input.name,
    customer: input.customer ?? '',
    reference: input.reference ?? '',
    status: input.status ?? 'draft',
    scenarios: input.scenarios ?? [],
    version: 1,
    createdAt: now,
    updatedAt: now,
    figures: {
      items: requirements.items,
      ...(result?.figures ?? NO_RESULT),
      ...(comparison?.figures ?? NO_COMPARISON),
    },
    parts: {
      requirements: requirements.encoded,
      result: result?.encoded ?? null,
      comparison: comparison?.encoded ?? null,
    },
  };
  const audit = auditRecord(
    ctx,
    deps,
    'estimation.create',
    { type: 'estimation', id: write.estimationId },
    {
      name: [null, write.name],
      status: [null, write.status],
      items: [null, requirements.items],
    },
  );
  const record = await deps.estimations.create(write, audit);
  return estimationResponse(deps, record, {
    requirements: input.requirements,
    result: input.resultRef ? undefined : (input.result ?? null),
    comparison: input.comparisonRef ? undefined : (input.comparison ?? null),
  });
}
