import type { DocumentJob, Page } from '../../core';
import type { AuditRecord } from './audit-log';

/** The stored job: the public DocumentJob plus where its file lives. */
export interface DocumentRecord extends DocumentJob {
  /** S3 key under documents/ once ready. */
  readonly s3Key: string | null;
  readonly locale: string | null;
}

export type DocumentPatch = Partial<
  Pick<
    DocumentRecord,
    'status' | 'fileName' | 'sizeBytes' | 'error' | 'attempts' | 's3Key' | 'warnings'
  >
> & { readonly updatedAt: string };

export interface DocumentListQuery {
  readonly userId: string;
  readonly cursor?: string;
  readonly limit: number;
}

/** Document jobs (the documents table). Creating a job is a user's mutation and is audited. */
export interface DocumentStore {
  get(documentId: string): Promise<DocumentRecord | null>;
  create(job: DocumentRecord, audit: AuditRecord): Promise<void>;
  /**
   * Status transitions by the worker (the system, not a user: the audit entry is the request
   * that created the job). Throws DocumentNotFoundError when absent.
   */
  update(documentId: string, patch: DocumentPatch): Promise<DocumentRecord>;
  listByUser(query: DocumentListQuery): Promise<Page<DocumentRecord>>;
  countAll(): Promise<number>;
  /**
   * Every job counted, and the jobs that reached `ready` per UTC day (the day of their last
   * update, when the file was stored) from `sinceDay` (`YYYY-MM-DD`) on.
   */
  readyByDay(sinceDay: string): Promise<DocumentTally>;
}

export interface DocumentTally {
  readonly total: number;
  readonly readyByDay: Readonly<Record<string, number>>;
}

export class DocumentNotFoundError extends Error {
  constructor(readonly documentId: string) {
    super(`Document ${documentId} does not exist.`);
    this.name = 'DocumentNotFoundError';
  }
}
