import {
  closeSync,
  createReadStream,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { CatalogShard, EncodedShard, PriceRecord } from '../../core';
import { SHARD_FORMAT, ShardDictionary, decodeShard } from '../../core';

/**
 * Writes one shard in the compact encoding of core's shard codec while records stream in: each
 * encoded row goes to the file at once, and only the dictionaries stay in memory (they grow with
 * distinct strings, not with records). The dictionaries and the publication metadata, known only
 * at the end, are written after the records: the document holds the same members as
 * `JSON.stringify(encodeShard(shard))`, in another order, so `decodeShard` reads it.
 */
export class ShardFileWriter {
  private readonly dictionary = new ShardDictionary();
  private readonly fd: number;
  private buffer = '';
  private count = 0;

  constructor(
    readonly service: string,
    readonly region: string,
    /** Where the document is written until `finish` moves it to its place. */
    private readonly tempPath: string,
  ) {
    mkdirSync(dirname(tempPath), { recursive: true });
    this.fd = openSync(tempPath, 'w');
    this.buffer = `${JSON.stringify({ format: SHARD_FORMAT, service, region }).slice(0, -1)},"records":[`;
  }

  get records(): number {
    return this.count;
  }

  add(record: PriceRecord): void {
    this.buffer +=
      (this.count === 0 ? '' : ',') + JSON.stringify(this.dictionary.record(record, this.region));
    this.count++;
    if (this.buffer.length > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.buffer) writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  /** Complete the document and move it to `outPath`; returns its size in bytes and (unless asked not to) gzip-compressed. */
  async finish(
    meta: { version: string; publishedAt: string; source: string },
    outPath: string,
    options: { gzipSize?: boolean } = {},
  ): Promise<{ bytes: number; gzipBytes?: number }> {
    const tail = JSON.stringify({
      ...meta,
      strings: this.dictionary.strings,
      attributeSets: this.dictionary.attributeSets,
      sources: this.dictionary.sources,
    });
    this.buffer += `],${tail.slice(1)}`;
    this.flush();
    closeSync(this.fd);
    mkdirSync(dirname(outPath), { recursive: true });
    renameSync(this.tempPath, outPath);
    const bytes = statSync(outPath).size;
    return { bytes, ...(options.gzipSize === false ? {} : { gzipBytes: await gzipSize(outPath) }) };
  }

  /** Drop the unfinished document (on a failed import). */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed by finish()
    }
    rmSync(this.tempPath, { force: true });
  }
}

/**
 * Bytes of a file once gzip-compressed (the add-in downloads shards gzip-encoded). Counted by the
 * last stage of the pipeline, so the count is complete when the pipeline resolves (a 'data'
 * listener on the gzip stream itself could still be owed its last chunks then).
 */
export async function gzipSize(path: string): Promise<number> {
  let size = 0;
  const count = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done();
    },
  });
  await pipeline(createReadStream(path), createGzip({ level: 9 }), count);
  return size;
}

/** Read and decode a shard file written by ShardFileWriter (or any encoded shard JSON). */
export function readShardFile(path: string): CatalogShard {
  return decodeShard(JSON.parse(readFileSync(path, 'utf8')) as EncodedShard);
}
