import type { DynamoDBDocumentClient, QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditLogEntry } from '../../../core';
import { AUDIT_FIRST_MONTH, auditTimeBucket } from '../../../core';
import type { AuditLogReader, AuditPage, AuditQuery } from '../../ports/audit-query';
import { AUDIT_MAX_EXAMINED, auditScope } from '../../ports/audit-query';
import type { AuditSide, AuditSideProbe } from '../../ports/audit-side';
import { auditProbeSize, narrowerSide } from '../../ports/audit-side';
import { ExpiredCursorError } from '../../ports/paging';
import { earlierOf, laterOf, monthStart, nextMonth, previousMonth } from './audit-months';
import { decodeKey, decodeKeyOfShape, encodeKey } from './dynamo-cursor';

const MIN = '0000';
const MAX = '9999';
/** logId of a cursor that resumes at the start of a month (no real logId is empty). */
const START_OF_MONTH = '';
/** Items one filtered Query looks at (DynamoDB's `Limit` counts items before the filter). */
const READ_WINDOW = 1000;

type Key = Record<string, string | number>;
type StoredEntry = AuditLogEntry & { timeBucket?: string };
type IndexKey = 'action' | 'userId' | 'timeBucket';

/** One index partition to read, and the other key to filter on it (user + action). */
interface IndexRead {
  readonly index: 'ActionTimeIndex' | 'UserTimeIndex' | 'TimeIndex';
  readonly key: IndexKey;
  readonly value: string;
  readonly filter?: { readonly key: 'action' | 'userId'; readonly value: string };
}

/** How far a page has got in its partition: what it kept, read and where it resumes. */
interface Progress {
  readonly items: readonly StoredEntry[];
  readonly startKey: Key | undefined;
  /** False once DynamoDB has said the partition has no more in range. */
  readonly more: boolean;
  readonly examined: number;
  readonly queries: number;
  /** The next filtered read window (fourfold per round trip, to READ_WINDOW). */
  readonly widen: number;
}

/** The key attributes of a cursor into each index (the table's key plus the index's). */
const USER_KEY = ['logId', 'userId', 'timestamp'] as const;
const ACTION_KEY = ['logId', 'action', 'timestamp'] as const;
const TIME_KEY = ['logId', 'timeBucket', 'timestamp'] as const;

export interface DynamoAuditReaderOptions {
  readonly now?: () => Date;
  /** Entries looked at per page when a filter is not part of the index read (user + action). */
  readonly maxExamined?: number;
  /** Query requests per page (the month walk meets empty months). */
  readonly maxQueries?: number;
}

/** Query requests per page: a year of empty months, or two probes and a few read windows. */
export const AUDIT_MAX_QUERIES = 12;

/**
 * The audit-logs table, newest first across pages with the same filters. Each filter reads the
 * index keyed on it, so a page is one Query: an action through ActionTimeIndex, a user through
 * UserTimeIndex, neither through TimeIndex (walking the monthly partitions back from the newest
 * month in range). A user and an action together read whichever of the two partitions is the
 * narrower, judged by a first probe of both (ports/audit-side.ts, DECISIONS 102), and filter the
 * other key: at most `maxExamined` entries a page, ending early with `searchedBackTo`. The cursor
 * (signed) names DynamoDB's position in the index (and the month, for TimeIndex); its attributes
 * say which index it is in.
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
    const scope = `${this.auditTable}|${auditScope(query)}`;
    const { userId, action, limit } = query;
    if (userId && action) return this.userAndAction(query, userId, action, scope);
    if (userId) {
      const key = await decodeKey(query.cursor, scope, USER_KEY);
      const read: IndexRead = { index: 'UserTimeIndex', key: 'userId', value: userId };
      return this.collect(query, read, scope, start(key, limit));
    }
    if (action) {
      const key = await this.actionCursor(query, scope);
      const read: IndexRead = { index: 'ActionTimeIndex', key: 'action', value: action };
      return this.collect(query, read, scope, start(key, limit));
    }
    return this.byTime(query, scope);
  }

  /**
   * An action-only cursor. Before ActionTimeIndex (DECISIONS 99) the action was filtered on
   * TimeIndex, and those cursors hold a TimeIndex position: signed by us for this very listing,
   * but not a position in the action's index (entries of one millisecond have no order that
   * carries over), so they are refused as expired and the console starts the list again.
   */
  private async actionCursor(query: AuditQuery, scope: string): Promise<Key | undefined> {
    const shapes = { action: ACTION_KEY, time: TIME_KEY };
    const resumed = await decodeKeyOfShape(query.cursor, scope, shapes);
    if (resumed?.shape === 'time') {
      throw new ExpiredCursorError(query.cursor ?? '', "the audit log's action filter");
    }
    return resumed?.key;
  }

  /**
   * A user and an action: the first page probes both partitions with the same window (two Queries
   * sent together, one round trip) and reads on through the narrower; a cursor resumes in the
   * index it names — a cursor of the user's index issued before the probe included.
   */
  private async userAndAction(
    query: AuditQuery,
    userId: string,
    action: string,
    scope: string,
  ): Promise<AuditPage> {
    const sides: Record<AuditSide, IndexRead> = {
      user: {
        index: 'UserTimeIndex',
        key: 'userId',
        value: userId,
        filter: { key: 'action', value: action },
      },
      action: {
        index: 'ActionTimeIndex',
        key: 'action',
        value: action,
        filter: { key: 'userId', value: userId },
      },
    };
    const resumed = await decodeKeyOfShape(query.cursor, scope, {
      user: USER_KEY,
      action: ACTION_KEY,
    });
    if (resumed)
      return this.collect(query, sides[resumed.shape], scope, start(resumed.key, query.limit));
    const size = auditProbeSize(query, this.maxExamined);
    const [byUser, byAction] = await Promise.all([
      this.read(query, sides.user, undefined, size),
      this.read(query, sides.action, undefined, size),
    ]);
    const side = narrowerSide(probeOf(byUser), probeOf(byAction), query.limit);
    const [chosen, other] = side === 'user' ? [byUser, byAction] : [byAction, byUser];
    // The other side's probe counts as read; `advance` adds the chosen one's.
    const probed = {
      ...start(undefined, size),
      examined: other.ScannedCount ?? 0,
      queries: 2,
      widen: size * 4,
    };
    const read = sides[side];
    return this.collect(query, read, scope, advance(probed, chosen, query.limit, read));
  }

  /** One index partition (a user's or an action's entries), newest first, from `from` on. */
  private async collect(
    query: AuditQuery,
    read: IndexRead,
    scope: string,
    from: Progress,
  ): Promise<AuditPage> {
    let at = from;
    while (at.more && at.queries < this.maxQueries && at.items.length < query.limit) {
      // A filtered read starts at the page size and widens fourfold per round trip (to
      // READ_WINDOW): a common match fills the page in one or two reads, a rare one reaches the
      // bound in six. An unfiltered read asks for what the page lacks.
      const window = read.filter
        ? Math.min(at.widen, READ_WINDOW, this.maxExamined - at.examined)
        : query.limit - at.items.length;
      if (window <= 0) break;
      const out = await this.read(query, read, at.startKey, window);
      at = advance({ ...at, queries: at.queries + 1, widen: at.widen * 4 }, out, query.limit, read);
    }
    const searchedBackTo =
      at.more && at.startKey && at.items.length < query.limit
        ? String(at.startKey.timestamp)
        : undefined;
    const cursor = at.more ? await encodeKey(at.startKey, scope) : null;
    return page(at.items, cursor, at.examined, searchedBackTo);
  }

  /** Every entry newest first: the monthly TimeIndex partitions, newest month in range first. */
  private async byTime(query: AuditQuery, scope: string): Promise<AuditPage> {
    const oldest = laterOf(AUDIT_FIRST_MONTH, query.from ? auditTimeBucket(query.from) : '');
    // One month past the clock, for entries written by a container whose clock runs ahead; a
    // `to` far in the future does not make the walk start there.
    const newest = nextMonth(auditTimeBucket(this.now().toISOString()));
    let month = query.to ? earlierOf(auditTimeBucket(query.to), newest) : newest;
    let startKey: Key | undefined;
    if (query.cursor) {
      const key = await decodeKey(query.cursor, scope, TIME_KEY);
      month = String(key?.timeBucket);
      startKey = key && key.logId !== START_OF_MONTH ? key : undefined;
    }
    const items: StoredEntry[] = [];
    for (let queries = 0; queries < this.maxQueries; queries++) {
      if (month < oldest || items.length >= query.limit) break;
      const window = query.limit - items.length;
      const read: IndexRead = { index: 'TimeIndex', key: 'timeBucket', value: month };
      const out = await this.read(query, read, startKey, window);
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
    read: IndexRead,
    startKey: Key | undefined,
    limit: number,
  ): Promise<QueryCommandOutput> {
    const names: Record<string, string> = { '#ts': 'timestamp', '#pk': read.key };
    const values: Record<string, unknown> = {
      ':pk': read.value,
      ':from': query.from ?? MIN,
      ':to': query.to ?? MAX,
    };
    if (read.filter) {
      names['#other'] = read.filter.key;
      values[':other'] = read.filter.value;
    }
    return this.db.send(
      new QueryCommand({
        TableName: this.auditTable,
        IndexName: read.index,
        KeyConditionExpression: '#pk = :pk AND #ts BETWEEN :from AND :to',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ...(read.filter ? { FilterExpression: '#other = :other' } : {}),
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
  }
}

/** A page's progress before its first read, resuming at `startKey` (none: the newest entry). */
function start(startKey: Key | undefined, limit: number): Progress {
  return { items: [], startKey, more: true, examined: 0, queries: 0, widen: limit };
}

/**
 * The progress after one Query's answer: its matches kept up to the page's limit. A filtered
 * window can hold more matches than the page needs: then it resumes after the last kept.
 */
function advance(at: Progress, out: QueryCommandOutput, limit: number, read: IndexRead): Progress {
  const found = (out.Items ?? []) as StoredEntry[];
  const kept = found.slice(0, limit - at.items.length);
  const startKey = kept.length < found.length ? keyOf(kept.at(-1)!, read.key) : lastKey(out);
  return {
    ...at,
    items: [...at.items, ...kept],
    startKey,
    more: startKey !== undefined,
    examined: at.examined + (out.ScannedCount ?? 0),
  };
}

/** What a probe Query saw, for choosing the narrower side. */
function probeOf(out: QueryCommandOutput): AuditSideProbe {
  const last = lastKey(out);
  return {
    examined: out.ScannedCount ?? 0,
    matched: out.Items?.length ?? 0,
    complete: last === undefined,
    ...(last ? { reachedBackTo: String(last.timestamp) } : {}),
  };
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
