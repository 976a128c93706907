import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { awsClients } from '../../backend/adapters/aws-clients';
import { auditItem } from '../../backend/adapters/aws/audit-item';
import { DynamoAuditReader } from '../../backend/adapters/aws/dynamo-audit-reader';
import { DynamoAuditWriter } from '../../backend/adapters/aws/dynamo-audit-writer';
import { loadConfig, tableName } from '../../backend/config/env';
import { startDynamoDb } from '../../backend/local/emulators';
import type { Emulator } from '../../backend/local/emulators';
import { freePort } from '../../backend/local/ports';
import { createTables, tableDefinition } from '../../backend/local/tables';
import type { AuditRecord } from '../../backend/ports/audit-log';
import { AUDIT_MAX_EXAMINED } from '../../backend/ports/audit-query';
import type { AuditLogEntry, AuditLogPage } from '../../core';
import { TABLES } from '../../core';
import { sampleAudit } from '../contracts/fixtures';
import { api, createTestUser } from '../helpers/stack-client';

const config = loadConfig();
const { dynamo } = awsClients(config);
const client = new DynamoDBClient({ endpoint: config.dynamodbEndpoint, region: config.region });

async function putAll(table: string, records: readonly AuditRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 25) {
    let pending = {
      [table]: records.slice(i, i + 25).map((r) => ({ PutRequest: { Item: auditItem(r) } })),
    };
    while (Object.keys(pending).length) {
      const out = await dynamo.send(new BatchWriteCommand({ RequestItems: pending }));
      pending = (out.UnprocessedItems ?? {}) as typeof pending;
    }
  }
}

/** February 2026, one second apart counting back from its last minute (no other test writes there). */
const feb = (i: number) =>
  new Date(Date.parse('2026-02-27T23:59:00.000Z') - i * 1000).toISOString();

/**
 * A DynamoDB Local of the test's own, empty, for adding an index to a kept table: on the shared
 * stack's, filled by the files run before, the new index was not ACTIVE within 120 s, and a
 * DynamoDB Local holding 30,000 items in another table did not make it ACTIVE within 120 s either
 * (an empty one: 2–3 s). How long it takes depended on the order of the files.
 */
let ownDynamo: Emulator | null = null;
afterAll(async () => {
  await ownDynamo?.stop();
}, 60_000);

// Each of the first two creates an environment's tables, slow on a loaded machine; the first also
// starts a DynamoDB Local (a JVM): 5 minutes.
describe('audit tables: ActionTimeIndex on a kept table, and the bounded month walk', () => {
  it('a table kept from before ActionTimeIndex gets it, and its existing entries are found by action', async () => {
    ownDynamo = await startDynamoDb({ port: await freePort() });
    const own = { ...config, dynamodbEndpoint: ownDynamo.url };
    const ownClient = new DynamoDBClient({ endpoint: own.dynamodbEndpoint, region: config.region });
    const ownDocuments = awsClients(own).dynamo;
    const envName = `a${randomUUID().slice(0, 8)}`;
    const table = tableName({ ...own, envName }, 'audit-logs');
    const spec = TABLES.find((t) => t.name === 'audit-logs')!;
    const older = { ...spec, indexes: spec.indexes.filter((i) => i.name !== 'ActionTimeIndex') };
    await ownClient.send(new CreateTableCommand(tableDefinition(table, older)));
    const writer = new DynamoAuditWriter(ownDocuments, table);
    for (let i = 0; i < 3; i++)
      await writer.append(sampleAudit(`t-${i}`, 'settings.logo', { timestamp: feb(i) }));
    await writer.append(sampleAudit('t-other', 'settings.update', { timestamp: feb(9) }));

    await createTables(ownClient, envName);
    const described = await ownClient.send(new DescribeTableCommand({ TableName: table }));
    expect(described.Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort()).toEqual(
      spec.indexes.map((i) => i.name).sort(),
    );
    const page = await new DynamoAuditReader(ownDocuments, table).query({
      action: 'settings.logo',
      limit: 10,
    });
    expect(page.items.map((e) => e.targetId)).toEqual(['t-0', 't-1', 't-2']);
    expect(page.examined).toBe(3);
  }, 300_000);

  it('the unfiltered walk stops after its round trips, says how far back it looked, and resumes', async () => {
    const envName = `w${randomUUID().slice(0, 8)}`;
    await createTables(client, envName);
    const table = tableName({ ...config, envName }, 'audit-logs');
    const records = [0, 1, 2, 3, 4].map((i) =>
      sampleAudit(`w-${i}`, 'excel.upload', { timestamp: feb(i) }),
    );
    await putAll(table, records);
    // The walk starts at 2026-07 (a month past the clock); three Queries reach 2026-05.
    const reader = new DynamoAuditReader(dynamo, table, {
      now: () => new Date('2026-06-15T00:00:00.000Z'),
      maxQueries: 3,
    });
    const first = await reader.query({ limit: 4 });
    expect(first.items).toEqual([]);
    expect(first.searchedBackTo).toBe('2026-05-01T00:00:00.000Z');
    const seen: AuditLogEntry[] = [];
    let cursor = first.nextCursor ?? undefined;
    let pages = 1;
    while (cursor) {
      const page = await reader.query({ limit: 4, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    }
    expect(seen.map((e) => e.targetId)).toEqual(['w-0', 'w-1', 'w-2', 'w-3', 'w-4']);
    expect(pages).toBeLessThanOrEqual(4);
  }, 300_000);
});

describe('GET /admin/audit-logs with a user and an action: bounded per request', () => {
  it(`looks at ${AUDIT_MAX_EXAMINED} of the user's entries per page and says how far back, then goes on`, async () => {
    const admin = await createTestUser('Admin', 'boundaudit');
    const userId = `bound-${randomUUID()}`;
    const count = AUDIT_MAX_EXAMINED + 10;
    const records = Array.from({ length: count }, (_, i) =>
      sampleAudit(`b-${i}`, i === count - 1 ? 'settings.logo' : 'estimation.update', {
        userId,
        timestamp: feb(i),
      }),
    );
    await putAll(tableName(config, 'audit-logs'), records);
    const path = `/admin/audit-logs?userId=${userId}&action=settings.logo&limit=50`;
    const first = await api<AuditLogPage>(path, { token: admin.idToken });
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([]);
    // The newest AUDIT_MAX_EXAMINED entries were looked at: back to the last of them.
    expect(first.body.searchedBackTo).toBe(feb(AUDIT_MAX_EXAMINED - 1));
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const next = await api<AuditLogPage>(
      `${path}&cursor=${encodeURIComponent(first.body.nextCursor!)}`,
      { token: admin.idToken },
    );
    expect(next.status).toBe(200);
    expect(next.body.items.map((e) => e.targetId)).toEqual([`b-${count - 1}`]);
    expect(next.body.nextCursor).toBeNull();
    expect(next.body.searchedBackTo).toBeUndefined();
    // The action alone reads ActionTimeIndex: the entry is on the first page of its window.
    const window = `from=${encodeURIComponent(feb(count - 1))}&to=${encodeURIComponent(feb(0))}`;
    const byAction = await api<AuditLogPage>(`/admin/audit-logs?action=settings.logo&${window}`, {
      token: admin.idToken,
    });
    expect(byAction.body.items.map((e) => e.targetId)).toContain(`b-${count - 1}`);
    expect(byAction.body.searchedBackTo).toBeUndefined();
  }, 120_000);
});
