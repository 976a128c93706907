import type { S3Client } from '@aws-sdk/client-s3';
import { GetObjectCommand, NoSuchKey, PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { BlobStore, StoredObject } from '../../ports/blob-store';

/** BlobStore on S3 (s3rver locally); `bucketName` maps a logical bucket to its physical name. */
export class S3BlobStore implements BlobStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucketName: (logical: string) => string,
  ) {}

  async put(
    bucket: string,
    key: string,
    body: Uint8Array,
    options: { contentType: string; metadata?: Record<string, string>; expiresAt?: Date },
  ): Promise<void> {
    await this.s3.send(
      new PutObjectCommand({
        Bucket: this.bucketName(bucket),
        Key: key,
        Body: body,
        ContentType: options.contentType,
        Metadata: options.metadata,
        Expires: options.expiresAt,
      }),
    );
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
}
