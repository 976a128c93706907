import { InvalidCursorError } from '../../ports/paging';
import { cursorKey } from '../cursor-key';
import { readSignedCursor, signCursor } from '../signed-cursor';

type Key = Record<string, string | number>;

/**
 * DynamoDB LastEvaluatedKey <-> opaque, signed, URL-safe cursor. `scope` names the listing
 * (table, index, owner, filters): a cursor only opens the listing that issued it. The decoded key
 * must also have exactly the attributes `keyAttributes` names (the table's and the index's key
 * schema), each a string or number, so nothing else ever reaches ExclusiveStartKey.
 */
export async function encodeKey(
  key: Record<string, unknown> | undefined,
  scope: string,
): Promise<string | null> {
  return key ? signCursor(await cursorKey(), scope, { k: key }) : null;
}

export async function decodeKey(
  cursor: string | undefined,
  scope: string,
  keyAttributes: readonly string[],
): Promise<Key | undefined> {
  if (!cursor) return undefined;
  const isPayload = (v: unknown): v is { k: Key } => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
    const k = (v as { k?: unknown }).k;
    if (!k || typeof k !== 'object' || Array.isArray(k)) return false;
    const entries = Object.entries(k);
    return (
      entries.length === new Set(keyAttributes).size &&
      entries.every(
        ([name, value]) =>
          keyAttributes.includes(name) && (typeof value === 'string' || typeof value === 'number'),
      )
    );
  };
  const payload = readSignedCursor(await cursorKey(), scope, cursor, isPayload);
  if (!payload) throw new InvalidCursorError(cursor);
  return payload.k;
}
