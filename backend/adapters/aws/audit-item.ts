import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '../../ports/audit-log';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** The audit entry as one item of the change's TransactWriteItems (never written on its own). */
export function auditTransactItem(tableName: string, record: AuditRecord): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: { ...record },
      ConditionExpression: 'attribute_not_exists(logId)',
    },
  };
}
