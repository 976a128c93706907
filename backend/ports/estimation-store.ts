import type { Estimation, EstimationFigures, EstimationPart, Page } from '../../core';
import type { AuditRecord } from './audit-log';

export interface EstimationListQuery {
  readonly userId: string;
  readonly cursor?: string;
  readonly limit: number;
}

/** A large part as bytes: gzip-compressed JSON (see `encodeJsonPart`). */
export interface EncodedPart {
  readonly gzip: Uint8Array;
  /** Length of the JSON text in bytes (what a client downloading it receives). */
  readonly bytes: number;
}

/** Where a committed part lives; the store chooses the key. */
export interface StoredPart {
  readonly key: string;
  readonly bytes: number;
  /** gzip size as stored. */
  readonly storedBytes: number;
}

/** The small fields of an estimation: everything but its large parts. */
export type EstimationHeader = Omit<Estimation, EstimationPart>;

export interface EstimationParts<P> {
  readonly requirements: P;
  readonly result: P | null;
  readonly comparison: P | null;
}

/**
 * The index record (the DynamoDB item): header, totals and counts, and the keys of the parts.
 * Lists, access checks and dashboards read only this.
 */
export interface EstimationRecord extends EstimationHeader {
  readonly figures: EstimationFigures;
  readonly parts: EstimationParts<StoredPart>;
}

/**
 * A create or replace: each part is either new bytes to store, or the current record's part
 * kept as it is (a name or status change rewrites no part).
 */
export interface EstimationWrite extends EstimationHeader {
  readonly figures: EstimationFigures;
  readonly parts: EstimationParts<EncodedPart | StoredPart>;
}

export interface SweepReport {
  /** Part objects no committed record references (a write that never committed, a superseded version, a deleted estimation). */
  readonly deleted: number;
  /** Unreferenced objects younger than the grace period: possibly a write still in flight. */
  readonly young: number;
  readonly referenced: number;
}

/**
 * Estimations: an index record per estimation (the estimations table) and its large parts as
 * gzip JSON objects (the estimations bucket). Parts are written first under fresh keys; the
 * record's write — with its audit entry, in one transaction — is the commit point, so a part of
 * a write that never committed is never referenced, never read, and removed by `sweepParts`.
 * `replace` is an optimistic-lock write: it succeeds only when the stored version equals
 * `expectedVersion`, so two writers that read the same version cannot both win.
 */
export interface EstimationStore {
  /** The index record alone (no part is read). */
  getRecord(estimationId: string): Promise<EstimationRecord | null>;
  /** The whole estimation, parts decoded. */
  get(estimationId: string): Promise<Estimation | null>;
  /** The parts of a record, decoded (a record from `getRecord`, so access was checked first). */
  readParts(record: EstimationRecord): Promise<Estimation>;
  /** One part's stored bytes, not decoded (copying it to a clone, or serving it). */
  readPart(record: EstimationRecord, part: EstimationPart): Promise<EncodedPart | null>;
  /** Presigned GET URLs of the parts; the objects are served gzip-encoded JSON. */
  partUrls(record: EstimationRecord, expiresInSeconds: number): Promise<EstimationParts<string>>;
  /** The user's estimations, newest first (UserIndex, createdAt descending). */
  listByUser(query: EstimationListQuery): Promise<Page<EstimationRecord>>;
  /** Throws EstimationExistsError when the id is taken. */
  create(estimation: EstimationWrite, audit: AuditRecord): Promise<EstimationRecord>;
  /** Throws EstimationNotFoundError or VersionConflictError; nothing is committed then. */
  replace(
    next: EstimationWrite,
    expectedVersion: number,
    audit: AuditRecord,
  ): Promise<EstimationRecord>;
  /** Throws EstimationNotFoundError when absent. */
  delete(estimationId: string, audit: AuditRecord): Promise<void>;
  /** Every record, in no particular order, a page at a time (the nightly backup). */
  scanAll(page: { cursor?: string; limit: number }): Promise<Page<EstimationRecord>>;
  /** Number of estimations of every user (admin metrics). */
  countAll(): Promise<number>;
  /**
   * Delete part objects no committed record references and last written before `olderThan`
   * (a grace period longer than any write takes, so a write between its part puts and its commit
   * is never touched).
   */
  sweepParts(options: { olderThan: Date }): Promise<SweepReport>;
}

/** A kept part must be one of this estimation's own objects. */
export function isStoredPart(part: EncodedPart | StoredPart): part is StoredPart {
  return 'key' in part;
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

/** A committed record names a part object that is gone: storage lost data (never a user error). */
export class MissingPartError extends Error {
  constructor(
    readonly estimationId: string,
    readonly part: EstimationPart,
    readonly key: string,
  ) {
    super(`Estimation ${estimationId}: its ${part} (${key}) is missing from storage.`);
    this.name = 'MissingPartError';
  }
}
