import type { CatalogRefreshRun } from '../../core';
import { BlobCatalogRefreshLog } from '../adapters/blob-catalog-refresh-log';
import { awsAdapters } from '../adapters/aws/container';
import { logger } from '../observability/logger';
import { refreshConfig } from '../pricing/configured-source';
import { systemClock } from '../ports/clock';
import { randomIds } from '../ports/ids';
import type { RunRefreshDeps } from '../use-cases/catalog/run-catalog-refresh';
import { newRefreshRun, runCatalogRefresh } from '../use-cases/catalog/run-catalog-refresh';

/**
 * The catalog-refresh function: run weekly by EventBridge (no run in the event: a new `scheduled`
 * run), or asynchronously by the admin function's "refresh now" (`{run}`: the run it recorded).
 * Source, services and regions come from the environment (pricing/configured-source.ts), the same
 * for both. The outcome is kept as the latest run (templates bucket) and audited.
 */
const aws = awsAdapters();

export function refreshDeps(adapters = aws): RunRefreshDeps {
  return {
    store: adapters.catalogStore,
    auditWriter: adapters.auditWriter,
    clock: systemClock,
    ids: randomIds,
    log: new BlobCatalogRefreshLog(adapters.blobs),
    config: refreshConfig(),
  };
}

export async function handler(event: { run?: CatalogRefreshRun } = {}): Promise<CatalogRefreshRun> {
  const deps = refreshDeps();
  const run = event.run ?? newRefreshRun(deps, 'scheduled', 'system');
  const done = await runCatalogRefresh(deps, run);
  const summary = {
    runId: done.runId,
    outcome: done.outcome,
    version: done.version,
    shards: done.shards,
    optionalGaps: done.optionalGaps.length,
  };
  if (done.outcome === 'accepted') logger.info('catalog refresh published', summary);
  else logger.warn(`catalog refresh ${done.outcome}`, { ...summary, problems: done.problems });
  return done;
}
