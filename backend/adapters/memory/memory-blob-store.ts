import type { BlobStore, StoredObject } from '../../ports/blob-store';

/** In-memory buckets; presigned URLs are `memory://bucket/key?expires=…` (never fetched in unit tests). */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, StoredObject>();

  async put(
    bucket: string,
    key: string,
    body: Uint8Array,
    options: { contentType: string; metadata?: Record<string, string> },
  ): Promise<void> {
    this.objects.set(`${bucket}/${key}`, {
      body: new Uint8Array(body),
      contentType: options.contentType,
      metadata: { ...(options.metadata ?? {}) },
    });
  }

  async get(bucket: string, key: string): Promise<StoredObject | null> {
    return this.objects.get(`${bucket}/${key}`) ?? null;
  }

  async presignGet(bucket: string, key: string, expiresInSeconds: number): Promise<string> {
    return `memory://${bucket}/${encodeURIComponent(key)}?expires=${expiresInSeconds}`;
  }
}
