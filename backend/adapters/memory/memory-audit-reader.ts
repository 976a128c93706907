import type { AuditLogEntry } from '../../../core';
import type { AuditLogReader, AuditPage, AuditQuery } from '../../ports/audit-query';
import { AUDIT_MAX_EXAMINED, auditScope } from '../../ports/audit-query';
import type { AuditSide, AuditSideProbe } from '../../ports/audit-side';
import { auditProbeSize, narrowerSide } from '../../ports/audit-side';
import type { MemoryAuditLog } from './memory-audit-log';
import { pageCursor, payloadCursor, readCursor, readPayloadCursor } from './paging';

/** Where a user + action listing goes on: the side it reads and the offset in it. */
interface SideCursor {
  readonly side: AuditSide;
  readonly offset: number;
}

/** How far a page has got in the partition it reads. */
interface Walk {
  readonly items: AuditLogEntry[];
  /** Offset of the next entry to look at. */
  at: number;
  examined: number;
}

/**
 * Reads the fakes' shared audit log with the same filters, order and bound as the DynamoDB reader:
 * each filter is an "index" (the entries with that user, or that action, in range, newest first).
 * A user + action page reads one of the two and filters the other key — the side chosen by the
 * same probe as DynamoDB's (ports/audit-side.ts), at most `maxExamined` entries looked at per page
 * — and its cursor names that side; any other filter is the index itself, so every entry looked
 * at is returned.
 */
export class MemoryAuditReader implements AuditLogReader {
  constructor(
    private readonly log: MemoryAuditLog,
    private readonly maxExamined: number = AUDIT_MAX_EXAMINED,
  ) {}

  async query(query: AuditQuery): Promise<AuditPage> {
    const scope = auditScope(query);
    if (query.userId !== undefined && query.action !== undefined) {
      return this.userAndAction(query, query.userId, query.action, scope);
    }
    const indexed = this.index(query);
    const walk: Walk = { items: [], at: readCursor(query.cursor, scope), examined: 0 };
    lookAt(indexed, walk, () => true, query.limit, Infinity);
    return answer(indexed, walk, query.limit, (at) => pageCursor(at, scope));
  }

  private userAndAction(
    query: AuditQuery,
    userId: string,
    action: string,
    scope: string,
  ): AuditPage {
    const sides: Record<AuditSide, AuditLogEntry[]> = {
      user: this.index({ ...query, action: undefined }),
      action: this.index({ ...query, userId: undefined }),
    };
    const keep = (e: AuditLogEntry) => e.userId === userId && e.action === action;
    const cursorAt = (side: AuditSide) => (at: number) =>
      payloadCursor({ side, offset: at }, scope);
    if (query.cursor) {
      const { side, offset } = readPayloadCursor(query.cursor, scope, isSideCursor);
      const walk: Walk = { items: [], at: offset, examined: 0 };
      lookAt(sides[side], walk, keep, query.limit, this.maxExamined);
      return answer(sides[side], walk, query.limit, cursorAt(side));
    }
    const size = auditProbeSize(query, this.maxExamined);
    const probes = {
      user: { items: [], at: 0, examined: 0 } as Walk,
      action: { items: [], at: 0, examined: 0 } as Walk,
    };
    lookAt(sides.user, probes.user, keep, query.limit, size);
    lookAt(sides.action, probes.action, keep, query.limit, size);
    const side = narrowerSide(
      probeOf(sides.user, probes.user),
      probeOf(sides.action, probes.action),
      query.limit,
    );
    const walk = probes[side];
    walk.examined = probes.user.examined + probes.action.examined;
    lookAt(sides[side], walk, keep, query.limit, this.maxExamined);
    return answer(sides[side], walk, query.limit, cursorAt(side));
  }

  /** The entries within the query's filters, newest first (an index and its key condition). */
  private index(query: Omit<AuditQuery, 'limit'>): AuditLogEntry[] {
    return this.log.entries
      .filter((e) => matches(e, query))
      .sort((a, b) => b.timestamp.localeCompare(a.timestamp) || b.logId.localeCompare(a.logId));
  }
}

/** Looks at entries from `walk.at` on until the page is full or `budget` entries were looked at. */
function lookAt(
  indexed: readonly AuditLogEntry[],
  walk: Walk,
  keep: (e: AuditLogEntry) => boolean,
  limit: number,
  budget: number,
): void {
  while (walk.at < indexed.length && walk.items.length < limit && walk.examined < budget) {
    const entry = indexed[walk.at++]!;
    walk.examined += 1;
    if (keep(entry)) walk.items.push(entry);
  }
}

function answer(
  indexed: readonly AuditLogEntry[],
  walk: Walk,
  limit: number,
  cursorAt: (at: number) => string,
): AuditPage {
  const more = walk.at < indexed.length;
  const searchedBackTo =
    more && walk.items.length < limit ? indexed[walk.at - 1]?.timestamp : undefined;
  return {
    items: walk.items,
    nextCursor: more ? cursorAt(walk.at) : null,
    examined: walk.examined,
    ...(searchedBackTo ? { searchedBackTo } : {}),
  };
}

function probeOf(indexed: readonly AuditLogEntry[], walk: Walk): AuditSideProbe {
  const reached = indexed[walk.at - 1]?.timestamp;
  return {
    examined: walk.examined,
    matched: walk.items.length,
    complete: walk.at >= indexed.length,
    ...(reached ? { reachedBackTo: reached } : {}),
  };
}

function isSideCursor(v: unknown): v is SideCursor {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const { side, offset } = v as Partial<SideCursor>;
  return (side === 'user' || side === 'action') && Number.isInteger(offset) && offset! >= 0;
}

export function matches(e: AuditLogEntry, q: Omit<AuditQuery, 'limit'>): boolean {
  if (q.userId !== undefined && e.userId !== q.userId) return false;
  if (q.action !== undefined && e.action !== q.action) return false;
  if (q.from !== undefined && e.timestamp < q.from) return false;
  if (q.to !== undefined && e.timestamp > q.to) return false;
  return true;
}
