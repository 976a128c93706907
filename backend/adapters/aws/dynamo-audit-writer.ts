import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditRecord } from '../../ports/audit-log';
import type { AuditWriter } from '../../ports/audit-writer';
import { auditItem } from './audit-item';

export class DynamoAuditWriter implements AuditWriter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly auditTable: string,
  ) {}

  async append(record: AuditRecord): Promise<void> {
    await this.db.send(
      new PutCommand({
        TableName: this.auditTable,
        Item: auditItem(record),
        ConditionExpression: 'attribute_not_exists(logId)',
      }),
    );
  }
}
