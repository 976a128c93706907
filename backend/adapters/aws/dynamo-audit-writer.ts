import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { isDeepStrictEqual } from 'node:util';
import type { AuditRecord } from '../../ports/audit-log';
import type { AuditWriter } from '../../ports/audit-writer';
import { auditItem } from './audit-item';
import { conditionFailed } from './transaction-errors';

export class DynamoAuditWriter implements AuditWriter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly auditTable: string,
  ) {}

  /**
   * Writes the entry once. The put is conditional on its `logId` being new, and the SDK retries a
   * put whose answer it did not get (a timeout, a 5xx): when the first attempt had written, the
   * retry meets its own entry and the condition fails. An entry already stored under this logId
   * that is this record is that case, and the append has succeeded; any other is refused.
   */
  async append(record: AuditRecord): Promise<void> {
    const item = auditItem(record);
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.auditTable,
          Item: item,
          ConditionExpression: 'attribute_not_exists(logId)',
        }),
      );
    } catch (err) {
      if (!conditionFailed(err)) throw err;
      const stored = await this.db.send(
        new GetCommand({
          TableName: this.auditTable,
          Key: { logId: record.logId },
          ConsistentRead: true,
        }),
      );
      if (stored.Item && isDeepStrictEqual(asJson(stored.Item), asJson(item))) return;
      throw new Error(
        `Audit entry ${record.logId} (${record.action}) was not written: the audit table already ` +
          'holds another entry under that logId.',
        { cause: err },
      );
    }
  }
}

/** The item as DynamoDB keeps it: attributes whose value is undefined are not stored. */
function asJson(value: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(value));
}
