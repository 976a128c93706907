import { awsClients } from '../../backend/adapters/aws-clients';
import { DynamoUserStore } from '../../backend/adapters/aws/dynamo-user-store';
import { loadConfig, tableName } from '../../backend/config/env';
import type { AuditRecord } from '../../backend/ports/audit-log';
import { userStoreContract } from '../contracts/user-store.contract';
import { auditEntriesFor } from './audit-entries';

userStoreContract('DynamoDB adapter on DynamoDB Local', () => {
  const config = loadConfig();
  const { dynamo } = awsClients(config);
  const store = new DynamoUserStore(dynamo, {
    usersTable: tableName(config, 'users'),
    auditTable: tableName(config, 'audit-logs'),
  });
  const auditEntries = (targetId: string): Promise<AuditRecord[]> => auditEntriesFor(targetId);
  return { store, auditEntries };
});
