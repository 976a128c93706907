import type { LambdaClient } from '@aws-sdk/client-lambda';
import { InvokeCommand } from '@aws-sdk/client-lambda';
import type { CatalogRefreshRun } from '../../core';
import { logger } from '../observability/logger';
import type { CatalogRefreshStarter } from '../ports/catalog-refresh';

/** In AWS: an asynchronous (Event) invoke of the catalog-refresh function with the recorded run. */
export class LambdaRefreshStarter implements CatalogRefreshStarter {
  constructor(
    private readonly lambda: () => Promise<LambdaClient>,
    private readonly functionName: string,
  ) {}

  async start(run: CatalogRefreshRun): Promise<void> {
    await (
      await this.lambda()
    ).send(
      new InvokeCommand({
        FunctionName: this.functionName,
        InvocationType: 'Event',
        Payload: new TextEncoder().encode(JSON.stringify({ run })),
      }),
    );
  }
}

/**
 * On the local stack (and in tests): the same job in this process after the response, as the
 * async invoke does in AWS. `idle()` waits for the runs started so far.
 */
export class InProcessRefreshStarter implements CatalogRefreshStarter {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly job: (run: CatalogRefreshRun) => Promise<unknown>) {}

  async start(run: CatalogRefreshRun): Promise<void> {
    const job: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.job(run))
      .then(
        () => undefined,
        (err: unknown) =>
          logger.error('catalog refresh crashed', { runId: run.runId, err: err as Error }),
      )
      .finally(() => this.running.delete(job));
    this.running.add(job);
  }

  async idle(): Promise<void> {
    while (this.running.size) await Promise.all([...this.running]);
  }
}
