import type { Estimation, EstimationPart, Page } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import type { BlobStore } from '../../ports/blob-store';
import type {
  EncodedPart,
  EstimationListQuery,
  EstimationParts,
  EstimationRecord,
  EstimationStore,
  EstimationWrite,
  SweepReport,
} from '../../ports/estimation-store';
import {
  EstimationExistsError,
  EstimationNotFoundError,
  VersionConflictError,
} from '../../ports/estimation-store';
import {
  deleteQuietly,
  partKeys,
  presignParts,
  putParts,
  readConsistent,
  readPart,
  readParts,
  recordOf,
  sweepParts,
} from '../estimation-parts';
import { MemoryAuditLog } from './memory-audit-log';
import { MemoryBlobStore } from './memory-blob-store';
import { offsetPage, userNewestFirstPage } from './paging';

export interface MemoryEstimationStoreOptions {
  readonly audit?: MemoryAuditLog;
  /** Where the parts go (share one to look at them, or to age them with its clock). */
  readonly blobs?: BlobStore;
  /** Share the records with another store (a crashing view of the same storage in tests). */
  readonly records?: Map<string, EstimationRecord>;
  /** Runs between the part puts and the commit; throwing there is a crash before the commit. */
  readonly beforeCommit?: () => void;
}

/**
 * In-memory EstimationStore with the same two-step write as the DynamoDB adapter (parts into a
 * BlobStore, then the record as the commit point); passes the same contract suite.
 */
export class MemoryEstimationStore implements EstimationStore {
  readonly audit: MemoryAuditLog;
  readonly blobs: BlobStore;
  private readonly items: Map<string, EstimationRecord>;

  constructor(options: MemoryEstimationStoreOptions = {}) {
    this.audit = options.audit ?? new MemoryAuditLog();
    this.blobs = options.blobs ?? new MemoryBlobStore();
    this.items = options.records ?? new Map();
    this.beforeCommit = options.beforeCommit ?? (() => undefined);
  }

  private readonly beforeCommit: () => void;

  async getRecord(estimationId: string): Promise<EstimationRecord | null> {
    return this.items.get(estimationId) ?? null;
  }

  async get(estimationId: string): Promise<Estimation | null> {
    return readConsistent(this.blobs, () => this.getRecord(estimationId));
  }

  readParts(record: EstimationRecord): Promise<Estimation> {
    return readParts(this.blobs, record);
  }

  readPart(record: EstimationRecord, part: EstimationPart): Promise<EncodedPart | null> {
    return readPart(this.blobs, record, part);
  }

  partUrls(record: EstimationRecord, expiresInSeconds: number): Promise<EstimationParts<string>> {
    return presignParts(this.blobs, record, expiresInSeconds);
  }

  async listByUser(query: EstimationListQuery): Promise<Page<EstimationRecord>> {
    return userNewestFirstPage(this.items.values(), query, 'estimations');
  }

  async create(estimation: EstimationWrite, audit: AuditRecord): Promise<EstimationRecord> {
    const { parts, written } = await putParts(this.blobs, estimation);
    const record = recordOf(estimation, parts);
    try {
      this.beforeCommit();
      if (this.items.has(estimation.estimationId))
        throw new EstimationExistsError(estimation.estimationId);
    } catch (err) {
      await deleteQuietly(this.blobs, written);
      throw err;
    }
    this.audit.append(audit);
    this.items.set(estimation.estimationId, record);
    return record;
  }

  async replace(
    next: EstimationWrite,
    expectedVersion: number,
    audit: AuditRecord,
  ): Promise<EstimationRecord> {
    const { parts, written } = await putParts(this.blobs, next);
    const record = recordOf(next, parts);
    const existing = this.items.get(next.estimationId);
    try {
      this.beforeCommit();
      if (!existing) throw new EstimationNotFoundError(next.estimationId);
      if (existing.version !== expectedVersion)
        throw new VersionConflictError(next.estimationId, expectedVersion);
    } catch (err) {
      await deleteQuietly(this.blobs, written);
      throw err;
    }
    this.audit.append(audit);
    this.items.set(next.estimationId, record);
    const kept = new Set(partKeys(record));
    await deleteQuietly(
      this.blobs,
      partKeys(existing).filter((k) => !kept.has(k)),
    );
    return record;
  }

  async delete(estimationId: string, audit: AuditRecord): Promise<void> {
    const existing = this.items.get(estimationId);
    if (!existing) throw new EstimationNotFoundError(estimationId);
    this.audit.append(audit);
    this.items.delete(estimationId);
    await deleteQuietly(this.blobs, partKeys(existing));
  }

  async scanAll(page: { cursor?: string; limit: number }): Promise<Page<EstimationRecord>> {
    return offsetPage([...this.items.values()], page, 'estimations|scan');
  }

  async countAll(): Promise<number> {
    return this.items.size;
  }

  sweepParts(options: { olderThan: Date }): Promise<SweepReport> {
    return sweepParts(this.blobs, (id) => this.getRecord(id), options.olderThan);
  }
}
