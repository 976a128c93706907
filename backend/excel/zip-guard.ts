import { inflateRawSync } from 'node:zlib';
import { WorkbookReadError } from './workbook-read-error';

/**
 * Checks an .xlsx (a zip) before anything parses it: reads the central directory itself, refuses
 * encrypted entries, too many entries, and a total uncompressed size over the cap — declared
 * sizes first, then by actually inflating each entry with a hard output limit, because a zip
 * bomb can lie in its headers.
 */
export interface ZipLimits {
  readonly maxUncompressedBytes: number;
  readonly maxEntries: number;
}

export interface ZipSummary {
  readonly entries: readonly string[];
  readonly uncompressedBytes: number;
  /** Every part, inflated (the check inflates them anyway; the fast reader parses these). */
  readonly parts: ReadonlyMap<string, Buffer>;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function inspectZip(buf: Buffer, limits: ZipLimits): ZipSummary {
  const eocd = findEndOfCentralDirectory(buf);
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new WorkbookReadError(
      'zip-bomb',
      'the file uses ZIP64 sizes, which no workbook under the upload limit needs; it was refused',
    );
  }
  if (count > limits.maxEntries) {
    throw new WorkbookReadError(
      'zip-bomb',
      `the file has ${count} parts; at most ${limits.maxEntries} are accepted`,
    );
  }
  const entries: string[] = [];
  const parts = new Map<string, Buffer>();
  let declared = 0;
  let inflated = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL)
      corrupt('its central directory is damaged');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (flags & 1)
      throw new WorkbookReadError(
        'password-protected',
        'the workbook is encrypted; remove the password in Excel (File > Info > Protect Workbook) and upload it again',
      );
    declared += size;
    if (declared > limits.maxUncompressedBytes) tooBig(limits);
    const data = inflatePart(
      buf,
      localOffset,
      method,
      compressed,
      limits.maxUncompressedBytes - inflated,
      limits,
    );
    inflated += data.length;
    entries.push(name);
    parts.set(name, data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, uncompressedBytes: inflated, parts };
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return corrupt('its end-of-archive record is missing (the file is truncated or not a zip)');
}

function inflatePart(
  buf: Buffer,
  local: number,
  method: number,
  compressed: number,
  budget: number,
  limits: ZipLimits,
): Buffer {
  if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL)
    corrupt('a part of the archive points outside the file');
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  if (start + compressed > buf.length) corrupt('a part of the archive is cut short');
  const data = buf.subarray(start, start + compressed);
  if (method === 0) {
    if (compressed > budget) tooBig(limits);
    return data;
  }
  if (method !== 8) corrupt(`a part uses compression method ${method}, which Excel never writes`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      tooBig(limits);
    return corrupt('a part of the archive does not decompress', e);
  }
}

function tooBig(limits: ZipLimits): never {
  throw new WorkbookReadError(
    'zip-bomb',
    `the workbook expands to more than ${Math.round(limits.maxUncompressedBytes / 1048576)} MB when unzipped; it was refused as a possible zip bomb`,
  );
}

function corrupt(why: string, cause?: unknown): never {
  throw new WorkbookReadError(
    'corrupt',
    `the file is not a valid .xlsx: ${why}. Open it in Excel and save it again as .xlsx`,
    cause,
  );
}
