import type { EstimationPart, EstimationResponse } from '../../../core';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord } from '../shared/audit-record';
import type { EncodedPart, EstimationRecord } from '../../ports/estimation-store';
import { readableRecord } from './access';
import type { EstimationsDeps } from './deps';
import { estimationResponse } from './respond';

/**
 * A new draft owned by the caller, copied from one they can read (admins may clone anyone's).
 * The parts are copied as stored bytes (never decoded) under the clone's own keys.
 */
export async function cloneEstimation(
  deps: EstimationsDeps,
  ctx: AuditContext,
  id: string,
  input: { name?: string },
): Promise<EstimationResponse> {
  const source = await readableRecord(deps.estimations, ctx.caller, id);
  const copy = (part: EstimationPart) => deps.estimations.readPart(source, part);
  const [requirements, result, comparison] = await Promise.all([
    copy('requirements'),
    copy('result'),
    copy('comparison'),
  ]);
  const now = deps.clock.now().toISOString();
  const { parts: _parts, ...header } = source;
  const clone = {
    ...header,
    estimationId: deps.ids.next(),
    userId: ctx.caller.userId,
    name: input.name ?? `${source.name} (copy)`,
    status: 'draft' as const,
    version: 1,
    createdAt: now,
    updatedAt: now,
    parts: { requirements: required(source, requirements), result, comparison },
  };
  const audit = auditRecord(
    ctx,
    deps,
    'estimation.clone',
    { type: 'estimation', id: clone.estimationId },
    {
      clonedFrom: [null, source.estimationId],
      name: [null, clone.name],
    },
  );
  return estimationResponse(deps, await deps.estimations.create(clone, audit));
}

function required(source: EstimationRecord, part: EncodedPart | null): EncodedPart {
  if (!part) throw new Error(`Estimation ${source.estimationId} has no requirements part.`);
  return part;
}
