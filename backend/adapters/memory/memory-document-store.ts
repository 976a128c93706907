import type { Page } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import type {
  DocumentTally,
  DocumentListQuery,
  DocumentPatch,
  DocumentRecord,
  DocumentStore,
} from '../../ports/document-store';
import { DocumentNotFoundError } from '../../ports/document-store';
import { MemoryAuditLog } from './memory-audit-log';
import { userNewestFirstPage } from './paging';

export class MemoryDocumentStore implements DocumentStore {
  private readonly items = new Map<string, DocumentRecord>();

  constructor(readonly audit: MemoryAuditLog = new MemoryAuditLog()) {}

  async get(documentId: string): Promise<DocumentRecord | null> {
    return this.items.get(documentId) ?? null;
  }

  async create(job: DocumentRecord, audit: AuditRecord): Promise<void> {
    if (this.items.has(job.documentId))
      throw new Error(`Document ${job.documentId} already exists.`);
    this.audit.append(audit);
    this.items.set(job.documentId, job);
  }

  async update(documentId: string, patch: DocumentPatch): Promise<DocumentRecord> {
    const existing = this.items.get(documentId);
    if (!existing) throw new DocumentNotFoundError(documentId);
    const next: DocumentRecord = { ...existing, ...patch };
    this.items.set(documentId, next);
    return next;
  }

  async listByUser(query: DocumentListQuery): Promise<Page<DocumentRecord>> {
    return userNewestFirstPage(this.items.values(), query, 'documents');
  }

  async countAll(): Promise<number> {
    return this.items.size;
  }

  async readyByDay(sinceDay: string): Promise<DocumentTally> {
    const readyByDay: Record<string, number> = {};
    for (const d of this.items.values()) {
      const day = d.updatedAt.slice(0, 10);
      if (d.status === 'ready' && day >= sinceDay) readyByDay[day] = (readyByDay[day] ?? 0) + 1;
    }
    return { total: this.items.size, readyByDay };
  }
}
