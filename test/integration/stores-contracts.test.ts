import { DynamoAuditReader } from '../../backend/adapters/aws/dynamo-audit-reader';
import { DynamoAuditWriter } from '../../backend/adapters/aws/dynamo-audit-writer';
import { auditReaderContract } from '../contracts/audit-reader.contract';
import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { awsClients } from '../../backend/adapters/aws-clients';
import { DynamoDocumentStore } from '../../backend/adapters/aws/dynamo-document-store';
import { DynamoRateLimiter } from '../../backend/adapters/aws/dynamo-rate-limiter';
import { DynamoSettingsStore } from '../../backend/adapters/aws/dynamo-settings-store';
import { DynamoUsageCounters } from '../../backend/adapters/aws/dynamo-usage-counters';
import { S3BlobStore } from '../../backend/adapters/aws/s3-blob-store';
import { bucketName, loadConfig, tableName } from '../../backend/config/env';
import { createTables } from '../../backend/local/bootstrap';
import { blobStoreContract } from '../contracts/blob-store.contract';
import { documentStoreContract } from '../contracts/document-store.contract';
import { rateLimiterContract } from '../contracts/rate-limiter.contract';
import { settingsStoreContract } from '../contracts/settings-store.contract';
import { s3WithoutListGrant } from '../helpers/s3-without-list-grant';
import { auditEntriesFor } from './audit-entries';

const config = loadConfig();
const { dynamo, s3 } = awsClients(config);

// The contract counts every job of its table (countAll, readyByDay) before and after its writes:
// on the stack's documents table the API tests' jobs would be counted too, so it gets tables of an
// environment of its own, made before its cases run.
const documentsEnv = { ...config, envName: `d${randomUUID().slice(0, 8)}` };
beforeAll(async () => {
  await createTables(
    new DynamoDBClient({ endpoint: config.dynamodbEndpoint, region: config.region }),
    documentsEnv.envName,
  );
}, 120_000);

documentStoreContract('DynamoDB adapter on DynamoDB Local', () => ({
  store: new DynamoDocumentStore(dynamo, {
    documentsTable: tableName(documentsEnv, 'documents'),
    auditTable: tableName(documentsEnv, 'audit-logs'),
  }),
  auditEntries: (targetId) => auditEntriesFor(targetId, tableName(documentsEnv, 'audit-logs')),
}));

// The settings table holds one item, which the API tests change: this contract gets its own
// environment's tables so it starts empty.
settingsStoreContract('DynamoDB adapter on DynamoDB Local', async () => {
  const envName = `c${randomUUID().slice(0, 8)}`;
  await createTables(
    new DynamoDBClient({ endpoint: config.dynamodbEndpoint, region: config.region }),
    envName,
  );
  const own = { ...config, envName };
  const auditTable = tableName(own, 'audit-logs');
  return {
    store: new DynamoSettingsStore(dynamo, {
      settingsTable: tableName(own, 'settings'),
      auditTable,
    }),
    auditEntries: (targetId) => auditEntriesFor(targetId, auditTable),
  };
});

rateLimiterContract('DynamoDB adapters on DynamoDB Local', () => ({
  limiter: new DynamoRateLimiter(dynamo, tableName(config, 'rate-limits'), 3),
  counters: new DynamoUsageCounters(dynamo, tableName(config, 'rate-limits')),
}));

// The same s3rver seen through a front that answers as S3 does a role without s3:ListBucket.
let noListFront: Awaited<ReturnType<typeof s3WithoutListGrant>>;
beforeAll(async () => {
  noListFront = await s3WithoutListGrant(config.s3Endpoint!);
});
afterAll(() => noListFront.close());

blobStoreContract('S3 adapter on s3rver', () => ({
  store: new S3BlobStore(s3, (logical) => bucketName(config, logical)),
  withoutListGrant: new S3BlobStore(
    awsClients({ ...config, s3Endpoint: noListFront.url }).s3,
    (logical) => bucketName(config, logical),
  ),
  fetchable: true,
}));

auditReaderContract('DynamoDB reader on DynamoDB Local', (bounds) => {
  const writer = new DynamoAuditWriter(dynamo, tableName(config, 'audit-logs'));
  return {
    reader: new DynamoAuditReader(dynamo, tableName(config, 'audit-logs'), bounds),
    append: (r) => writer.append(r),
  };
});
