import { awsAdapters } from '../adapters/aws/container';
import { logger } from '../observability/logger';
import { systemClock } from '../ports/clock';
import type { SweepReport } from '../ports/estimation-store';
import { sweepEstimationParts } from '../use-cases/estimations/sweep-parts';

/**
 * The estimation-sweeper function, run daily by EventBridge: deletes part objects of the
 * estimations bucket that no committed record references (a write that never committed, a
 * superseded version, a deleted estimation), once they are an hour old.
 */
const aws = awsAdapters();

export async function handler(): Promise<SweepReport> {
  const report = await sweepEstimationParts({ estimations: aws.estimations, clock: systemClock });
  logger.info('estimation parts swept', { ...report });
  return report;
}
