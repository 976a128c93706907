import { randomUUID } from 'node:crypto';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { awsClients } from '../../backend/adapters/aws-clients';
import { DynamoEstimationStore } from '../../backend/adapters/aws/dynamo-estimation-store';
import { S3BlobStore } from '../../backend/adapters/aws/s3-blob-store';
import { bucketName, loadConfig, tableName } from '../../backend/config/env';
import { createTables } from '../../backend/local/bootstrap';
import type { EstimationStoreSetup } from '../contracts/estimation-store.contract';
import { estimationStoreContract } from '../contracts/estimation-store.contract';
import { withoutDeletes } from '../contracts/fixtures';
import { auditEntriesFor } from './audit-entries';

/**
 * The DynamoDB + S3 adapter on DynamoDB Local and s3rver, in an environment of its own (own
 * tables, own estimations bucket), so the sweep sees only this file's objects — never a part of
 * another test's write in flight.
 */
let shared: Promise<EstimationStoreSetup> | null = null;

// Creating the environment's tables is slow on a loaded machine: done once, before the cases,
// under a hook timeout of its own rather than inside the first case's.
beforeAll(async () => {
  shared ??= setup();
  await shared;
}, 120_000);

estimationStoreContract('DynamoDB + S3 adapter on DynamoDB Local and s3rver', () => {
  shared ??= setup();
  return shared;
});

async function setup(): Promise<EstimationStoreSetup> {
  const config = loadConfig();
  const own = { ...config, envName: `e${randomUUID().slice(0, 8)}` };
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
  return {
    store: new DynamoEstimationStore(dynamo, blobs, tables),
    crashing: new DynamoEstimationStore(failingCommits(dynamo), withoutDeletes(blobs), tables),
    blobs,
    auditEntries: auditEntriesFor,
  };
}

/** The same client, except that every transaction fails: the process died before its commit. */
function failingCommits(db: DynamoDBDocumentClient): DynamoDBDocumentClient {
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'send') return Reflect.get(target, prop, receiver) as unknown;
      return (command: unknown) => {
        if (command instanceof TransactWriteCommand)
          return Promise.reject(new Error('the process died before the commit'));
        return target.send(command as never);
      };
    },
  });
}
