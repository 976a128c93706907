import type {
  BlobStore,
  PresignPutOptions,
  PresignedPut,
  StoredObject,
} from '../../ports/blob-store';

/** In-memory buckets; presigned URLs are `memory://bucket/key?expires=…` (never fetched in unit tests). */
export class MemoryBlobStore implements BlobStore {
  readonly objects = new Map<string, StoredObject>();
  private readonly signedPuts = new Map<
    string,
    { bucket: string; key: string; options: PresignPutOptions; headers: Record<string, string> }
  >();
  private signed = 0;

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
