import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { EncodedPart } from '../../ports/estimation-store';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/**
 * Level 3: on estimate JSON it compresses about 15–20× (a 60 MB comparison to ~3.5 MB) in a
 * third of level 6's time; the parts are written once per save and read by downloads.
 */
const LEVEL = 3;

/**
 * Decompressed JSON is bounded: a stored part or upload inflating beyond this is refused before it
 * fills memory (a 100,000-line comparison is about 350 MB of JSON).
 */
export const MAX_JSON_BYTES = 512 * 1024 * 1024;

/** JSON text → gzip bytes, in the thread pool (a 60 MB document does not block the event loop). */
export async function encodeJson(value: unknown): Promise<EncodedPart> {
  const text = Buffer.from(JSON.stringify(value), 'utf8');
  return encodeJsonText(text);
}

export async function encodeJsonText(text: Uint8Array): Promise<EncodedPart> {
  const gz = await gzipAsync(text, { level: LEVEL });
  return { gzip: new Uint8Array(gz.buffer, gz.byteOffset, gz.byteLength), bytes: text.byteLength };
}

/** gzip bytes (or plain JSON, told apart by the gzip magic number) → the parsed value. */
export async function decodeJson<T>(body: Uint8Array): Promise<T> {
  return JSON.parse((await jsonText(body)).toString('utf8')) as T;
}

export async function jsonText(body: Uint8Array): Promise<Buffer> {
  if (!isGzip(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return gunzipAsync(body, { maxOutputLength: MAX_JSON_BYTES });
}

export function isGzip(body: Uint8Array): boolean {
  return body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b;
}
