/** Objects in the S3 buckets (logical bucket names from core's BUCKETS). */
export interface StoredObject {
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly metadata: Readonly<Record<string, string>>;
}

/** A presigned PUT: the client sends the file's bytes to `url` with exactly these headers. */
export interface PresignedPut {
  readonly url: string;
  /** Signed into the URL: sending other values (or omitting one) makes the store refuse the PUT. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface PresignPutOptions {
  readonly contentType: string;
  /** Exact size the client declared; signed, so a larger (or smaller) body is refused. */
  readonly contentLength: number;
  /** Stored as object metadata (`x-amz-meta-*`); signed, so the client cannot change it. */
  readonly metadata?: Readonly<Record<string, string>>;
  readonly expiresInSeconds: number;
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
  /** A short-lived PUT URL for a client to upload directly (bypassing the 6 MB Lambda payload). */
  presignPut(bucket: string, key: string, options: PresignPutOptions): Promise<PresignedPut>;
}
