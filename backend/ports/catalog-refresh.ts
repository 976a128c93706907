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

/** The stored refresh log is not a run record: it names where it is kept and what is wrong. */
export class CorruptRefreshLogError extends Error {
  constructor(
    readonly location: string,
    problem: string,
  ) {
    super(
      `The catalog refresh log ${location} cannot be read: ${problem}. Delete the object (the ` +
        `next run writes a new one) or restore a good copy.`,
    );
    this.name = 'CorruptRefreshLogError';
  }
}
