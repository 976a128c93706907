import type { Estimation, Page } from '../../core';
import type { AuditRecord } from './audit-log';

export interface EstimationListQuery {
  readonly userId: string;
  readonly cursor?: string;
  readonly limit: number;
}

/**
 * Estimations (the estimations table). Every mutation carries its audit record and the adapter
 * writes both in one transaction. `replace` is an optimistic-lock write: it succeeds only when the
 * stored version equals `expectedVersion`, so two writers that read the same version cannot both win.
 */
export interface EstimationStore {
  get(estimationId: string): Promise<Estimation | null>;
  /** The user's estimations, newest first (UserIndex, createdAt descending). */
  listByUser(query: EstimationListQuery): Promise<Page<Estimation>>;
  /** Throws EstimationExistsError when the id is taken. */
  create(estimation: Estimation, audit: AuditRecord): Promise<void>;
  /** Throws EstimationNotFoundError or VersionConflictError; nothing is written then. */
  replace(next: Estimation, expectedVersion: number, audit: AuditRecord): Promise<void>;
  /** Throws EstimationNotFoundError when absent. */
  delete(estimationId: string, audit: AuditRecord): Promise<void>;
  /** Every estimation, in no particular order, a page at a time (the nightly backup). */
  scanAll(page: { cursor?: string; limit: number }): Promise<Page<Estimation>>;
  /** Number of estimations of every user (admin metrics). */
  countAll(): Promise<number>;
}

export class EstimationNotFoundError extends Error {
  constructor(readonly estimationId: string) {
    super(`Estimation ${estimationId} does not exist.`);
    this.name = 'EstimationNotFoundError';
  }
}

export class EstimationExistsError extends Error {
  constructor(readonly estimationId: string) {
    super(`Estimation ${estimationId} already exists.`);
    this.name = 'EstimationExistsError';
  }
}

export class VersionConflictError extends Error {
  constructor(
    readonly targetId: string,
    readonly expectedVersion: number,
  ) {
    super(`${targetId} was changed by someone else since version ${expectedVersion} was read.`);
    this.name = 'VersionConflictError';
  }
}
