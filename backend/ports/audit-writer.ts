import type { AuditRecord } from './audit-log';

/**
 * A lone audit entry, only for changes outside DynamoDB (an Excel upload lands in S3, which cannot
 * join a DynamoDB transaction). Every DynamoDB change carries its record through its store instead.
 */
export interface AuditWriter {
  append(record: AuditRecord): Promise<void>;
}
