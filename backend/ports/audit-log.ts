import type { AuditAction, AuditLogEntry } from '../../core';
import type { Caller } from '../http/caller';

/**
 * Every mutation writes one audit record in the SAME DynamoDB transaction as the change (see the
 * aws adapters' use of `auditTransactItem`), so neither exists without the other. Stores take the
 * record as a parameter of the mutating call; they never write it separately. The use cases build
 * the record with `auditRecord` (use-cases/shared/audit-record.ts).
 */
export type AuditRecord = AuditLogEntry & { readonly action: AuditAction };

/** Who is acting, and in which request: passed to every mutating use case. */
export interface AuditContext {
  readonly caller: Caller;
  readonly requestId: string;
}
