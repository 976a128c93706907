import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { awsClients } from '../../backend/adapters/aws-clients';
import { DynamoUserStore } from '../../backend/adapters/aws/dynamo-user-store';
import { loadConfig, tableName } from '../../backend/config/env';
import type { AuditRecord } from '../../backend/ports/audit-log';
import { userStoreContract } from '../contracts/user-store.contract';

userStoreContract('DynamoDB adapter on DynamoDB Local', () => {
  const config = loadConfig();
  const { dynamo } = awsClients(config);
  const store = new DynamoUserStore(dynamo, {
    usersTable: tableName(config, 'users'),
    auditTable: tableName(config, 'audit-logs'),
  });
  const auditEntries = async (targetId: string): Promise<AuditRecord[]> => {
    const out = await dynamo.send(
      new ScanCommand({
        TableName: tableName(config, 'audit-logs'),
        FilterExpression: 'targetId = :t',
        ExpressionAttributeValues: { ':t': targetId },
      }),
    );
    return (out.Items ?? []) as AuditRecord[];
  };
  return { store, auditEntries };
});
