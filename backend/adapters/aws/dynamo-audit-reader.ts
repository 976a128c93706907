import type { DynamoDBDocumentClient, QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditLogEntry, Page } from '../../../core';
import { AUDIT_FIRST_MONTH, auditTimeBucket } from '../../../core';
import type { AuditLogReader, AuditQuery } from '../../ports/audit-query';
import { auditScope } from '../../ports/audit-query';
import { decodeKey, encodeKey } from './dynamo-cursor';

const MIN = '0000';
const MAX = '9999';
/** logId of a cursor that resumes at the start of a month (no real logId is empty). */
const START_OF_MONTH = '';

type StoredEntry = AuditLogEntry & { timeBucket?: string };

/**
 * The audit-logs table, newest first across pages with the same filters (action, time range):
 * with a user filter through UserTimeIndex, without one through TimeIndex, walking the monthly
 * partitions from the newest month in range back to the oldest. The cursor (signed) names the
 * month and DynamoDB's position inside it.
 */
export class DynamoAuditReader implements AuditLogReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly auditTable: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async query(query: AuditQuery): Promise<Page<AuditLogEntry>> {
    return query.userId ? this.byUser(query, query.userId) : this.byTime(query);
  }

  private async byUser(query: AuditQuery, userId: string): Promise<Page<AuditLogEntry>> {
    const scope = `${this.auditTable}|${auditScope(query)}`;
    const items: AuditLogEntry[] = [];
    let startKey = await decodeKey(query.cursor, scope, ['logId', 'userId', 'timestamp']);
    do {
      const out = await this.page(query, 'UserTimeIndex', 'userId', userId, startKey, items);
      startKey = out.LastEvaluatedKey as typeof startKey;
    } while (startKey && items.length < query.limit);
    return { items, nextCursor: await encodeKey(startKey, scope) };
  }

  private async byTime(query: AuditQuery): Promise<Page<AuditLogEntry>> {
    const scope = `${this.auditTable}|${auditScope(query)}`;
    const oldest = laterOf(AUDIT_FIRST_MONTH, query.from ? auditTimeBucket(query.from) : '');
    // One month past the clock, for entries written by a container whose clock runs ahead; a
    // `to` far in the future does not make the walk start there.
    const newest = nextMonth(auditTimeBucket(this.now().toISOString()));
    let month = query.to ? earlierOf(auditTimeBucket(query.to), newest) : newest;
    let startKey: Record<string, string | number> | undefined;
    if (query.cursor) {
      const key = await decodeKey(query.cursor, scope, ['logId', 'timeBucket', 'timestamp']);
      month = String(key?.timeBucket);
      startKey = key && key.logId !== START_OF_MONTH ? key : undefined;
    }
    const items: AuditLogEntry[] = [];
    while (month >= oldest && items.length < query.limit) {
      const out = await this.page(query, 'TimeIndex', 'timeBucket', month, startKey, items);
      startKey = out.LastEvaluatedKey as typeof startKey;
      if (!startKey) month = previousMonth(month);
    }
    if (month < oldest) return { items, nextCursor: null };
    // Resume inside this month, or at its start when the page ended on a month boundary.
    const resume = startKey ?? { timeBucket: month, timestamp: MAX, logId: START_OF_MONTH };
    return { items, nextCursor: await encodeKey(resume, scope) };
  }

  private async page(
    query: AuditQuery,
    index: 'UserTimeIndex' | 'TimeIndex',
    keyName: 'userId' | 'timeBucket',
    keyValue: string,
    startKey: Record<string, unknown> | undefined,
    items: AuditLogEntry[],
  ): Promise<QueryCommandOutput> {
    const names: Record<string, string> = { '#ts': 'timestamp', '#pk': keyName };
    const values: Record<string, unknown> = {
      ':pk': keyValue,
      ':from': query.from ?? MIN,
      ':to': query.to ?? MAX,
    };
    if (query.action !== undefined) {
      names['#action'] = 'action';
      values[':action'] = query.action;
    }
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.auditTable,
        IndexName: index,
        KeyConditionExpression: '#pk = :pk AND #ts BETWEEN :from AND :to',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ...(query.action !== undefined ? { FilterExpression: '#action = :action' } : {}),
        ScanIndexForward: false,
        Limit: query.limit - items.length,
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of (out.Items ?? []) as StoredEntry[]) {
      const { timeBucket: _bucket, ...entry } = item;
      items.push(entry);
    }
    return out;
  }
}

function laterOf(a: string, b: string): string {
  return a > b ? a : b;
}

function earlierOf(a: string, b: string): string {
  return a < b ? a : b;
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

function previousMonth(month: string): string {
  return shiftMonth(month, -1);
}

function nextMonth(month: string): string {
  return shiftMonth(month, 1);
}
