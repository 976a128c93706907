import type { Estimation } from '../../../core';
import type { Caller } from '../../http/caller';
import { ForbiddenError, NotFoundError } from '../../http/errors';
import type { EstimationStore } from '../../ports/estimation-store';

/**
 * Ownership rules, one place: the owner reads and writes; an admin reads everyone's but changes
 * only their own; anyone else gets the same 404 as for a missing id, so existence does not leak.
 */
export async function readableEstimation(
  store: EstimationStore,
  caller: Caller,
  id: string,
): Promise<Estimation> {
  const estimation = await store.get(id);
  if (!estimation || (estimation.userId !== caller.userId && caller.role !== 'Admin')) {
    throw new NotFoundError(`Estimation ${id} was not found.`);
  }
  return estimation;
}

export async function writableEstimation(
  store: EstimationStore,
  caller: Caller,
  id: string,
): Promise<Estimation> {
  const estimation = await readableEstimation(store, caller, id);
  if (estimation.userId !== caller.userId) {
    throw new ForbiddenError(
      `Estimation ${id} belongs to another user; admins can read it but only its owner can change it.`,
    );
  }
  return estimation;
}
