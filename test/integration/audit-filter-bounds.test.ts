import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { awsClients } from '../../backend/adapters/aws-clients';
import { auditItem } from '../../backend/adapters/aws/audit-item';
import { DynamoAuditReader } from '../../backend/adapters/aws/dynamo-audit-reader';
import { DynamoAuditWriter } from '../../backend/adapters/aws/dynamo-audit-writer';
import { encodeKey } from '../../backend/adapters/aws/dynamo-cursor';
import { loadConfig, tableName } from '../../backend/config/env';
import { startDynamoDb } from '../../backend/local/emulators';
import type { Emulator } from '../../backend/local/emulators';
import { freePort } from '../../backend/local/ports';
import { createTables, tableDefinition } from '../../backend/local/tables';
import type { AuditRecord } from '../../backend/ports/audit-log';
import type { AuditQuery } from '../../backend/ports/audit-query';
import { AUDIT_MAX_EXAMINED, auditScope } from '../../backend/ports/audit-query';
import type { ApiErrorBody, AuditLogEntry, AuditLogPage } from '../../core';
import { CURSOR_EXPIRED, TABLES } from '../../core';
import { sampleAudit } from '../contracts/fixtures';
import type { TestUser } from '../helpers/stack-client';
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

describe('GET /admin/audit-logs with a user and an action: the narrower side, bounded per request', () => {
  const table = tableName(config, 'audit-logs');
  const count = AUDIT_MAX_EXAMINED + 10;
  const userId = `bound-${randomUUID()}`;
  let admin: TestUser;
  let window: string;
  const get = (path: string) => api<AuditLogPage>(path, { token: admin.idToken });
  const cursorOf = (key: Record<string, string>, filters: Omit<AuditQuery, 'limit'>) =>
    encodeKey(key, `${table}|${auditScope({ ...filters, limit: 50 })}`);

  beforeAll(async () => {
    admin = await createTestUser('Admin', 'boundaudit');
    // One user's entries a second apart; the oldest two are a logo and a settings change. Others
    // change settings four times a second in the newest 25 s: that action's partition is the
    // denser there, while the logo is rare in the window.
    const mine = Array.from({ length: count }, (_, i) =>
      sampleAudit(`b-${i}`, 'estimation.update', { userId, timestamp: feb(i) }),
    );
    mine[count - 1] = sampleAudit(`b-${count - 1}`, 'settings.logo', {
      userId,
      timestamp: feb(count - 1),
    });
    mine[count - 2] = sampleAudit(`b-${count - 2}`, 'settings.update', {
      userId,
      timestamp: feb(count - 2),
    });
    const others = Array.from({ length: 100 }, (_, i) =>
      sampleAudit(`o-${randomUUID()}`, 'settings.update', {
        timestamp: new Date(Date.parse(feb(0)) - 100 - i * 250).toISOString(),
      }),
    );
    await putAll(table, [...mine, ...others]);
    window = `from=${encodeURIComponent(feb(count - 1))}&to=${encodeURIComponent(feb(0))}`;
  }, 120_000);

  it(`a rare action of a user with more than ${AUDIT_MAX_EXAMINED} entries is one page: read through the action's index`, async () => {
    const res = await get(`/admin/audit-logs?userId=${userId}&action=settings.logo&${window}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e) => e.targetId)).toEqual([`b-${count - 1}`]);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.searchedBackTo).toBeUndefined();
  });

  it(`when the action is the denser, looks at ${AUDIT_MAX_EXAMINED} entries per page, says how far back, then goes on`, async () => {
    const path = `/admin/audit-logs?userId=${userId}&action=settings.update&${window}&limit=50`;
    const first = await get(path);
    expect(first.status).toBe(200);
    expect(first.body.items).toEqual([]);
    // The probes looked at 50 of each side; the user's side then up to the bound in all.
    expect(first.body.searchedBackTo).toBe(feb(AUDIT_MAX_EXAMINED - 50 - 1));
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const next = await get(`${path}&cursor=${encodeURIComponent(first.body.nextCursor!)}`);
    expect(next.status).toBe(200);
    expect(next.body.items.map((e) => e.targetId)).toEqual([`b-${count - 2}`]);
    expect(next.body.nextCursor).toBeNull();
    expect(next.body.searchedBackTo).toBeUndefined();
    // The action alone reads ActionTimeIndex: the logo is on the first page of its window.
    const byAction = await get(`/admin/audit-logs?action=settings.logo&${window}`);
    expect(byAction.body.items.map((e) => e.targetId)).toContain(`b-${count - 1}`);
    expect(byAction.body.searchedBackTo).toBeUndefined();
  });

  it("a cursor of the user's index issued before the probe (DECISIONS 99) still goes on", async () => {
    const filters = { userId, action: 'settings.update', from: feb(count - 1), to: feb(0) };
    const i = AUDIT_MAX_EXAMINED - 1;
    const cursor = await cursorOf({ logId: `b-${i}`, userId, timestamp: feb(i) }, filters);
    const path = `/admin/audit-logs?userId=${userId}&action=settings.update&${window}`;
    const res = await get(`${path}&cursor=${encodeURIComponent(cursor!)}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((e) => e.targetId)).toEqual([`b-${count - 2}`]);
  });

  it('an action cursor of the TimeIndex filter before ActionTimeIndex is a 400 CursorExpired, for the list and the export', async () => {
    const filters = { action: 'settings.logo', from: feb(count - 1), to: feb(0) };
    const i = 20;
    const old = await cursorOf(
      { logId: `b-${i}`, timeBucket: '2026-02', timestamp: feb(i) },
      filters,
    );
    const startOfMonth = await cursorOf(
      { logId: '', timeBucket: '2026-01', timestamp: '9999' },
      filters,
    );
    for (const cursor of [old!, startOfMonth!]) {
      const q = `action=settings.logo&${window}&cursor=${encodeURIComponent(cursor)}`;
      for (const path of [`/admin/audit-logs?${q}`, `/admin/audit-logs/export?format=csv&${q}`]) {
        const res = await api<ApiErrorBody>(path, { token: admin.idToken });
        expect(res.status).toBe(400);
        expect(res.body.error).toBe(CURSOR_EXPIRED);
        expect(res.body.message).toContain('start again without a cursor');
        expect(res.body.details).toMatchObject({
          issues: [{ path: '$.cursor' }],
          restartFromFirstPage: true,
        });
      }
    }
    // Altered, it is not ours: the plain 400 of a bad cursor.
    const altered = `${old!.slice(0, -2)}AA`;
    const res = await api<ApiErrorBody>(
      `/admin/audit-logs?action=settings.logo&${window}&cursor=${encodeURIComponent(altered)}`,
      { token: admin.idToken },
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('ValidationFailed');
  });
});
