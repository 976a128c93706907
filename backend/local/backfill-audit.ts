/**
 * `npm run audit:backfill -- --table <physical audit table>`: gives audit entries written before
 * the TimeIndex existed their `timeBucket` (DECISIONS.md 40). Uses the default AWS credentials and
 * region, or DYNAMODB_ENDPOINT when set (a local table; `npm start` does this by itself).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { backfillAuditTimeBuckets } from './tables';

async function main(): Promise<void> {
  const at = process.argv.indexOf('--table');
  const table = at >= 0 ? process.argv[at + 1] : undefined;
  if (!table)
    throw new Error(
      'Name the audit table: npm run audit:backfill -- --table aws-cost-dev-audit-logs',
    );
  const client = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT || undefined });
  const updated = await backfillAuditTimeBuckets(client, table);
  console.log(`${table}: ${updated} audit entr${updated === 1 ? 'y' : 'ies'} given a timeBucket.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
