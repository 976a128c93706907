import type { BackendConfig } from '../../config/env';
import { bucketName, loadConfig, tableName } from '../../config/env';
import { awsClients } from '../aws-clients';
import { DynamoS3CatalogStore } from './catalog-store';
import { CognitoIdentityAdmin } from './cognito-identity-admin';
import { DynamoAuditReader } from './dynamo-audit-reader';
import { DynamoAuditTargetNames } from './dynamo-audit-target-names';
import { DynamoAuditWriter } from './dynamo-audit-writer';
import { DynamoDocumentStore } from './dynamo-document-store';
import { DynamoEstimationStore } from './dynamo-estimation-store';
import { DynamoRateLimiter } from './dynamo-rate-limiter';
import { DynamoSettingsStore } from './dynamo-settings-store';
import { DynamoUserStore } from './dynamo-user-store';
import { DynamoUsageCounters } from './dynamo-usage-counters';
import { S3BlobStore } from './s3-blob-store';

/**
 * The real adapters for one Lambda container (or the local stack), built from the environment.
 * Each handler takes the pieces it needs; clients are shared and created once.
 */
export function awsAdapters(config: BackendConfig = loadConfig()) {
  const { dynamo, s3, cognito } = awsClients(config);
  const t = (logical: string) => tableName(config, logical);
  const auditTable = t('audit-logs');
  const blobs = new S3BlobStore(s3, (logical) => bucketName(config, logical));
  return {
    config,
    estimations: new DynamoEstimationStore(dynamo, blobs, {
      estimationsTable: t('estimations'),
      auditTable,
    }),
    users: new DynamoUserStore(dynamo, { usersTable: t('users'), auditTable }),
    documents: new DynamoDocumentStore(dynamo, { documentsTable: t('documents'), auditTable }),
    settings: new DynamoSettingsStore(dynamo, { settingsTable: t('settings'), auditTable }),
    auditReader: new DynamoAuditReader(dynamo, auditTable),
    targetNames: new DynamoAuditTargetNames(dynamo, {
      usersTable: t('users'),
      estimationsTable: t('estimations'),
      documentsTable: t('documents'),
    }),
    auditWriter: new DynamoAuditWriter(dynamo, auditTable),
    blobs,
    /** Published catalog shards: index items in `pricing-data`, bodies in the templates bucket. */
    catalogStore: new DynamoS3CatalogStore(dynamo, s3, {
      table: t('pricing-data'),
      bucket: bucketName(config, 'templates'),
    }),
    rateLimiter: new DynamoRateLimiter(dynamo, t('rate-limits'), rateLimitPerMinute()),
    counters: new DynamoUsageCounters(dynamo, t('rate-limits')),
    identityAdmin: () =>
      new CognitoIdentityAdmin(cognito, requireSetting(config.userPoolId, 'USER_POOL_ID')),
    /** Loaded on demand: only the deployed documents function (DOCUMENT_WORKER_FUNCTION set) needs the Lambda client. */
    lambdaDispatcher: async () => {
      const [{ LambdaClient }, { LambdaJobDispatcher }] = await Promise.all([
        import('@aws-sdk/client-lambda'),
        import('./lambda-job-dispatcher'),
      ]);
      const worker = requireSetting(
        process.env.DOCUMENT_WORKER_FUNCTION,
        'DOCUMENT_WORKER_FUNCTION',
      );
      return new LambdaJobDispatcher(new LambdaClient({ region: config.region }), worker);
    },
  };
}

export type AwsAdapters = ReturnType<typeof awsAdapters>;

/** RATE_LIMIT_PER_MINUTE overrides the seed's 1,000 (tests lower it to reach the limit quickly). */
export function rateLimitPerMinute(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.RATE_LIMIT_PER_MINUTE ?? 1000);
  return Number.isInteger(n) && n > 0 ? n : 1000;
}

function requireSetting(value: string | undefined, name: string): string {
  if (!value) throw new Error(`${name} is not set: the deployment must pass it to this function.`);
  return value;
}
