import { logger } from '../../observability/logger';
import type { JobDispatcher } from '../../ports/job-dispatcher';

/**
 * Locally (and in unit tests) the job runs in this process after the response is sent, as the
 * async Lambda invoke does in AWS. `idle()` lets tests wait for the jobs started so far.
 */
export class InProcessDispatcher implements JobDispatcher {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly run: (documentId: string) => Promise<unknown>) {}

  async dispatch(documentId: string): Promise<void> {
    const job: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.run(documentId))
      .then(
        () => undefined,
        (err: unknown) => logger.error('document job crashed', { documentId, err: err as Error }),
      )
      .finally(() => this.running.delete(job));
    this.running.add(job);
  }

  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }
}
