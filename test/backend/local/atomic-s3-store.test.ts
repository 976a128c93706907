import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import S3Object from 's3rver/lib/models/object';
import FilesystemStore from 's3rver/lib/stores/filesystem';
import { AtomicFilesystemStore } from '../../../backend/local/atomic-s3-store';

const BUCKET = 'templates';
const KEY = 'catalog/refresh/latest.json';
const json = (runId: string, padding: number) =>
  Buffer.from(JSON.stringify({ runId, outcome: 'refused', report: 'x'.repeat(padding) }));
const OLD = json('old', 1_000);
const NEW = json('new', 300_000);
const HALF = NEW.subarray(0, 150_000);

let root: string;
beforeEach(() => {
  root = path.join(mkdtempSync(path.join(os.tmpdir(), 'atomic-s3-')), 's3');
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const put = (store: FilesystemStore, body: Readable | Buffer, headers = {}) =>
  store.putObject(
    new S3Object(BUCKET, KEY, body, { 'content-type': 'application/json', ...headers }),
  );

async function read(store: FilesystemStore, options?: { start?: number; end?: number }) {
  const object = await store.getObject(BUCKET, KEY, options);
  if (!object?.content || Buffer.isBuffer(object.content)) return { object, body: null };
  const chunks: Buffer[] = [];
  for await (const chunk of object.content) chunks.push(chunk as Buffer);
  return { object, body: Buffer.concat(chunks) };
}

/** Waits until some file under the store (or its staging folder) holds exactly `size` bytes. */
async function fileOfSizeWritten(size: number): Promise<void> {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
    );
  const dirs = [root, `${root}.staging`];
  for (let waited = 0; waited < 10_000; waited += 10) {
    const all = dirs.flatMap((d) => (statSync(d, { throwIfNoEntry: false }) ? files(d) : []));
    if (all.some((f) => statSync(f, { throwIfNoEntry: false })?.size === size)) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no file of ${size} bytes was written`);
}

/** A PUT whose body stops after its first half until `finish()` (or `fail()`) is called. */
function halfSentBody() {
  const body = new PassThrough();
  body.write(HALF);
  return {
    body,
    finish: () => body.end(NEW.subarray(HALF.length)),
    fail: () => body.destroy(new Error('client went away')),
  };
}

describe("s3rver's own store (why the local stack replaces it)", () => {
  it('lets a GET during a PUT read the half-written body', async () => {
    const store = new FilesystemStore(root);
    await put(store, Readable.from([OLD]));
    const upload = halfSentBody();
    const putting = put(store, upload.body);
    await fileOfSizeWritten(HALF.length);
    const during = await read(store);
    expect(during.body?.equals(HALF)).toBe(true);
    expect(() => JSON.parse(during.body!.toString())).toThrow(/JSON/);
    upload.finish();
    await putting;
  });
});

describe('AtomicFilesystemStore: a PUT is atomic, as in S3', () => {
  it('a GET during a PUT reads the old object whole; after the PUT, the new one', async () => {
    const store = new AtomicFilesystemStore(root);
    await put(store, Readable.from([OLD]));
    const upload = halfSentBody();
    const putting = put(store, upload.body);
    await fileOfSizeWritten(HALF.length);
    const during = await read(store);
    expect(during.body?.equals(OLD)).toBe(true);
    expect(during.object?.metadata['content-length']).toBe(OLD.length);
    upload.finish();
    expect(await putting).toEqual({
      size: NEW.length,
      md5: createHash('md5').update(NEW).digest('hex'),
    });
    const after = await read(store);
    expect(after.body?.equals(NEW)).toBe(true);
    expect(after.object?.metadata.etag).toBe(
      JSON.stringify(createHash('md5').update(NEW).digest('hex')),
    );
  });

  it('a PUT whose body fails half-way keeps the old object and leaves nothing staged', async () => {
    const store = new AtomicFilesystemStore(root);
    await put(store, OLD, { 'x-amz-meta-owner': 'alice' });
    const upload = halfSentBody();
    const putting = put(store, upload.body, { 'x-amz-meta-owner': 'mallory' });
    await fileOfSizeWritten(HALF.length);
    upload.fail();
    await expect(putting).rejects.toThrow('client went away');
    const after = await read(store);
    expect(after.body?.equals(OLD)).toBe(true);
    expect(after.object?.metadata['x-amz-meta-owner']).toBe('alice');
    expect(readdirSync(`${root}.staging`)).toEqual([]);
  });

  it('a GET right after each PUT returns reads that whole body (read-after-write)', async () => {
    const store = new AtomicFilesystemStore(root);
    for (let i = 0; i < 40; i++) {
      const body = json(`run-${i}`, 50_000 + i * 997);
      await put(store, Readable.from([body.subarray(0, 20_000), body.subarray(20_000)]));
      expect((await read(store)).body?.equals(body)).toBe(true);
    }
  });

  it('keeps what s3rver kept: type, user metadata, ranges, missing keys, listings, deletes', async () => {
    const store = new AtomicFilesystemStore(root);
    await put(store, OLD, { 'x-amz-meta-owner': 'alice', 'x-not-kept': 'no' });
    const { object } = await read(store);
    expect(object?.metadata).toMatchObject({
      'content-type': 'application/json',
      'x-amz-meta-owner': 'alice',
    });
    expect(object?.metadata).not.toHaveProperty('x-not-kept');
    const ranged = await read(store, { start: 2, end: 6 });
    expect(ranged.body?.toString()).toBe(OLD.subarray(2, 7).toString());
    expect(ranged.object?.range).toEqual({ start: 2, end: 6 });
    expect(await store.getObject(BUCKET, 'catalog/refresh/none.json')).toBeNull();
    expect(await store.getMetadata(BUCKET, KEY)).toMatchObject({ 'content-length': OLD.length });
    await store.copyObject(BUCKET, KEY, BUCKET, 'catalog/copy.json');
    const copy = await store.getObject(BUCKET, 'catalog/copy.json');
    expect(copy?.metadata).toMatchObject({
      'x-amz-meta-owner': 'alice',
      etag: object?.metadata.etag,
    });
    (copy?.content as Readable).destroy();
    await store.deleteObject(BUCKET, KEY);
    expect(await store.getObject(BUCKET, KEY)).toBeNull();
  });
});
