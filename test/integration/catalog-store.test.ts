import { CopyObjectCommand } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import type { CatalogShard } from '../../core';
import { shardCoverage } from '../../core';
import { DynamoS3CatalogStore } from '../../backend/adapters/aws/catalog-store';
import { awsClients } from '../../backend/adapters/aws-clients';
import { bucketName, loadConfig, tableName } from '../../backend/config/env';
import { catalogStoreContract } from '../contracts/catalog-store.contract';

const config = loadConfig();
const names = { table: tableName(config, 'pricing-data'), bucket: bucketName(config, 'templates') };

catalogStoreContract('DynamoDB + S3 adapter on DynamoDB Local and s3rver', () => {
  const { dynamo, s3 } = awsClients(config);
  return new DynamoS3CatalogStore(dynamo, s3, names);
});

/** One On-Demand record per price given, under `service`, version 20250601000000. */
function shardOf(service: string, prices: readonly string[]): CatalogShard {
  return {
    service,
    region: 'ap-southeast-1',
    version: '20250601000000',
    publishedAt: '2025-06-01T00:00:00Z',
    source: `aws-price-list:/offers/v1.0/aws/${service}/20250601000000/ap-southeast-1/index.json`,
    records: prices.map((price, i) => ({
      id: `SKU${String(i).padStart(13, '0')}.JRTCKXETXF.6YS6EN2CT7`,
      sku: `SKU${String(i).padStart(13, '0')}`,
      service,
      productFamily: 'Compute Instance',
      region: 'ap-southeast-1',
      attributes: { instanceType: `m${i}.large`, operatingSystem: 'Linux', tenancy: 'Shared' },
      unit: 'Hrs',
      beginRange: '0',
      endRange: 'Inf',
      price,
      currency: 'USD',
      term: { type: 'OnDemand' },
      effectiveDate: '2025-06-01T00:00:00Z',
      description: `$${price} per On Demand Linux m${i}.large Instance Hour`,
    })),
  };
}

describe('DynamoS3CatalogStore: a version stored again', () => {
  it('that stops after writing the body still serves the old body with the old summary and ETag', async () => {
    const { dynamo, s3 } = awsClients(config);
    const service = `TestOffer${randomUUID().slice(0, 8)}`;
    const store = new DynamoS3CatalogStore(dynamo, s3, names);
    const old = shardOf(service, ['0.1000000000']);
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
    await expect(halfWay.put(shardOf(service, ['0.2000000000', '0.3000000000']))).rejects.toThrow(
      'index write refused by the test',
    );

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
    const shard = shardOf(service, ['0.1000000000']);
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
