/**
 * Audit-log filter benchmark: `node --import tsx bench/audit-filter.bench.ts` (or `npm run bench
 * -- audit`). Starts DynamoDB Local in memory on a free port, creates the tables, seeds
 * AUDIT_BENCH_ENTRIES (default 100,000) audit entries (bench/audit-seed.ts: three months, 41
 * users, a realistic action mix) and reads pages through DynamoAuditReader as GET
 * /admin/audit-logs does, counting the Queries, the round trips (Queries sent together, as a user
 * + action page's two probes are, count once), the items DynamoDB read (ScannedCount) and the
 * read capacity it reports; "every page" rows follow the cursor to the end. Figures only, no
 * target.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { performance } from 'node:perf_hooks';
import { DynamoAuditReader } from '../backend/adapters/aws/dynamo-audit-reader';
import { createTables } from '../backend/local/tables';
import { startDynamoDb } from '../backend/local/emulators';
import { freePort } from '../backend/local/ports';
import type { AuditQuery } from '../backend/ports/audit-query';
import { physicalName } from '../core';
import { ADMIN_USER, seedRecords, writeSeed } from './audit-seed';

// The SDK's Node-version notice would land in the figures; the reader signs cursors with a key per
// process when DYNAMODB_ENDPOINT is set (backend/adapters/cursor-key.ts).
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const ENTRIES = Number(process.env.AUDIT_BENCH_ENTRIES ?? 100_000);
const NOW = new Date('2026-12-06T12:00:00.000Z');

interface Tally {
  queries: number;
  /** Waits for DynamoDB one after another: Queries sent together (a probe) count once. */
  roundTrips: number;
  scanned: number;
  capacity: number;
}

/** Counts every Query the client sends, with ReturnConsumedCapacity asked for. */
function counted(client: DynamoDBClient): Tally {
  const tally: Tally = { queries: 0, roundTrips: 0, scanned: 0, capacity: 0 };
  let inFlight = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'QueryCommand') return next(args);
      (args.input as { ReturnConsumedCapacity?: string }).ReturnConsumedCapacity = 'TOTAL';
      if (inFlight === 0) tally.roundTrips += 1;
      inFlight += 1;
      const out = await next(args).finally(() => (inFlight -= 1));
      const body = out.output as {
        ScannedCount?: number;
        ConsumedCapacity?: { CapacityUnits?: number };
      };
      tally.queries += 1;
      tally.scanned += body.ScannedCount ?? 0;
      tally.capacity += body.ConsumedCapacity?.CapacityUnits ?? 0;
      return out;
    },
    { step: 'initialize', name: 'benchQueryTally' },
  );
  return tally;
}

type Scenario = readonly [
  name: string,
  query: Omit<AuditQuery, 'limit' | 'cursor'>,
  pages: 'first' | 'all',
];

function scenarios(): Scenario[] {
  return [
    ['no filter', {}, 'first'],
    ['rare action (user.invite)', { action: 'user.invite' }, 'first'],
    ['rare action (user.invite), every page', { action: 'user.invite' }, 'all'],
    ['common action (estimation.update)', { action: 'estimation.update' }, 'first'],
    ['user only (user-05)', { userId: 'user-05' }, 'first'],
    [
      'rare action + its user (user.invite, user-00)',
      { action: 'user.invite', userId: ADMIN_USER },
      'first',
    ],
    ['rare action + its user, every page', { action: 'user.invite', userId: ADMIN_USER }, 'all'],
    [
      'rare action shared by users + heavy user (admin.ip-refused, user-00)',
      { action: 'admin.ip-refused', userId: ADMIN_USER },
      'all',
    ],
    [
      'less common action + heavy user (estimation.migrate, user-00)',
      { action: 'estimation.migrate', userId: ADMIN_USER },
      'first',
    ],
    [
      'rare action + another user (settings.update, user-05)',
      { action: 'settings.update', userId: 'user-05' },
      'first',
    ],
    [
      'common action + heavy user (estimation.update, user-00)',
      { action: 'estimation.update', userId: ADMIN_USER },
      'first',
    ],
    [
      'common action + light user (estimation.update, user-30)',
      { action: 'estimation.update', userId: 'user-30' },
      'first',
    ],
  ];
}

async function run(reader: DynamoAuditReader, tally: Tally, s: Scenario) {
  const [, filters, pages] = s;
  Object.assign(tally, { queries: 0, roundTrips: 0, scanned: 0, capacity: 0 });
  const t0 = performance.now();
  let requests = 0;
  let items = 0;
  let cursor: string | undefined;
  do {
    const page = await reader.query({ ...filters, limit: 50, cursor });
    requests += 1;
    items += page.items.length;
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages === 'all');
  return { ...tally, ms: performance.now() - t0, requests, items };
}

async function main(): Promise<void> {
  const port = await freePort();
  const dynamo = await startDynamoDb({ port });
  process.env.DYNAMODB_ENDPOINT = dynamo.url;
  try {
    const client = new DynamoDBClient({
      endpoint: dynamo.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    });
    await createTables(client, 'bench');
    const table = physicalName('bench', 'audit-logs');
    const db = DynamoDBDocumentClient.from(client);
    const records = seedRecords(ENTRIES);
    const t0 = performance.now();
    await writeSeed(db, table, records);
    const seeded = ((performance.now() - t0) / 1000).toFixed(1);
    const count = (f: (r: (typeof records)[number]) => boolean) => records.filter(f).length;
    console.log(`## Audit-log filters (bench/audit-filter.bench.ts)\n`);
    console.log(
      `${ENTRIES.toLocaleString('en')} entries seeded in ${seeded} s (DynamoDB Local, in memory): ` +
        `user.invite ${count((r) => r.action === 'user.invite')}, settings.update ${count((r) => r.action === 'settings.update')}, ` +
        `estimation.update ${count((r) => r.action === 'estimation.update')}; user-00 ${count((r) => r.userId === ADMIN_USER)}, ` +
        `user-05 ${count((r) => r.userId === 'user-05')}, user-30 ${count((r) => r.userId === 'user-30')} entries; ` +
        `admin.ip-refused ${count((r) => r.action === 'admin.ip-refused')} (user-00 ${count((r) => r.action === 'admin.ip-refused' && r.userId === ADMIN_USER)}), ` +
        `estimation.migrate ${count((r) => r.action === 'estimation.migrate')} (user-00 ${count((r) => r.action === 'estimation.migrate' && r.userId === ADMIN_USER)}).\n`,
    );
    const tally = counted(client);
    const reader = new DynamoAuditReader(db, table, { now: () => NOW });
    await reader.query({ limit: 1 });
    console.log(
      '| page of 50, newest first | API requests (pages) | Queries | round trips | items read | read capacity (RCU) | entries | wall |',
    );
    console.log('|---|---|---|---|---|---|---|---|');
    for (const s of scenarios()) {
      const r = await run(reader, tally, s);
      console.log(
        `| ${s[0]} | ${r.requests} | ${r.queries} | ${r.roundTrips} | ${r.scanned.toLocaleString('en')} | ${r.capacity.toFixed(1)} | ${r.items} | ${Math.round(r.ms)} ms |`,
      );
    }
  } finally {
    await dynamo.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
