import { CopyObjectCommand } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { shardCoverage } from '../../core';
import { DynamoS3CatalogStore } from '../../backend/adapters/aws/catalog-store';
import { awsClients } from '../../backend/adapters/aws-clients';
import { bucketName, loadConfig, tableName } from '../../backend/config/env';
import { catalogStoreContract, shard as shardOf } from '../contracts/catalog-store.contract';

const config = loadConfig();
const names = { table: tableName(config, 'pricing-data'), bucket: bucketName(config, 'templates') };

catalogStoreContract('DynamoDB + S3 adapter on DynamoDB Local and s3rver', () => {
  const { dynamo, s3 } = awsClients(config);
  return new DynamoS3CatalogStore(dynamo, s3, names);
});

describe('DynamoS3CatalogStore: a version stored again', () => {
  it('that stops after writing the body still serves the old body with the old summary and ETag', async () => {
    const { dynamo, s3 } = awsClients(config);
    const service = `TestOffer${randomUUID().slice(0, 8)}`;
    const store = new DynamoS3CatalogStore(dynamo, s3, names);
    const old = shardOf(service, '20250601000000', 1, '0.1000000000');
    const stored = await store.put(old);

    // The same version again with other records, through a DynamoDB client that fails every
    // index write: the body reaches S3, the entries never change (a Lambda stopped half way).
    const failingIndex = {
      send: (command: unknown) =>
        command instanceof PutCommand
          ? Promise.reject(new Error('index write refused by the test'))
          : dynamo.send(command as never),
    } as unknown as DynamoDBDocumentClient;
    const halfWay = new DynamoS3CatalogStore(failingIndex, s3, names);
    await expect(
      halfWay.put(shardOf(service, '20250601000000', 3, '0.2000000000')),
    ).rejects.toThrow('index write refused by the test');

    const served = await store.latest(service, 'ap-southeast-1');
    expect(served?.info).toEqual(stored);
    expect(served?.shard).toEqual(old);
    // The summary describes the body served: one record, not the three-record body now in S3.
    expect(served?.info.coverage).toEqual(shardCoverage(old));
    expect(served?.info.coverage?.summary.coverage.records).toBe(1);
  });

  it('reads an entry stored before bodies were named by content (catalog/<version>/<service>/<region>.json.gz)', async () => {
    const { dynamo, s3 } = awsClients(config);
    const service = `TestOffer${randomUUID().slice(0, 8)}`;
    const store = new DynamoS3CatalogStore(dynamo, s3, names);
    const shard = shardOf(service, '20250601000000', 1, '0.1000000000');
    const info = await store.put(shard);
    // Rewrite the entries as the earlier code did: same body, under the old-style key.
    const legacyKey = `catalog/${shard.version}/${service}/ap-southeast-1.json.gz`;
    await s3.send(
      new CopyObjectCommand({
        Bucket: names.bucket,
        Key: legacyKey,
        CopySource: `${names.bucket}/${info.bodyKey}`,
      }),
    );
    for (const region of ['ap-southeast-1', `ap-southeast-1#${shard.version}`]) {
      await dynamo.send(
        new PutCommand({
          TableName: names.table,
          Item: {
            serviceType: service,
            region,
            version: shard.version,
            publishedAt: shard.publishedAt,
            source: shard.source,
            records: 1,
            bodyKey: legacyKey,
            etag: info.etag,
            storedAt: info.storedAt,
          },
        }),
      );
    }
    const served = await store.latest(service, 'ap-southeast-1');
    expect(served?.info.bodyKey).toBe(legacyKey);
    expect(served?.shard).toEqual(shard);
  });
});
