import type { CatalogRefreshRun } from '../../core';

/** Where the latest catalog refresh run is kept (one record, replaced by each run). */
export interface CatalogRefreshLog {
  latest(): Promise<CatalogRefreshRun | null>;
  save(run: CatalogRefreshRun): Promise<void>;
}

/**
 * Starts the refresh job for a run already recorded as `running`: an async invoke of the
 * catalog-refresh function in AWS, the same job in this process on the local stack.
 */
export interface CatalogRefreshStarter {
  start(run: CatalogRefreshRun): Promise<void>;
}
