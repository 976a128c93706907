import { BlobReadDeniedError } from '../../ports/blob-store';
import type {
  BlobStore,
  ListedObject,
  PresignPutOptions,
  PresignedPut,
  PutOptions,
  StoredObject,
} from '../../ports/blob-store';

/** In-memory buckets; presigned URLs are `memory://bucket/key?expires=…` (never fetched in unit tests). */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, StoredObject>();
  private readonly modified = new Map<string, Date>();
  private readonly signedPuts = new Map<
    string,
    { bucket: string; key: string; options: PresignPutOptions; headers: Record<string, string> }
  >();
  private signed = 0;

  /** `now` dates the objects put from then on (tests move it to age objects for the sweeper). */
  constructor(private readonly now: () => Date = () => new Date()) {}

  async put(bucket: string, key: string, body: Uint8Array, options: PutOptions): Promise<void> {
    this.objects.set(`${bucket}/${key}`, {
      body: new Uint8Array(body),
      contentType: options.contentType,
      metadata: { ...(options.metadata ?? {}) },
    });
    this.modified.set(`${bucket}/${key}`, this.now());
  }

  async get(bucket: string, key: string): Promise<StoredObject | null> {
    return this.objects.get(`${bucket}/${key}`) ?? null;
  }

  /**
   * These objects as S3 shows them to a role without s3:ListBucket on their prefix: reading a key
   * that does not exist is refused (AccessDenied) instead of answered as missing.
   */
  withoutListGrant(): BlobStore {
    return {
      put: (...args) => this.put(...args),
      get: async (bucket, key) => {
        const found = await this.get(bucket, key);
        if (!found) throw new BlobReadDeniedError(bucket, key);
        return found;
      },
      list: (...args) => this.list(...args),
      delete: (...args) => this.delete(...args),
      presignGet: (bucket, key, seconds) => this.presignGet(bucket, key, seconds),
      presignPut: (...args) => this.presignPut(...args),
    };
  }

  async list(bucket: string, prefix: string): Promise<ListedObject[]> {
    const start = `${bucket}/${prefix}`;
    return [...this.objects.entries()]
      .filter(([k]) => k.startsWith(start))
      .map(([k, o]) => ({
        key: k.slice(bucket.length + 1),
        sizeBytes: o.body.length,
        lastModified: this.modified.get(k) ?? new Date(0),
      }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  async delete(bucket: string, key: string): Promise<void> {
    this.objects.delete(`${bucket}/${key}`);
    this.modified.delete(`${bucket}/${key}`);
  }

  async presignGet(bucket: string, key: string, expiresInSeconds: number): Promise<string> {
    return `memory://${bucket}/${encodeURIComponent(key)}?expires=${expiresInSeconds}`;
  }

  async presignPut(bucket: string, key: string, options: PresignPutOptions): Promise<PresignedPut> {
    const url = `memory://${bucket}/${encodeURIComponent(key)}?put=${++this.signed}`;
    const headers: Record<string, string> = {
      'content-type': options.contentType,
      ...Object.fromEntries(
        Object.entries(options.metadata ?? {}).map(([k, v]) => [`x-amz-meta-${k}`, v]),
      ),
    };
    this.signedPuts.set(url, { bucket, key, options, headers });
    return { url, headers };
  }

  /**
   * What S3 does with a PUT to a presigned URL, for unit tests: refuses unknown URLs, a body of
   * another size than signed, and missing or changed signed headers; stores the metadata headers.
   */
  async receivePut(
    url: string,
    headers: Readonly<Record<string, string>>,
    body: Uint8Array,
  ): Promise<{ status: number }> {
    const signed = this.signedPuts.get(url);
    if (!signed || body.length !== signed.options.contentLength) return { status: 403 };
    const sent = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
    if (Object.entries(signed.headers).some(([k, v]) => sent[k] !== v)) return { status: 403 };
    await this.put(signed.bucket, signed.key, body, {
      contentType: signed.options.contentType,
      metadata: { ...(signed.options.metadata ?? {}) },
    });
    return { status: 200 };
  }
}
