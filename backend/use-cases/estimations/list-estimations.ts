import type { EstimationSummary, Page } from '../../../core';
import type { Caller } from '../../http/caller';
import type { EstimationsDeps } from './deps';
import { toSummary } from './summary';

/** The caller's estimations, newest first. */
export async function listEstimations(
  deps: Pick<EstimationsDeps, 'estimations'>,
  caller: Caller,
  page: { cursor?: string; limit: number },
): Promise<Page<EstimationSummary>> {
  const out = await deps.estimations.listByUser({
    userId: caller.userId,
    cursor: page.cursor,
    limit: page.limit,
  });
  return { items: out.items.map(toSummary), nextCursor: out.nextCursor };
}
