/** Offset cursors for the in-memory fakes (opaque to callers, like DynamoDB's). */
export function pageCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset }), 'utf8').toString('base64url');
}

export function readCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      offset?: unknown;
    };
    if (typeof parsed.offset === 'number' && parsed.offset >= 0) return parsed.offset;
  } catch {
    // fall through to the error below: a malformed cursor is the caller's mistake
  }
  throw new InvalidCursorError(cursor);
}

export function matchesSearch(fields: readonly string[], search: string | undefined): boolean {
  if (!search) return true;
  const q = search.toLowerCase();
  return fields.some((f) => f.toLowerCase().includes(q));
}

export class InvalidCursorError extends Error {
  constructor(cursor: string) {
    super(
      `The cursor "${cursor.slice(0, 40)}" is not one this API returned; start again without a cursor.`,
    );
    this.name = 'InvalidCursorError';
  }
}

/** One page of already-sorted items at the offset the cursor names (the fakes' cursor paging). */
export function offsetPage<T>(
  all: readonly T[],
  query: { limit: number; cursor?: string },
): { items: T[]; nextCursor: string | null } {
  const start = readCursor(query.cursor);
  const end = start + query.limit;
  return { items: all.slice(start, end), nextCursor: end < all.length ? pageCursor(end) : null };
}

/** A user's items newest first, as the tables' UserIndex returns them. */
export function userNewestFirstPage<T extends { userId: string; createdAt: string }>(
  items: Iterable<T>,
  query: { userId: string; limit: number; cursor?: string },
): { items: T[]; nextCursor: string | null } {
  const all = [...items]
    .filter((i) => i.userId === query.userId)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return offsetPage(all, query);
}
