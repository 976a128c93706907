import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { awsClients } from '../../backend/adapters/aws-clients';
import { loadConfig, tableName } from '../../backend/config/env';
import type { AuditRecord } from '../../backend/ports/audit-log';

/**
 * Audit entries of one target, read straight from an audit table of the local stack (the
 * stack's own unless `table` names another). Follows every Scan page: the table is shared by
 * the whole run, and one Scan answers at most 1 MB before its filter, so a single page can hold
 * one of a target's entries and not the next.
 */
export async function auditEntriesFor(targetId: string, table?: string): Promise<AuditRecord[]> {
  const config = loadConfig();
  const { dynamo } = awsClients(config);
  const items: AuditRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await dynamo.send(
      new ScanCommand({
        TableName: table ?? tableName(config, 'audit-logs'),
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
