import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { BUCKETS, physicalName } from '../../core';
import type { BucketSpec } from '../../core';
import { pascal } from './data-tables';

export interface DataBucketsProps {
  readonly envName: string;
  readonly key: kms.IKey;
  readonly retain: boolean;
}

/** Key prefix of the scheduled backup export inside the documents bucket (seed §2.4 `backups/`). */
export const BACKUP_PREFIX = 'backups/';

/**
 * Rules the storage layout does not express: generated documents move to cheaper storage as they
 * age (seed §7.2), old versions do not pile up, backups go to Glacier Instant Retrieval after a
 * month and are kept a year.
 */
const EXTRA_RULES: Readonly<Record<string, readonly s3.LifecycleRule[]>> = {
  documents: [
    {
      id: 'documents-to-cheaper-storage',
      prefix: 'documents/',
      transitions: [
        { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) },
        {
          storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
          transitionAfter: Duration.days(90),
        },
      ],
      noncurrentVersionExpiration: Duration.days(30),
    },
    {
      id: 'backups-archive',
      prefix: BACKUP_PREFIX,
      transitions: [
        {
          storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
          transitionAfter: Duration.days(30),
        },
      ],
      expiration: Duration.days(365),
      noncurrentVersionExpiration: Duration.days(30),
    },
  ],
  // Parts no record references are deleted by the daily sweep; a deleted or superseded part
  // stays recoverable as a noncurrent version for 30 days.
  estimations: [
    {
      id: 'estimation-parts-noncurrent',
      prefix: 'estimations/',
      noncurrentVersionExpiration: Duration.days(30),
    },
  ],
};

/**
 * Buckets whose objects are versioned: generated documents and the backups stored beside them,
 * and the estimations' parts (the only copy of an estate's requirements and results).
 */
const VERSIONED = new Set(['documents', 'estimations']);

/**
 * Browsers reach two buckets through presigned URLs: uploads (PUT of workbooks and requirements
 * documents, GET of stored results) and estimations (GET of an estimation's parts).
 */
const BROWSER_METHODS: Readonly<Record<string, readonly s3.HttpMethods[]>> = {
  uploads: [s3.HttpMethods.PUT, s3.HttpMethods.GET],
  estimations: [s3.HttpMethods.GET],
};

/**
 * One S3 bucket per entry of BUCKETS, encrypted with the customer-managed key, private, TLS-only,
 * with server access logs in a separate bucket.
 */
export class DataBuckets extends Construct {
  readonly byName: ReadonlyMap<string, s3.Bucket>;
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: DataBucketsProps) {
    super(scope, id);
    const removal = props.retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    // S3 server access logs can only be delivered to an SSE-S3 bucket, not SSE-KMS.
    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      bucketName: physicalName(props.envName, 'access-logs'),
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(90) }],
      removalPolicy: removal,
    });
    const buckets = new Map<string, s3.Bucket>();
    for (const spec of BUCKETS) buckets.set(spec.name, this.bucket(spec, props, removal));
    this.byName = buckets;
  }

  get(name: string): s3.Bucket {
    const bucket = this.byName.get(name);
    if (!bucket)
      throw new Error(
        `Unknown bucket '${name}'; BUCKETS has: ${[...this.byName.keys()].join(', ')}.`,
      );
    return bucket;
  }

  private bucket(spec: BucketSpec, props: DataBucketsProps, removal: RemovalPolicy): s3.Bucket {
    const expiring: s3.LifecycleRule[] = (spec.expiringPrefixes ?? []).map((rule) => ({
      id: `expire-${rule.prefix.replace(/\/$/, '').replace(/\//g, '-')}`,
      prefix: rule.prefix,
      expiration: Duration.days(rule.days),
    }));
    return new s3.Bucket(this, pascal(spec.name), {
      bucketName: physicalName(props.envName, spec.name),
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: props.key,
      // One data key per bucket instead of one KMS call per object: cheaper and faster.
      bucketKeyEnabled: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: VERSIONED.has(spec.name),
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: `${spec.name}/`,
      lifecycleRules: [
        { id: 'abort-incomplete-multipart', abortIncompleteMultipartUploadAfter: Duration.days(7) },
        ...expiring,
        ...(EXTRA_RULES[spec.name] ?? []),
      ],
      // The add-in and the admin console upload workbooks with presigned PUT URLs (the URL is
      // the authorisation; Lambda's 6 MB request limit makes direct 10 MB bodies impossible),
      // and download large results and estimation parts with presigned GET URLs.
      cors: BROWSER_METHODS[spec.name]
        ? [
            {
              allowedMethods: [...(BROWSER_METHODS[spec.name] ?? [])],
              allowedOrigins: ['*'],
              allowedHeaders: ['*'],
              maxAge: 3000,
            },
          ]
        : undefined,
      removalPolicy: removal,
    });
  }
}
