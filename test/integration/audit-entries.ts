import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { awsClients } from '../../backend/adapters/aws-clients';
import { loadConfig, tableName } from '../../backend/config/env';
import type { AuditRecord } from '../../backend/ports/audit-log';
import type { AuditLogEntry, Page } from '../../core';
import type { ApiResponse } from '../helpers/stack-client';
import { api } from '../helpers/stack-client';

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

/**
 * Every entry GET /admin/audit-logs answers for `query` (e.g. `userId=…&action=…`), newest first,
 * following `nextCursor` to the end: a page can stop early (a bound on the entries a reader looks
 * at, DECISIONS 99), and a partition other tests also write to (an action, the `system` user) can
 * hold more entries than one page.
 */
export async function auditLogEntries(token: string, query: string): Promise<AuditLogEntry[]> {
  const items: AuditLogEntry[] = [];
  let cursor: string | null = null;
  do {
    const path: string = `/admin/audit-logs?${query}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res: ApiResponse<Page<AuditLogEntry>> = await api<Page<AuditLogEntry>>(path, { token });
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${res.text}`);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return items;
}
