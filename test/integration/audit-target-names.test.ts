import { awsClients } from '../../backend/adapters/aws-clients';
import { DynamoAuditTargetNames } from '../../backend/adapters/aws/dynamo-audit-target-names';
import { DynamoDocumentStore } from '../../backend/adapters/aws/dynamo-document-store';
import { DynamoEstimationStore } from '../../backend/adapters/aws/dynamo-estimation-store';
import { DynamoUserStore } from '../../backend/adapters/aws/dynamo-user-store';
import { S3BlobStore } from '../../backend/adapters/aws/s3-blob-store';
import { bucketName, loadConfig, tableName } from '../../backend/config/env';
import { auditTargetNamesContract } from '../contracts/audit-target-names.contract';

auditTargetNamesContract('BatchGetItem on DynamoDB Local', async () => {
  const config = loadConfig();
  const { dynamo, s3 } = awsClients(config);
  const t = (logical: string) => tableName(config, logical);
  const auditTable = t('audit-logs');
  const blobs = new S3BlobStore(s3, (logical) => bucketName(config, logical));
  return {
    names: new DynamoAuditTargetNames(dynamo, {
      usersTable: t('users'),
      estimationsTable: t('estimations'),
      documentsTable: t('documents'),
    }),
    users: new DynamoUserStore(dynamo, { usersTable: t('users'), auditTable }),
    estimations: new DynamoEstimationStore(dynamo, blobs, {
      estimationsTable: t('estimations'),
      auditTable,
    }),
    documents: new DynamoDocumentStore(dynamo, { documentsTable: t('documents'), auditTable }),
  };
});
