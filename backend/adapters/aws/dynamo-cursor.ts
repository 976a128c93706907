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
  return (await decodeKeyOfShape(cursor, scope, { key: keyAttributes }))?.key;
}

/**
 * `decodeKey` for a listing that reads one of several indexes: the key must have exactly the
 * attributes of one of `shapes` (named), and the answer says which — so the cursor itself names
 * the index it resumes in, and a signed cursor of a shape the listing used to issue can be told
 * apart from a crafted one.
 */
export async function decodeKeyOfShape<S extends string>(
  cursor: string | undefined,
  scope: string,
  shapes: Readonly<Record<S, readonly string[]>>,
): Promise<{ shape: S; key: Key } | undefined> {
  if (!cursor) return undefined;
  const named = Object.entries(shapes) as [S, readonly string[]][];
  const shapeOf = (k: Key): S | undefined => {
    const entries = Object.entries(k);
    return named.find(
      ([, attributes]) =>
        entries.length === new Set(attributes).size &&
        entries.every(
          ([name, value]) =>
            attributes.includes(name) && (typeof value === 'string' || typeof value === 'number'),
        ),
    )?.[0];
  };
  const isPayload = (v: unknown): v is { k: Key } => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
    const k = (v as { k?: unknown }).k;
    if (!k || typeof k !== 'object' || Array.isArray(k)) return false;
    return shapeOf(k as Key) !== undefined;
  };
  const payload = readSignedCursor(await cursorKey(), scope, cursor, isPayload);
  const shape = payload ? shapeOf(payload.k) : undefined;
  if (!payload || shape === undefined) throw new InvalidCursorError(cursor);
  return { shape, key: payload.k };
}
