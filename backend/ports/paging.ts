/**
 * A paging cursor the API did not issue, was altered, or belongs to another listing (another
 * user's, other filters). Every store raises it the same way, so the routes answer 400 naming the
 * query parameter instead of passing a crafted key on to DynamoDB.
 */
export class InvalidCursorError extends Error {
  /** The query parameter that carried the cursor. */
  readonly parameter = 'cursor';

  constructor(cursor: string, reason = 'it is not one this API returned for this listing') {
    super(
      `The query parameter "cursor" ("${cursor.slice(0, 40)}${cursor.length > 40 ? '…' : ''}") is not valid: ${reason}; start again without a cursor.`,
    );
    this.name = 'InvalidCursorError';
  }
}

/**
 * A cursor this API did sign for this listing, but in a form the listing no longer reads: it was
 * issued before the listing changed how it pages (a new index), and its position cannot be carried
 * over exactly. Answered with a 400 of its own code (core's CURSOR_EXPIRED), on which a client
 * loads the first page again instead of showing an error.
 */
export class ExpiredCursorError extends InvalidCursorError {
  constructor(cursor: string, listing: string) {
    super(cursor, `it was issued before ${listing} changed how it pages and cannot be continued`);
    this.name = 'ExpiredCursorError';
  }
}
