import type { AuditLogEntry, Page } from '../../core';

export interface AuditQuery {
  readonly userId?: string;
  readonly action?: string;
  /** Inclusive ISO timestamps. */
  readonly from?: string;
  readonly to?: string;
  readonly cursor?: string;
  readonly limit: number;
}

/** Reading the audit trail (writes happen only inside the stores' transactions). Newest first. */
export interface AuditLogReader {
  query(query: AuditQuery): Promise<Page<AuditLogEntry>>;
}

/** A paging cursor opens only the listing (the same filters) that issued it. */
export function auditScope(q: AuditQuery): string {
  return ['audit', q.userId ?? '*', q.action ?? '*', q.from ?? '', q.to ?? ''].join('|');
}
