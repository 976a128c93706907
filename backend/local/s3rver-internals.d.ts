// Types for the two internal modules of s3rver 3.7.1 that the local stack's atomic store builds
// on (backend/local/atomic-s3-store.ts). @types/s3rver covers only the server class.

declare module 's3rver/lib/models/object' {
  import type { Readable } from 'node:stream';

  /** An object as s3rver's controllers and store pass it around. */
  class S3Object {
    constructor(
      bucket: string,
      key: string,
      content: Readable | Buffer | null,
      metadata: Record<string, string | number>,
    );
    readonly bucket: string;
    readonly key: string;
    content: Readable | Buffer | null;
    metadata: Record<string, string>;
    range?: { start: number; end: number };
    readonly size: number;
    /** Headers kept as an object's stored metadata (besides `x-amz-meta-*`). */
    static ALLOWED_METADATA: readonly string[];
  }
  export = S3Object;
}

declare module 's3rver/lib/stores/filesystem' {
  import type S3Object from 's3rver/lib/models/object';

  /** s3rver's store: `<root>/<bucket>/<key>._S3rver_object` plus `.md5` and `._S3rver_metadata.json`. */
  class FilesystemStore {
    constructor(rootDirectory: string);
    readonly rootDirectory: string;
    getResourcePath(bucket: string, key: string | undefined, resource: string): string;
    getMetadata(bucket: string, key: string): Promise<Record<string, string | number>>;
    getObject(
      bucket: string,
      key: string,
      options?: { start?: number; end?: number },
    ): Promise<S3Object | null>;
    putObject(object: S3Object): Promise<{ size: number; md5: string }>;
    copyObject(
      srcBucket: string,
      srcKey: string,
      destBucket: string,
      destKey: string,
      replacementMetadata?: Record<string, string>,
    ): Promise<Record<string, string | number>>;
    deleteObject(bucket: string, key: string): Promise<void>;
  }
  export = FilesystemStore;
}
