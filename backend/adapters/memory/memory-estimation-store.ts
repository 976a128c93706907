import type { Estimation, Page } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import type { EstimationListQuery, EstimationStore } from '../../ports/estimation-store';
import {
  EstimationExistsError,
  EstimationNotFoundError,
  VersionConflictError,
} from '../../ports/estimation-store';
import { MemoryAuditLog } from './memory-audit-log';
import { offsetPage, userNewestFirstPage } from './paging';

/** In-memory EstimationStore; passes the same contract suite as the DynamoDB adapter. */
export class MemoryEstimationStore implements EstimationStore {
  private readonly items = new Map<string, Estimation>();

  constructor(readonly audit: MemoryAuditLog = new MemoryAuditLog()) {}

  async get(estimationId: string): Promise<Estimation | null> {
    return this.items.get(estimationId) ?? null;
  }

  async listByUser(query: EstimationListQuery): Promise<Page<Estimation>> {
    return userNewestFirstPage(this.items.values(), query, 'estimations');
  }

  async create(estimation: Estimation, audit: AuditRecord): Promise<void> {
    if (this.items.has(estimation.estimationId))
      throw new EstimationExistsError(estimation.estimationId);
    this.audit.append(audit);
    this.items.set(estimation.estimationId, estimation);
  }

  async replace(next: Estimation, expectedVersion: number, audit: AuditRecord): Promise<void> {
    const existing = this.items.get(next.estimationId);
    if (!existing) throw new EstimationNotFoundError(next.estimationId);
    if (existing.version !== expectedVersion)
      throw new VersionConflictError(next.estimationId, expectedVersion);
    this.audit.append(audit);
    this.items.set(next.estimationId, next);
  }

  async delete(estimationId: string, audit: AuditRecord): Promise<void> {
    if (!this.items.has(estimationId)) throw new EstimationNotFoundError(estimationId);
    this.audit.append(audit);
    this.items.delete(estimationId);
  }

  async scanAll(page: { cursor?: string; limit: number }): Promise<Page<Estimation>> {
    const all = [...this.items.values()];
    return offsetPage(all, page, 'estimations|scan');
  }

  async countAll(): Promise<number> {
    return this.items.size;
  }
}
