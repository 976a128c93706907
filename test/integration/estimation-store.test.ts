import { awsClients } from '../../backend/adapters/aws-clients';
import { DynamoEstimationStore } from '../../backend/adapters/aws/dynamo-estimation-store';
import { loadConfig, tableName } from '../../backend/config/env';
import { estimationStoreContract } from '../contracts/estimation-store.contract';
import { auditEntriesFor } from './audit-entries';

estimationStoreContract('DynamoDB adapter on DynamoDB Local', () => {
  const config = loadConfig();
  const store = new DynamoEstimationStore(awsClients(config).dynamo, {
    estimationsTable: tableName(config, 'estimations'),
    auditTable: tableName(config, 'audit-logs'),
  });
  return { store, auditEntries: auditEntriesFor };
});
