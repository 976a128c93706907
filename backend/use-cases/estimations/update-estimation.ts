import type { Estimation, UpdateEstimationRequest } from '../../../core';
import { ConflictError, NotFoundError } from '../../http/errors';
import type { AuditContext } from '../../ports/audit-log';
import { auditRecord, diffFields } from '../shared/audit-record';
import { EstimationNotFoundError, VersionConflictError } from '../../ports/estimation-store';
import { writableEstimation } from './access';
import type { EstimationsDeps } from './deps';

const AUDITED_FIELDS = ['name', 'customer', 'reference', 'status'] as const;

/**
 * Optimistic update: the write succeeds only if the stored version is still the one the client
 * read (`input.version`); otherwise 409 and nothing changes. Fields left out keep their value.
 */
export async function updateEstimation(
  deps: EstimationsDeps,
  ctx: AuditContext,
  id: string,
  input: UpdateEstimationRequest,
): Promise<Estimation> {
  const current = await writableEstimation(deps.estimations, ctx.caller, id);
  if (current.version !== input.version) throw staleVersion(id, input.version, current.version);
  const { version: _read, ...patch } = input;
  const next: Estimation = {
    ...current,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    version: current.version + 1,
    updatedAt: deps.clock.now().toISOString(),
  };
  const changes: Record<string, unknown> = {
    ...diffFields(current, next, AUDITED_FIELDS),
    version: [current.version, next.version],
  };
  if (JSON.stringify(current.requirements) !== JSON.stringify(next.requirements)) {
    changes.items = [current.requirements.items.length, next.requirements.items.length];
  }
  if (JSON.stringify(current.result) !== JSON.stringify(next.result)) {
    changes.monthlyTotal = [
      current.result?.totals.monthly ?? null,
      next.result?.totals.monthly ?? null,
    ];
  }
  try {
    await deps.estimations.replace(
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
  return next;
}

function staleVersion(id: string, sent: number, stored: number | null): ConflictError {
  return new ConflictError(
    `Estimation ${id} was changed since you read version ${sent}; reload it, reapply your edits and save again.`,
    { details: { sentVersion: sent, currentVersion: stored } },
  );
}
