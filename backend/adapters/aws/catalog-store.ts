import { gunzipSync, gzipSync } from 'node:zlib';
import type { S3Client } from '@aws-sdk/client-s3';
import { GetObjectCommand, NoSuchKey, PutObjectCommand } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CatalogShard, EncodedShard, ShardCoverage } from '../../../core';
import { decodeShard } from '../../../core';
import type { CatalogStore, StoredShard, StoredShardInfo } from '../../ports/catalog-store';
import { shardBody, storedShardInfo } from '../../ports/catalog-store';
import { conditionFailed } from './transaction-errors';

export interface CatalogStoreNames {
  /** Physical name of the `pricing-data` table (key serviceType + region, TTL attribute `ttl`). */
  readonly table: string;
  /** Physical name of the `templates` bucket; bodies live under catalog/. */
  readonly bucket: string;
  /** Version index items expire this many days after they are stored (the latest pointer never does). */
  readonly retentionDays?: number;
}

const DEFAULT_RETENTION_DAYS = 400;

/**
 * CatalogStore on DynamoDB + S3. A shard body can be megabytes — far over DynamoDB's 400 KB item
 * limit — so the body goes gzip-compressed to S3 under a key named by its content
 * (`catalog/<version>/<service>/<region>.<digest>.json.gz`, `shardBody`) and the `pricing-data`
 * table holds small index items:
 *   (serviceType=<service>, region=<region>)            the latest version's entry
 *   (serviceType=<service>, region=<region>#<version>)  one entry per stored version, with `ttl`
 * The latest entry moves only forward (conditional write), so a late put of an older version
 * cannot hide a newer one. Each entry carries its shard's coverage summary (`coverage`, JSON text of
 * a few KB): the pointer and the summary of the version it names are one item, written at once.
 * The body is written first and never over a body an entry names (another content, another key),
 * so every entry reads the body its summary and ETag describe, also while a version is stored
 * again and after a put that stops half way (DECISIONS 100).
 */
export class DynamoS3CatalogStore implements CatalogStore {
  constructor(
    private readonly dynamo: DynamoDBDocumentClient,
    private readonly s3: S3Client,
    private readonly names: CatalogStoreNames,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async put(shard: CatalogShard): Promise<StoredShardInfo> {
    const { json, bodyKey } = shardBody(shard);
    const body = gzipSync(json, { level: 9 });
    const out = await this.s3.send(
      new PutObjectCommand({
        Bucket: this.names.bucket,
        Key: bodyKey,
        Body: body,
        ContentType: 'application/gzip',
      }),
    );
    const storedAt = this.now();
    const info = storedShardInfo(shard, {
      bodyKey,
      etag: out.ETag ?? '',
      storedAt: storedAt.toISOString(),
    });
    const ttl =
      Math.floor(storedAt.getTime() / 1000) +
      (this.names.retentionDays ?? DEFAULT_RETENTION_DAYS) * 86_400;
    await this.dynamo.send(
      new PutCommand({
        TableName: this.names.table,
        Item: { ...toItem(info), region: `${shard.region}#${shard.version}`, ttl },
      }),
    );
    try {
      await this.dynamo.send(
        new PutCommand({
          TableName: this.names.table,
          Item: toItem(info),
          ConditionExpression: 'attribute_not_exists(version) OR version <= :v',
          ExpressionAttributeValues: { ':v': shard.version },
        }),
      );
    } catch (error) {
      // A newer version is already the latest: this put only adds an older version.
      if (!conditionFailed(error)) throw error;
    }
    return info;
  }

  async latestInfo(service: string, region: string): Promise<StoredShardInfo | undefined> {
    return this.item(service, region);
  }

  async latest(service: string, region: string): Promise<StoredShard | undefined> {
    const info = await this.item(service, region);
    return info && this.withBody(info);
  }

  async get(service: string, region: string, version: string): Promise<StoredShard | undefined> {
    const info = await this.item(service, `${region}#${version}`);
    return info && this.withBody(info);
  }

  async versions(service: string, region: string): Promise<StoredShardInfo[]> {
    const result: StoredShardInfo[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.dynamo.send(
        new QueryCommand({
          TableName: this.names.table,
          KeyConditionExpression: 'serviceType = :s AND begins_with(#r, :p)',
          ExpressionAttributeNames: { '#r': 'region' },
          ExpressionAttributeValues: { ':s': service, ':p': `${region}#` },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) result.push(fromItem(item, region));
      start = page.LastEvaluatedKey;
    } while (start);
    return result.sort((a, b) => (a.version < b.version ? 1 : a.version > b.version ? -1 : 0));
  }

  private async item(service: string, sortKey: string): Promise<StoredShardInfo | undefined> {
    const out = await this.dynamo.send(
      new GetCommand({
        TableName: this.names.table,
        Key: { serviceType: service, region: sortKey },
        ConsistentRead: true,
      }),
    );
    return out.Item ? fromItem(out.Item, sortKey.split('#')[0] ?? sortKey) : undefined;
  }

  private async withBody(info: StoredShardInfo): Promise<StoredShard | undefined> {
    try {
      const out = await this.s3.send(
        new GetObjectCommand({ Bucket: this.names.bucket, Key: info.bodyKey }),
      );
      const bytes = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      const shard = decodeShard(JSON.parse(gunzipSync(bytes).toString('utf8')) as EncodedShard);
      return { info, shard };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as Error).name === 'NoSuchKey') {
        throw new Error(
          `Catalog index entry ${info.service}/${info.region} version ${info.version} points at ` +
            `s3://${this.names.bucket}/${info.bodyKey}, which does not exist; re-import that version.`,
        );
      }
      throw error;
    }
  }
}

function toItem(info: StoredShardInfo): Record<string, unknown> {
  return {
    serviceType: info.service,
    region: info.region,
    version: info.version,
    publishedAt: info.publishedAt,
    source: info.source,
    records: info.records,
    bodyKey: info.bodyKey,
    etag: info.etag,
    storedAt: info.storedAt,
    ...(info.coverage ? { coverage: JSON.stringify(info.coverage) } : {}),
  };
}

function fromItem(item: Record<string, unknown>, region: string): StoredShardInfo {
  return {
    service: String(item.serviceType),
    region,
    version: String(item.version),
    publishedAt: String(item.publishedAt ?? ''),
    source: String(item.source ?? ''),
    records: Number(item.records ?? 0),
    bodyKey: String(item.bodyKey),
    etag: String(item.etag ?? ''),
    storedAt: String(item.storedAt ?? ''),
    ...coverageOf(item.coverage),
  };
}

/**
 * The stored summary, or nothing when the item has none or it does not read back as one (the
 * admin catalog page then computes the shard's coverage from its body and says so).
 */
function coverageOf(value: unknown): { coverage?: ShardCoverage } {
  if (typeof value !== 'string') return {};
  try {
    const parsed = JSON.parse(value) as Partial<ShardCoverage> | null;
    const summary = parsed?.summary;
    if (typeof parsed?.format !== 'string' || !summary?.coverage || !Array.isArray(summary.sources))
      return {};
    return { coverage: parsed as ShardCoverage };
  } catch {
    // Not JSON: treated as no summary, which the coverage computes live and names.
    return {};
  }
}
