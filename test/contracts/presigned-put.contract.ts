import { randomUUID } from 'node:crypto';
import type { BlobStore, PresignedPut } from '../../backend/ports/blob-store';

/** How a client sends bytes to a presigned URL: fetch for S3, the fake's receivePut in memory. */
export type SendPut = (
  signed: PresignedPut,
  body: Uint8Array,
  headers?: Readonly<Record<string, string>>,
) => Promise<number>;

/**
 * BlobStore.presignPut: the in-memory fake and the S3 adapter (s3rver) both pass it. What S3 alone
 * enforces (signatures) is checked on the fake and, for S3, by the signed header list.
 */
export function presignedPutContract(
  name: string,
  setup: () => { store: BlobStore; send: SendPut },
): void {
  describe(`BlobStore.presignPut contract: ${name}`, () => {
    it('signs a URL for the key; a PUT of the declared bytes is stored with the signed metadata', async () => {
      const { store, send } = setup();
      const key = `uploads/temp/${randomUUID()}.xlsx`;
      const body = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
      const signed = await store.presignPut('uploads', key, {
        contentType: 'application/octet-stream',
        contentLength: body.length,
        metadata: { owner: 'alice', filename: 'a%20b.xlsx' },
        expiresInSeconds: 60,
      });
      expect(signed.url).toMatch(/uploads(\/|%2F)temp(\/|%2F)/);
      expect(signed.headers).toMatchObject({
        'content-type': 'application/octet-stream',
        'x-amz-meta-owner': 'alice',
        'x-amz-meta-filename': 'a%20b.xlsx',
      });
      expect(await store.get('uploads', key)).toBeNull();
      expect(await send(signed, body)).toBe(200);
      const got = await store.get('uploads', key);
      expect(got && [...got.body]).toEqual([...body]);
      expect(got?.metadata).toMatchObject({ owner: 'alice', filename: 'a%20b.xlsx' });
    });
  });
}
