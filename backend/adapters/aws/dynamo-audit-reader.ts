import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditLogEntry, Page } from '../../../core';
import type { AuditLogReader, AuditQuery } from '../../ports/audit-query';
import { decodeKey, encodeKey } from './dynamo-cursor';

const MIN = '0000';
const MAX = '9999';

/**
 * The audit-logs table. With a user filter it queries UserTimeIndex newest first with the time
 * range in the key condition; without one it scans (admin-only, paginated), and orders each page.
 */
export class DynamoAuditReader implements AuditLogReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly auditTable: string,
  ) {}

  async query(query: AuditQuery): Promise<Page<AuditLogEntry>> {
    const items: AuditLogEntry[] = [];
    let startKey = decodeKey(query.cursor);
    const values: Record<string, unknown> = {};
    const names: Record<string, string> = {};
    const filters: string[] = [];
    if (query.action !== undefined) {
      names['#action'] = 'action';
      values[':action'] = query.action;
      filters.push('#action = :action');
    }
    do {
      const out = query.userId
        ? await this.db.send(
            new QueryCommand({
              TableName: this.auditTable,
              IndexName: 'UserTimeIndex',
              KeyConditionExpression: 'userId = :u AND #ts BETWEEN :from AND :to',
              ExpressionAttributeNames: { ...names, '#ts': 'timestamp' },
              ExpressionAttributeValues: {
                ...values,
                ':u': query.userId,
                ':from': query.from ?? MIN,
                ':to': query.to ?? MAX,
              },
              ...(filters.length ? { FilterExpression: filters.join(' AND ') } : {}),
              ScanIndexForward: false,
              Limit: query.limit - items.length,
              ExclusiveStartKey: startKey,
            }),
          )
        : await this.db.send(
            new ScanCommand({
              TableName: this.auditTable,
              FilterExpression: [...filters, '#ts BETWEEN :from AND :to'].join(' AND '),
              ExpressionAttributeNames: { ...names, '#ts': 'timestamp' },
              ExpressionAttributeValues: {
                ...values,
                ':from': query.from ?? MIN,
                ':to': query.to ?? MAX,
              },
              Limit: query.limit - items.length,
              ExclusiveStartKey: startKey,
            }),
          );
      items.push(...((out.Items ?? []) as AuditLogEntry[]));
      startKey = out.LastEvaluatedKey;
    } while (startKey && items.length < query.limit);
    if (!query.userId) items.sort((a, b) => b.timestamp.localeCompare(a.timestamp));
    return { items, nextCursor: encodeKey(startKey) };
  }
}
