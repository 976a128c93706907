import { randomBytes } from 'node:crypto';
import { readSignedCursor, signCursor } from '../signed-cursor';

/**
 * Offset cursors for the in-memory fakes, signed like the DynamoDB adapters' (one key per process),
 * so a crafted or altered cursor fails the same way: InvalidCursorError from ports/paging.
 */
const KEY = randomBytes(32);

export function pageCursor(offset: number, scope: string): string {
  return signCursor(KEY, scope, { offset });
}

export function readCursor(cursor: string | undefined, scope: string): number {
  if (!cursor) return 0;
  const isOffset = (v: unknown): v is { offset: number } =>
    !!v &&
    typeof v === 'object' &&
    Number.isInteger((v as { offset?: unknown }).offset) &&
    (v as { offset: number }).offset >= 0;
  return readSignedCursor(KEY, scope, cursor, isOffset).offset;
}

/** A signed cursor holding any JSON payload (the fakes' key), for a listing with more than an offset. */
export function payloadCursor(payload: unknown, scope: string): string {
  return signCursor(KEY, scope, payload);
}

/** The payload of a `payloadCursor` for this scope, checked by `isPayload`. */
export function readPayloadCursor<T>(
  cursor: string,
  scope: string,
  isPayload: (value: unknown) => value is T,
): T {
  return readSignedCursor(KEY, scope, cursor, isPayload);
}

export function matchesSearch(fields: readonly string[], search: string | undefined): boolean {
  if (!search) return true;
  const q = search.toLowerCase();
  return fields.some((f) => f.toLowerCase().includes(q));
}

/** One page of already-sorted items at the offset the cursor names (the fakes' cursor paging). */
export function offsetPage<T>(
  all: readonly T[],
  query: { limit: number; cursor?: string },
  scope: string,
): { items: T[]; nextCursor: string | null } {
  const start = readCursor(query.cursor, scope);
  const end = start + query.limit;
  return {
    items: all.slice(start, end),
    nextCursor: end < all.length ? pageCursor(end, scope) : null,
  };
}

/** A user's items newest first, as the tables' UserIndex returns them. */
export function userNewestFirstPage<T extends { userId: string; createdAt: string }>(
  items: Iterable<T>,
  query: { userId: string; limit: number; cursor?: string },
  scope: string,
): { items: T[]; nextCursor: string | null } {
  const all = [...items]
    .filter((i) => i.userId === query.userId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return offsetPage(all, query, `${scope}|${query.userId}`);
}
