import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidCursorError } from '../ports/paging';

/**
 * Opaque, tamper-evident paging cursors: `base64url(JSON payload) . base64url(HMAC-SHA256)`, the
 * MAC taken over the listing's scope (table, index, owner, filters) and the payload. A cursor that
 * was altered, crafted, or issued for another listing or another user fails verification and is an
 * InvalidCursorError (a 400 naming the parameter), never a key handed on to DynamoDB.
 */
const MAC_BYTES = 16;

function mac(key: Uint8Array, scope: string, body: string): Buffer {
  return createHmac('sha256', key)
    .update(scope)
    .update('\n')
    .update(body)
    .digest()
    .subarray(0, MAC_BYTES);
}

export function signCursor(key: Uint8Array, scope: string, payload: unknown): string {
  const body = Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
  return `${body}.${mac(key, scope, body).toString('base64url')}`;
}

/** The payload of a cursor this key signed for this scope, checked by `isPayload`. */
export function readSignedCursor<T>(
  key: Uint8Array,
  scope: string,
  cursor: string,
  isPayload: (value: unknown) => value is T,
): T {
  const [body, signature, extra] = cursor.split('.');
  if (!body || !signature || extra !== undefined || cursor.length > 4096) {
    throw new InvalidCursorError(cursor);
  }
  const expected = mac(key, scope, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new InvalidCursorError(cursor);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (!isPayload(value)) throw new InvalidCursorError(cursor);
  return value;
}
