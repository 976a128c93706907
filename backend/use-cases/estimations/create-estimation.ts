import type { CreateEstimationRequest, Estimation } from '../../../core';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord } from '../shared/audit-record';
import type { EstimationsDeps } from './deps';

export async function createEstimation(
  deps: EstimationsDeps,
  ctx: AuditContext,
  input: CreateEstimationRequest,
): Promise<Estimation> {
  const now = deps.clock.now().toISOString();
  const estimation: Estimation = {
    estimationId: deps.ids.next(),
    userId: ctx.caller.userId,
    name: input.name,
    customer: input.customer ?? '',
    reference: input.reference ?? '',
    status: input.status ?? 'draft',
    requirements: input.requirements,
    scenarios: input.scenarios ?? [],
    result: input.result ?? null,
    comparison: input.comparison ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const audit = auditRecord(
    ctx,
    deps,
    'estimation.create',
    { type: 'estimation', id: estimation.estimationId },
    {
      name: [null, estimation.name],
      status: [null, estimation.status],
      items: [null, estimation.requirements.items.length],
    },
  );
  await deps.estimations.create(estimation, audit);
  return estimation;
}
