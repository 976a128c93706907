import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Reads and writes the parts of an OOXML package (a zip). Used after exceljs writes a workbook to
 * add what exceljs cannot (charts). Input is a package we wrote ourselves, already trusted; uploads
 * go through zip-guard.ts instead.
 */
export interface ZipPart {
  readonly name: string;
  readonly data: Buffer;
}

export function readZipParts(buf: Buffer): ZipPart[] {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip package: no end-of-central-directory record');
  const parts: ZipPart[] = [];
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + compressed);
    parts.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return parts;
}

/**
 * Every entry's modification time: 1980-01-01 00:00, the zip epoch (MS-DOS date 0x0021, time 0).
 * A fixed stamp makes a package a function of its parts, so regenerated files are byte-identical.
 */
const FIXED_DOS_TIME = 0;
const FIXED_DOS_DATE = (1 << 5) | 1;

/**
 * Writes parts as a deflated zip. `declaredSize` may override the uncompressed size written in the
 * headers — only the workbook corpus uses it, to build a zip bomb that lies about its size.
 */
export function writeZipParts(
  parts: readonly ZipPart[],
  declaredSize?: (part: ZipPart) => number,
): Buffer {
  const chunks: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const body = deflateRawSync(part.data);
    const size = declaredSize ? declaredSize(part) : part.data.length;
    const crc = crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(FIXED_DOS_TIME, 10);
    local.writeUInt16LE(FIXED_DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(FIXED_DOS_TIME, 12);
    central.writeUInt16LE(FIXED_DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

/**
 * The same package with every entry's modification time set to the fixed stamp, in the local and
 * central headers alike; the compressed bytes are untouched. For zips another library wrote
 * (exceljs stamps the current time), so that generated example and fixture files are reproducible.
 */
export function withFixedTimestamps(zip: Buffer): Buffer {
  const out = Buffer.from(zip);
  let eocd = out.length - 22;
  while (eocd >= 0 && out.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip package: no end-of-central-directory record');
  let p = out.readUInt32LE(eocd + 16);
  for (let i = 0; i < out.readUInt16LE(eocd + 10); i++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error(`zip: no central header at ${p}`);
    out.writeUInt16LE(FIXED_DOS_TIME, p + 12);
    out.writeUInt16LE(FIXED_DOS_DATE, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip: no local header at ${local}`);
    out.writeUInt16LE(FIXED_DOS_TIME, local + 10);
    out.writeUInt16LE(FIXED_DOS_DATE, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
