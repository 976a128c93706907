import type { Estimation } from '../../../core';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord } from '../shared/audit-record';
import { readableEstimation } from './access';
import type { EstimationsDeps } from './deps';

/** A new draft owned by the caller, copied from one they can read (admins may clone anyone's). */
export async function cloneEstimation(
  deps: EstimationsDeps,
  ctx: AuditContext,
  id: string,
  input: { name?: string },
): Promise<Estimation> {
  const source = await readableEstimation(deps.estimations, ctx.caller, id);
  const now = deps.clock.now().toISOString();
  const copy: Estimation = {
    ...source,
    estimationId: deps.ids.next(),
    userId: ctx.caller.userId,
    name: input.name ?? `${source.name} (copy)`,
    status: 'draft',
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  const audit = auditRecord(
    ctx,
    deps,
    'estimation.clone',
    { type: 'estimation', id: copy.estimationId },
    {
      clonedFrom: [null, source.estimationId],
      name: [null, copy.name],
    },
  );
  await deps.estimations.create(copy, audit);
  return copy;
}
