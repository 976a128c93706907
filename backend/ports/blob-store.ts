/** Objects in the S3 buckets (logical bucket names from core's BUCKETS). */
export interface StoredObject {
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface BlobStore {
  put(
    bucket: string,
    key: string,
    body: Uint8Array,
    options: { contentType: string; metadata?: Record<string, string>; expiresAt?: Date },
  ): Promise<void>;
  /** Null when the key does not exist. */
  get(bucket: string, key: string): Promise<StoredObject | null>;
  /** A GET URL valid for `expiresInSeconds`. */
  presignGet(
    bucket: string,
    key: string,
    expiresInSeconds: number,
    downloadName?: string,
  ): Promise<string>;
}
