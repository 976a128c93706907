import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import S3Object from 's3rver/lib/models/object';
import FilesystemStore from 's3rver/lib/stores/filesystem';

type Metadata = Record<string, string | number>;

/**
 * s3rver's file store with S3's atomic PUT: a reader sees the old object or the new one, never a
 * partial one. s3rver 3.7.1 truncates the object file and streams the body into it in place, and
 * answers the PUT before the file is flushed (it waits for its hashing stream, not the file), so a
 * GET during or just after a PUT could read an empty or half-written body — the "Unexpected end of
 * JSON input" of the catalog refresh log. Here a body is written to a staging folder beside the
 * store (`<root>.staging`, outside the buckets so listings never see it), then its md5, metadata
 * and body are renamed into place under a lock. Readers open the body file and read its metadata
 * under the same lock, then stream from the open file, which a later rename does not change.
 */
export class AtomicFilesystemStore extends FilesystemStore {
  private readonly staging: string;
  private readonly lock = new Lock();

  constructor(rootDirectory: string) {
    super(rootDirectory);
    this.staging = `${path.resolve(rootDirectory)}.staging`;
  }

  override async putObject(object: S3Object): Promise<{ size: number; md5: string }> {
    await mkdir(this.staging, { recursive: true });
    const body = path.join(this.staging, randomUUID());
    const staged = { body, md5: `${body}.md5`, metadata: `${body}.metadata.json` };
    try {
      const { size, md5 } = await writeBody(object.content, staged.body);
      await writeFile(staged.md5, md5);
      await writeFile(staged.metadata, JSON.stringify(storedMetadata(object.metadata), null, 2));
      const target = this.paths(object.bucket, object.key);
      await this.lock.run(async () => {
        await mkdir(path.dirname(target.body), { recursive: true });
        await rename(staged.md5, target.md5);
        await rename(staged.metadata, target.metadata);
        await rename(staged.body, target.body);
      });
      return { size, md5 };
    } finally {
      await Promise.all(Object.values(staged).map((p) => rm(p, { force: true })));
    }
  }

  override async getObject(
    bucket: string,
    key: string,
    options?: { start?: number; end?: number },
  ): Promise<S3Object | null> {
    const opened = await this.lock.run(() => this.openConsistent(bucket, key));
    if (!opened) return null;
    const { handle, metadata } = opened;
    const lastByte = Math.max(0, Number(metadata['content-length']) - 1);
    const ranged = options !== undefined && (options.start !== undefined || !!options.end);
    const range = { start: options?.start ?? 0, end: Math.min(options?.end || Infinity, lastByte) };
    const satisfiable = range.start >= 0 && range.end >= range.start;
    const content = satisfiable ? handle.createReadStream({ ...range }) : null;
    if (!content) await handle.close();
    const result = new S3Object(bucket, key, content, metadata);
    if (ranged) result.range = range;
    return result;
  }

  override async getMetadata(bucket: string, key: string): Promise<Metadata> {
    return this.lock.run(() => super.getMetadata(bucket, key));
  }

  override async deleteObject(bucket: string, key: string): Promise<void> {
    return this.lock.run(() => super.deleteObject(bucket, key));
  }

  /** A copy is a read of one consistent version and an atomic put (s3rver copies files in place). */
  override async copyObject(
    srcBucket: string,
    srcKey: string,
    destBucket: string,
    destKey: string,
    replacementMetadata?: Record<string, string>,
  ): Promise<Metadata> {
    const source = await this.getObject(srcBucket, srcKey);
    if (!source?.content) throw Object.assign(new Error(`${srcKey} not found`), { code: 'ENOENT' });
    const metadata = replacementMetadata ?? source.metadata;
    await this.putObject(new S3Object(destBucket, destKey, source.content, metadata));
    return this.getMetadata(destBucket, destKey);
  }

  private paths(bucket: string, key: string) {
    return {
      body: this.getResourcePath(bucket, key, 'object'),
      md5: this.getResourcePath(bucket, key, 'object.md5'),
      metadata: this.getResourcePath(bucket, key, 'metadata.json'),
    };
  }

  /** The body file opened, with the metadata and md5 of that same version (call under the lock). */
  private async openConsistent(
    bucket: string,
    key: string,
  ): Promise<{ handle: FileHandle; metadata: Metadata } | null> {
    const files = this.paths(bucket, key);
    let handle: FileHandle;
    try {
      handle = await open(files.body, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    try {
      const [stat, stored, md5] = await Promise.all([
        handle.stat(),
        readIfPresent(files.metadata),
        readIfPresent(files.md5),
      ]);
      const etag =
        md5 ??
        createHash('md5')
          .update(await readFile(files.body))
          .digest('hex');
      const metadata: Metadata = {
        ...(stored ? (JSON.parse(stored) as Metadata) : {}),
        etag: JSON.stringify(etag),
        'last-modified': stat.mtime.toUTCString(),
        'content-length': stat.size,
      };
      return { handle, metadata };
    } catch (err) {
      await handle.close();
      throw err;
    }
  }
}

/** Writes the body to `file` and resolves once the file holds all of it. */
async function writeBody(
  content: S3Object['content'],
  file: string,
): Promise<{ size: number; md5: string }> {
  const hash = createHash('md5');
  let size = 0;
  const source = Buffer.isBuffer(content)
    ? Readable.from([content])
    : (content ?? Readable.from([]));
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(source, count, createWriteStream(file));
  return { size, md5: hash.digest('hex') };
}

/** What s3rver keeps as an object's metadata: the allowed headers and `x-amz-meta-*`. */
function storedMetadata(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => S3Object.ALLOWED_METADATA.includes(name) || name.startsWith('x-amz-meta-'),
    ),
  );
}

async function readIfPresent(file: string): Promise<string | null> {
  try {
    return (await readFile(file)).toString();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** One at a time: the short critical sections (renames, open + metadata reads) of the store. */
class Lock {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(section: () => Promise<T>): Promise<T> {
    const result = this.tail.then(section);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
