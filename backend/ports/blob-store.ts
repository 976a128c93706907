/** Objects in the S3 buckets (logical bucket names from core's BUCKETS). */
export interface StoredObject {
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly metadata: Readonly<Record<string, string>>;
}

/** One entry of a listing: enough to decide whether an object is still needed. */
export interface ListedObject {
  readonly key: string;
  readonly sizeBytes: number;
  readonly lastModified: Date;
}

export interface PutOptions {
  readonly contentType: string;
  readonly metadata?: Record<string, string>;
  readonly expiresAt?: Date;
  /**
   * `gzip`: the body is gzip-compressed and S3 serves it with `Content-Encoding: gzip`, so a
   * browser or fetch downloading it through a presigned URL receives the decompressed document.
   */
  readonly contentEncoding?: 'gzip';
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
  put(bucket: string, key: string, body: Uint8Array, options: PutOptions): Promise<void>;
  /** Null when the key does not exist. The body is returned as stored (still gzip when put so). */
  get(bucket: string, key: string): Promise<StoredObject | null>;
  /** Every object whose key starts with `prefix`, in key order (all pages). */
  list(bucket: string, prefix: string): Promise<ListedObject[]>;
  /** Deleting a missing key is not an error (as in S3). */
  delete(bucket: string, key: string): Promise<void>;
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

/**
 * The store refused to read a key (S3 `AccessDenied`). S3 answers a GET of a key that does not
 * exist with AccessDenied rather than NoSuchKey when the caller lacks `s3:ListBucket` on its
 * prefix, so this is never "not found": either the grant to read the key or the one to list its
 * prefix is missing (infra/config/function-specs.ts).
 */
export class BlobReadDeniedError extends Error {
  constructor(
    readonly bucket: string,
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    super(
      `Reading ${key} from the ${bucket} bucket was refused (AccessDenied). Either this function ` +
        `may not read that key, or the key does not exist and the function may not list its prefix ` +
        `(without s3:ListBucket, S3 answers AccessDenied instead of NoSuchKey). Check its grants in ` +
        `infra/config/function-specs.ts.`,
      options,
    );
    this.name = 'BlobReadDeniedError';
  }
}
