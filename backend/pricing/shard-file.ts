import {
  closeSync,
  createReadStream,
  createWriteStream,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { CatalogShard, EncodedShard, PriceRecord } from '../../core';
import { SHARD_FORMAT, ShardDictionary, decodeShard } from '../../core';

/**
 * Writes one shard in the compact encoding of core's shard codec while records stream in: each
 * encoded row goes to a temporary file at once, and only the dictionaries stay in memory (they
 * grow with distinct strings, not with records). `finish` writes the final document — the same
 * JSON `JSON.stringify(encodeShard(shard))` would give, so `decodeShard` reads it.
 */
export class ShardFileWriter {
  private readonly dictionary = new ShardDictionary();
  private readonly fd: number;
  private buffer = '';
  private count = 0;

  constructor(
    readonly service: string,
    readonly region: string,
    private readonly tempPath: string,
  ) {
    mkdirSync(dirname(tempPath), { recursive: true });
    this.fd = openSync(tempPath, 'w');
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

  /** Write the shard document to `outPath`; returns its size in bytes and (unless asked not to) gzip-compressed. */
  async finish(
    meta: { version: string; publishedAt: string; source: string },
    outPath: string,
    options: { gzipSize?: boolean } = {},
  ): Promise<{ bytes: number; gzipBytes?: number }> {
    this.flush();
    closeSync(this.fd);
    mkdirSync(dirname(outPath), { recursive: true });
    const head = JSON.stringify({
      format: SHARD_FORMAT,
      service: this.service,
      region: this.region,
      version: meta.version,
      publishedAt: meta.publishedAt,
      source: meta.source,
      strings: this.dictionary.strings,
      attributeSets: this.dictionary.attributeSets,
    });
    const out = createWriteStream(outPath);
    let bytes = 0;
    const write = (text: string | Buffer): Promise<void> =>
      new Promise((resolve, reject) => {
        bytes += typeof text === 'string' ? Buffer.byteLength(text) : text.length;
        out.write(text, (error) => (error ? reject(error) : resolve()));
      });
    await write(`${head.slice(0, -1)},"records":[`);
    for await (const chunk of createReadStream(this.tempPath) as AsyncIterable<Buffer>)
      await write(chunk);
    await write(']}');
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    rmSync(this.tempPath, { force: true });
    return { bytes, ...(options.gzipSize === false ? {} : { gzipBytes: await gzipSize(outPath) }) };
  }

  /** Drop the temporary file without writing a shard (on a failed import). */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed by finish()
    }
    rmSync(this.tempPath, { force: true });
  }
}

/** Bytes of a file once gzip-compressed (the add-in downloads shards gzip-encoded). */
export async function gzipSize(path: string): Promise<number> {
  let size = 0;
  const gzip = createGzip({ level: 9 });
  gzip.on('data', (chunk: Buffer) => (size += chunk.length));
  await pipeline(createReadStream(path), gzip);
  return size;
}

/** Read and decode a shard file written by ShardFileWriter (or any encoded shard JSON). */
export function readShardFile(path: string): CatalogShard {
  return decodeShard(JSON.parse(readFileSync(path, 'utf8')) as EncodedShard);
}
