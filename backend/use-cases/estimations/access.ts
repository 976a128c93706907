import type { Caller } from '../../http/caller';
import { ForbiddenError, NotFoundError } from '../../http/errors';
import type { EstimationRecord, EstimationStore } from '../../ports/estimation-store';

/**
 * Ownership rules, one place: the owner reads and writes; an admin reads everyone's but changes
 * only their own; anyone else gets the same 404 as for a missing id, so existence does not leak.
 * Both read the index record only: the parts are read after access is granted.
 */
export async function readableRecord(
  store: EstimationStore,
  caller: Caller,
  id: string,
): Promise<EstimationRecord> {
  const record = await store.getRecord(id);
  if (!record || (record.userId !== caller.userId && caller.role !== 'Admin')) {
    throw new NotFoundError(`Estimation ${id} was not found.`);
  }
  return record;
}

export async function writableRecord(
  store: EstimationStore,
  caller: Caller,
  id: string,
): Promise<EstimationRecord> {
  const record = await readableRecord(store, caller, id);
  if (record.userId !== caller.userId) {
    throw new ForbiddenError(
      `Estimation ${id} belongs to another user; admins can read it but only its owner can change it.`,
    );
  }
  return record;
}
