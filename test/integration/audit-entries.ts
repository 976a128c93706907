import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { awsClients } from '../../backend/adapters/aws-clients';
import { loadConfig, tableName } from '../../backend/config/env';
import type { AuditRecord } from '../../backend/ports/audit-log';

/** Audit entries of one target, read straight from the audit table of the local stack. */
export async function auditEntriesFor(targetId: string): Promise<AuditRecord[]> {
  const config = loadConfig();
  const { dynamo } = awsClients(config);
  const items: AuditRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await dynamo.send(
      new ScanCommand({
        TableName: tableName(config, 'audit-logs'),
        FilterExpression: 'targetId = :t',
        ExpressionAttributeValues: { ':t': targetId },
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...((out.Items ?? []) as AuditRecord[]));
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return items;
}
