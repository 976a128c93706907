import { NotFoundError } from '../../http/errors';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord } from '../shared/audit-record';
import { EstimationNotFoundError } from '../../ports/estimation-store';
import { writableRecord } from './access';
import type { EstimationsDeps } from './deps';

export async function deleteEstimation(
  deps: Pick<EstimationsDeps, 'estimations' | 'clock' | 'ids'>,
  ctx: AuditContext,
  id: string,
): Promise<void> {
  const current = await writableRecord(deps.estimations, ctx.caller, id);
  const audit = auditRecord(
    ctx,
    deps,
    'estimation.delete',
    { type: 'estimation', id },
    {
      name: [current.name, null],
      version: [current.version, null],
    },
  );
  try {
    await deps.estimations.delete(id, audit);
  } catch (err) {
    if (err instanceof EstimationNotFoundError)
      throw new NotFoundError(`Estimation ${id} was not found.`);
    throw err;
  }
}
