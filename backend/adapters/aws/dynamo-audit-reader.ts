import type { DynamoDBDocumentClient, QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditLogEntry } from '../../../core';
import { AUDIT_FIRST_MONTH, auditTimeBucket } from '../../../core';
import type { AuditLogReader, AuditPage, AuditQuery } from '../../ports/audit-query';
import { AUDIT_MAX_EXAMINED, auditScope } from '../../ports/audit-query';
import { earlierOf, laterOf, monthStart, nextMonth, previousMonth } from './audit-months';
import { decodeKey, encodeKey } from './dynamo-cursor';

const MIN = '0000';
const MAX = '9999';
/** logId of a cursor that resumes at the start of a month (no real logId is empty). */
const START_OF_MONTH = '';
/** Items one filtered Query looks at (DynamoDB's `Limit` counts items before the filter). */
const READ_WINDOW = 1000;

type Key = Record<string, string | number>;
type StoredEntry = AuditLogEntry & { timeBucket?: string };
type Index = 'ActionTimeIndex' | 'UserTimeIndex' | 'TimeIndex';
type IndexKey = 'action' | 'userId' | 'timeBucket';

export interface DynamoAuditReaderOptions {
  readonly now?: () => Date;
  /** Entries looked at per page when the action is filtered on the user's index. */
  readonly maxExamined?: number;
  /** Query round trips per page (the month walk meets empty months). */
  readonly maxQueries?: number;
}

/** Round trips per page: a year of empty months, or a few read windows. */
export const AUDIT_MAX_QUERIES = 12;

/**
 * The audit-logs table, newest first across pages with the same filters. Each filter reads the
 * index keyed on it, so a page is one Query: an action through ActionTimeIndex, a user through
 * UserTimeIndex, neither through TimeIndex (walking the monthly partitions back from the newest
 * month in range). A user and an action together read the user's entries and filter the action
 * (DECISIONS.md 99): at most `maxExamined` entries a page, ending early with `searchedBackTo`.
 * The cursor (signed) names DynamoDB's position in the index (and the month, for TimeIndex).
 */
export class DynamoAuditReader implements AuditLogReader {
  private readonly now: () => Date;
  private readonly maxExamined: number;
  private readonly maxQueries: number;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly auditTable: string,
    options: DynamoAuditReaderOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxExamined = options.maxExamined ?? AUDIT_MAX_EXAMINED;
    this.maxQueries = options.maxQueries ?? AUDIT_MAX_QUERIES;
  }

  async query(query: AuditQuery): Promise<AuditPage> {
    if (query.userId) return this.partition(query, 'UserTimeIndex', 'userId', query.userId);
    if (query.action) return this.partition(query, 'ActionTimeIndex', 'action', query.action);
    return this.byTime(query);
  }

  /** One index partition (a user's or an action's entries), newest first. */
  private async partition(
    query: AuditQuery,
    index: Index,
    keyName: IndexKey,
    keyValue: string,
  ): Promise<AuditPage> {
    const scope = `${this.auditTable}|${auditScope(query)}`;
    const filtered = keyName !== 'action' && query.action !== undefined;
    let startKey = await decodeKey(query.cursor, scope, ['logId', keyName, 'timestamp']);
    const items: StoredEntry[] = [];
    let examined = 0;
    // A filtered read starts at the page size and widens fourfold per round trip (to READ_WINDOW):
    // a common action fills the page in one or two reads, a rare one reaches the bound in six.
    let widen = query.limit;
    for (let queries = 0; queries < this.maxQueries && items.length < query.limit; queries++) {
      const window = filtered
        ? Math.min(widen, READ_WINDOW, this.maxExamined - examined)
        : query.limit - items.length;
      widen *= 4;
      if (window <= 0) break;
      const out = await this.read(query, index, keyName, keyValue, startKey, window, filtered);
      examined += out.ScannedCount ?? 0;
      const found = (out.Items ?? []) as StoredEntry[];
      const kept = found.slice(0, query.limit - items.length);
      items.push(...kept);
      // A filtered window can hold more matches than the page needs: resume after the last kept.
      startKey = kept.length < found.length ? keyOf(kept.at(-1)!, keyName) : lastKey(out);
      if (!startKey) break;
    }
    const searchedBackTo =
      startKey && items.length < query.limit ? String(startKey.timestamp) : undefined;
    return page(items, await encodeKey(startKey, scope), examined, searchedBackTo);
  }

  /** Every entry newest first: the monthly TimeIndex partitions, newest month in range first. */
  private async byTime(query: AuditQuery): Promise<AuditPage> {
    const scope = `${this.auditTable}|${auditScope(query)}`;
    const oldest = laterOf(AUDIT_FIRST_MONTH, query.from ? auditTimeBucket(query.from) : '');
    // One month past the clock, for entries written by a container whose clock runs ahead; a
    // `to` far in the future does not make the walk start there.
    const newest = nextMonth(auditTimeBucket(this.now().toISOString()));
    let month = query.to ? earlierOf(auditTimeBucket(query.to), newest) : newest;
    let startKey: Key | undefined;
    if (query.cursor) {
      const key = await decodeKey(query.cursor, scope, ['logId', 'timeBucket', 'timestamp']);
      month = String(key?.timeBucket);
      startKey = key && key.logId !== START_OF_MONTH ? key : undefined;
    }
    const items: StoredEntry[] = [];
    for (let queries = 0; queries < this.maxQueries; queries++) {
      if (month < oldest || items.length >= query.limit) break;
      const window = query.limit - items.length;
      const out = await this.read(query, 'TimeIndex', 'timeBucket', month, startKey, window, false);
      items.push(...((out.Items ?? []) as StoredEntry[]));
      startKey = lastKey(out);
      if (!startKey) month = previousMonth(month);
    }
    if (month < oldest) return page(items, null, items.length, undefined);
    // Resume inside this month, or at its start when the page ended on a month boundary.
    const resume = startKey ?? { timeBucket: month, timestamp: MAX, logId: START_OF_MONTH };
    const searchedBackTo =
      items.length < query.limit
        ? startKey
          ? String(startKey.timestamp)
          : monthStart(nextMonth(month))
        : undefined;
    return page(items, await encodeKey(resume, scope), items.length, searchedBackTo);
  }

  private read(
    query: AuditQuery,
    index: Index,
    keyName: IndexKey,
    keyValue: string,
    startKey: Key | undefined,
    limit: number,
    filterAction: boolean,
  ): Promise<QueryCommandOutput> {
    const names: Record<string, string> = { '#ts': 'timestamp', '#pk': keyName };
    const values: Record<string, unknown> = {
      ':pk': keyValue,
      ':from': query.from ?? MIN,
      ':to': query.to ?? MAX,
    };
    if (filterAction) {
      names['#action'] = 'action';
      values[':action'] = query.action;
    }
    return this.db.send(
      new QueryCommand({
        TableName: this.auditTable,
        IndexName: index,
        KeyConditionExpression: '#pk = :pk AND #ts BETWEEN :from AND :to',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ...(filterAction ? { FilterExpression: '#action = :action' } : {}),
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
  }
}

function lastKey(out: QueryCommandOutput): Key | undefined {
  return out.LastEvaluatedKey as Key | undefined;
}

/** The index position of an entry: the table key plus the index's keys. */
function keyOf(entry: StoredEntry, keyName: IndexKey): Key {
  return { logId: entry.logId, [keyName]: String(entry[keyName]), timestamp: entry.timestamp };
}

function page(
  stored: readonly StoredEntry[],
  nextCursor: string | null,
  examined: number,
  searchedBackTo: string | undefined,
): AuditPage {
  const items = stored.map(({ timeBucket: _bucket, ...entry }) => entry);
  return { items, nextCursor, examined, ...(searchedBackTo ? { searchedBackTo } : {}) };
}
