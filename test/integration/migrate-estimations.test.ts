import { randomUUID } from 'node:crypto';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { awsClients } from '../../backend/adapters/aws-clients';
import { DynamoEstimationStore } from '../../backend/adapters/aws/dynamo-estimation-store';
import { S3BlobStore } from '../../backend/adapters/aws/s3-blob-store';
import { bucketName, loadConfig, tableName } from '../../backend/config/env';
import { createTables } from '../../backend/local/bootstrap';
import { migrateLegacyEstimations } from '../../backend/local/migrate-estimations';
import { pricedEstimation } from '../contracts/estimation-store.contract';
import { auditEntriesFor } from './audit-entries';

describe('npm start moves estimations saved as one item (before issue 13) to index record + parts', () => {
  it('migrates each legacy item once, unchanged for readers, with an audit entry', async () => {
    const config = loadConfig();
    const own = { ...config, envName: `m${randomUUID().slice(0, 8)}` };
    const { dynamo, s3 } = awsClients(config);
    await createTables(
      new DynamoDBClient({ endpoint: config.dynamodbEndpoint, region: config.region }),
      own.envName,
    );
    await s3.send(new CreateBucketCommand({ Bucket: bucketName(own, 'estimations') }));
    const blobs = new S3BlobStore(s3, (logical) => bucketName(own, logical));
    const tables = {
      estimationsTable: tableName(own, 'estimations'),
      auditTable: tableName(config, 'audit-logs'),
    };
    const legacy = [pricedEstimation(3), pricedEstimation(1, { result: null, comparison: null })];
    for (const e of legacy)
      await dynamo.send(new PutCommand({ TableName: tables.estimationsTable, Item: { ...e } }));

    expect(await migrateLegacyEstimations(dynamo, blobs, tables)).toBe(2);
    expect(await migrateLegacyEstimations(dynamo, blobs, tables)).toBe(0);
    const store = new DynamoEstimationStore(dynamo, blobs, tables);
    for (const e of legacy) {
      expect(await store.get(e.estimationId)).toEqual(e);
      const record = await store.getRecord(e.estimationId);
      expect(record && 'requirements' in record).toBe(false);
      expect(record?.figures.items).toBe(e.requirements.items.length);
      expect((await auditEntriesFor(e.estimationId)).map((a) => a.action)).toEqual([
        'estimation.migrate',
      ]);
    }
    // It creates an environment's tables first: slow on a loaded machine.
  }, 120_000);
});
