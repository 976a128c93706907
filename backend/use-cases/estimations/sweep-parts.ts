import type { Clock } from '../../ports/clock';
import type { EstimationStore, SweepReport } from '../../ports/estimation-store';

/**
 * Older than any write can take between its part puts and its commit: API functions time out
 * after seconds, so an unreferenced part this old belongs to a write that will never commit
 * (the process died, or its commit was refused), to a superseded version or to a deleted
 * estimation — never to a write in flight.
 */
export const SWEEP_GRACE_MS = 3_600_000;

/** The daily sweep of the estimations bucket (DECISIONS: estimation storage). */
export async function sweepEstimationParts(deps: {
  estimations: EstimationStore;
  clock: Clock;
}): Promise<SweepReport> {
  const olderThan = new Date(deps.clock.now().getTime() - SWEEP_GRACE_MS);
  return deps.estimations.sweepParts({ olderThan });
}
