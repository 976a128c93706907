import { randomUUID } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { BlobStore } from '../../backend/ports/blob-store';
import { BlobReadDeniedError } from '../../backend/ports/blob-store';

/** The BlobStore contract: the in-memory fake and the S3 adapter (s3rver) both pass it. */
export function blobStoreContract(
  name: string,
  setup: () => {
    store: BlobStore;
    /** The same objects read by a role without s3:ListBucket (S3 then refuses missing keys). */
    withoutListGrant: BlobStore;
    /** Presigned URLs can be fetched (a real S3 endpoint). */ fetchable?: boolean;
  },
): void {
  describe(`BlobStore contract: ${name}`, () => {
    it('stores bytes with content type and metadata, and reads them back unchanged', async () => {
      const { store } = setup();
      const key = `uploads/temp/${randomUUID()}.xlsx`;
      const body = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 255, 10]);
      await store.put('uploads', key, body, {
        contentType: 'application/octet-stream',
        metadata: { owner: 'alice' },
      });
      const got = await store.get('uploads', key);
      expect(got && [...got.body]).toEqual([...body]);
      expect(got?.contentType).toBe('application/octet-stream');
      expect(got?.metadata.owner).toBe('alice');
    });

    it('returns null for a missing key and presigns a URL naming the key', async () => {
      const { store } = setup();
      expect(await store.get('uploads', `uploads/temp/${randomUUID()}.xlsx`)).toBeNull();
      const url = await store.presignGet('documents', 'documents/a/b.pdf', 60);
      expect(url).toMatch(/documents(\/|%2F)a(\/|%2F)b\.pdf/);
    });

    it('without the list grant: reads a key that exists, refuses a missing one naming it, never "missing"', async () => {
      const { store, withoutListGrant } = setup();
      const key = `uploads/temp/${randomUUID()}.json`;
      await store.put('uploads', key, new TextEncoder().encode('{}'), {
        contentType: 'application/json',
      });
      expect((await withoutListGrant.get('uploads', key))?.contentType).toBe('application/json');
      const missing = `uploads/temp/${randomUUID()}.json`;
      expect(await store.get('uploads', missing)).toBeNull();
      const err: unknown = await withoutListGrant.get('uploads', missing).then(
        () => 'read',
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(BlobReadDeniedError);
      expect(err).toMatchObject({ bucket: 'uploads', key: missing });
      expect((err as Error).message).toContain(`Reading ${missing} from the uploads bucket`);
      expect((err as Error).message).toMatch(/s3:ListBucket/);
    });

    it('lists the objects under a prefix in key order with their size, and deletes them', async () => {
      const { store } = setup();
      const prefix = `uploads/temp/${randomUUID()}/`;
      for (const name of ['b', 'a', 'c'])
        await store.put('uploads', `${prefix}${name}`, new Uint8Array(name.charCodeAt(0) - 96), {
          contentType: 'application/octet-stream',
        });
      await store.put(
        'uploads',
        `${prefix}x`.replace(prefix, `uploads/temp/${randomUUID()}/`),
        new Uint8Array(1),
        {
          contentType: 'application/octet-stream',
        },
      );
      const listed = await store.list('uploads', prefix);
      expect(listed.map((o) => [o.key.slice(prefix.length), o.sizeBytes])).toEqual([
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ]);
      for (const o of listed) expect(Date.now() - o.lastModified.getTime()).toBeLessThan(600_000);
      await store.delete('uploads', `${prefix}b`);
      await store.delete('uploads', `${prefix}missing`);
      expect((await store.list('uploads', prefix)).map((o) => o.key.slice(prefix.length))).toEqual([
        'a',
        'c',
      ]);
      expect(await store.get('uploads', `${prefix}b`)).toBeNull();
    });

    it('keeps a gzip body as stored and serves it decompressed through a presigned URL', async () => {
      const { store, fetchable } = setup();
      const key = `uploads/temp/${randomUUID()}.json.gz`;
      const json = JSON.stringify({ hello: 'world', n: [1, 2, 3] });
      const body = new Uint8Array(gzipSync(json));
      await store.put('uploads', key, body, {
        contentType: 'application/json',
        contentEncoding: 'gzip',
      });
      const got = await store.get('uploads', key);
      expect(got && gunzipSync(got.body).toString('utf8')).toBe(json);
      if (!fetchable) return;
      const res = await fetch(await store.presignGet('uploads', key, 60));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(JSON.parse(json));
    });
  });
}
