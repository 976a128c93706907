import type { S3Client } from '@aws-sdk/client-s3';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { BlobReadDeniedError } from '../../ports/blob-store';
import type {
  BlobStore,
  ListedObject,
  PresignPutOptions,
  PresignedPut,
  PutOptions,
  StoredObject,
} from '../../ports/blob-store';

/** BlobStore on S3 (s3rver locally); `bucketName` maps a logical bucket to its physical name. */
export class S3BlobStore implements BlobStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucketName: (logical: string) => string,
  ) {}

  async put(bucket: string, key: string, body: Uint8Array, options: PutOptions): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucketName(bucket),
        Key: key,
        Body: body,
        ContentType: options.contentType,
        ContentEncoding: options.contentEncoding,
        Metadata: options.metadata,
        Expires: options.expiresAt,
      }),
    );
  }

  async list(bucket: string, prefix: string): Promise<ListedObject[]> {
    const out: ListedObject[] = [];
    let token: string | undefined;
    do {
      const page = await this.s3.send(
        new ListObjectsV2Command({
          Bucket: this.bucketName(bucket),
          Prefix: prefix,
          ContinuationToken: token,
        }),
      );
      for (const o of page.Contents ?? []) {
        if (o.Key)
          out.push({
            key: o.Key,
            sizeBytes: o.Size ?? 0,
            lastModified: o.LastModified ?? new Date(0),
          });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out;
  }

  async delete(bucket: string, key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucketName(bucket), Key: key }));
  }

  async get(bucket: string, key: string): Promise<StoredObject | null> {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucketName(bucket), Key: key }),
      );
      const body = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      return {
        body,
        contentType: out.ContentType ?? 'application/octet-stream',
        metadata: out.Metadata ?? {},
      };
    } catch (err) {
      if (err instanceof NoSuchKey || (err as Error).name === 'NoSuchKey') return null;
      // Also what S3 answers for a missing key when this role may not list its prefix: an error
      // saying so, never "not found" (and never a bare 403 that reads like a permissions typo).
      if ((err as Error).name === 'AccessDenied')
        throw new BlobReadDeniedError(bucket, key, { cause: err });
      throw err;
    }
  }

  async presignGet(
    bucket: string,
    key: string,
    expiresInSeconds: number,
    downloadName?: string,
  ): Promise<string> {
    return getSignedUrl(
      this.s3,
      new GetObjectCommand({
        Bucket: this.bucketName(bucket),
        Key: key,
        ...(downloadName
          ? {
              ResponseContentDisposition: `attachment; filename="${downloadName.replace(/["\\\r\n]/g, '_')}"`,
            }
          : {}),
      }),
      { expiresIn: expiresInSeconds },
    );
  }

  async presignPut(bucket: string, key: string, options: PresignPutOptions): Promise<PresignedPut> {
    const metadata = options.metadata ?? {};
    const headers: Record<string, string> = {
      'content-type': options.contentType,
      ...Object.fromEntries(
        Object.entries(metadata).map(([k, v]) => [`x-amz-meta-${k.toLowerCase()}`, v]),
      ),
    };
    const url = await getSignedUrl(
      this.s3,
      new PutObjectCommand({
        Bucket: this.bucketName(bucket),
        Key: key,
        ContentType: options.contentType,
        ContentLength: options.contentLength,
        Metadata: { ...metadata },
      }),
      {
        expiresIn: options.expiresInSeconds,
        // Sign the size and type, and keep the metadata as signed headers (not query parameters)
        // so S3 stores exactly the owner and expiry this function chose, and refuses other bodies.
        signableHeaders: new Set(['content-type', 'content-length', ...Object.keys(headers)]),
        unhoistableHeaders: new Set(Object.keys(headers).filter((h) => h.startsWith('x-amz-'))),
      },
    );
    // fetch and browsers set Content-Length from the body; it is signed, so it must be exact.
    return { url, headers };
  }
}
