import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { auditTimeBucket } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** The stored item: the record plus its TimeIndex partition (month of the timestamp). */
export function auditItem(record: AuditRecord): Record<string, unknown> {
  return { ...record, timeBucket: auditTimeBucket(record.timestamp) };
}

/** The audit entry as one item of the change's TransactWriteItems (never written on its own). */
export function auditTransactItem(tableName: string, record: AuditRecord): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: auditItem(record),
      ConditionExpression: 'attribute_not_exists(logId)',
    },
  };
}
