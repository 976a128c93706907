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

/**
 * A page of the audit trail. A reader looks at a bounded number of entries per page (see
 * AUDIT_MAX_EXAMINED), so a page can hold fewer than `limit` entries and still have a
 * `nextCursor`: then `searchedBackTo` says how far back it looked.
 */
export interface AuditPage extends Page<AuditLogEntry> {
  /**
   * Present only when the page stopped at the reader's bound before it was full: every entry at
   * or after this ISO timestamp (within the filters) has been looked at, and `nextCursor` goes on
   * with older ones.
   */
  readonly searchedBackTo?: string;
  /** Entries the reader looked at for this page (≥ items.length): its read cost. */
  readonly examined: number;
}

/** Reading the audit trail (writes happen only inside the stores' transactions). Newest first. */
export interface AuditLogReader {
  query(query: AuditQuery): Promise<AuditPage>;
}

/**
 * Most entries a reader looks at for one page when a filter is not part of the index it reads
 * (a user and an action: one is filtered on the other's index, probes included — audit-side.ts):
 * the page then ends early with `searchedBackTo`.
 */
export const AUDIT_MAX_EXAMINED = 4000;

/** A paging cursor opens only the listing (the same filters) that issued it. */
export function auditScope(q: AuditQuery): string {
  return ['audit', q.userId ?? '*', q.action ?? '*', q.from ?? '', q.to ?? ''].join('|');
}
