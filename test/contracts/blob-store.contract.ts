import { randomUUID } from 'node:crypto';
import type { BlobStore } from '../../backend/ports/blob-store';

/** The BlobStore contract: the in-memory fake and the S3 adapter (s3rver) both pass it. */
export function blobStoreContract(name: string, setup: () => { store: BlobStore }): void {
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
  });
}
