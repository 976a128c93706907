import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchGetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { UsageCounterName, UsageCounters } from '../../ports/usage-counters';
import { hourBucket, lastHours } from '../memory/memory-usage-counters';

/** Hourly counters `usage#<name>#<hour>` in the rate-limits table (TTL: 3 days). */
export class DynamoUsageCounters implements UsageCounters {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async increment(name: UsageCounterName, at: Date): Promise<void> {
    await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { bucketId: `usage#${name}#${hourBucket(at)}` },
        UpdateExpression: 'ADD #count :one SET expiresAt = if_not_exists(expiresAt, :exp)',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: {
          ':one': 1,
          ':exp': Math.floor(at.getTime() / 1000) + 3 * 86_400,
        },
      }),
    );
  }

  async sumSince(name: UsageCounterName, now: Date, hours: number): Promise<number> {
    const keys = lastHours(now, hours).map((h) => ({ bucketId: `usage#${name}#${h}` }));
    let sum = 0;
    for (let i = 0; i < keys.length; i += 100) {
      const out = await this.db.send(
        new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keys.slice(i, i + 100) } } }),
      );
      for (const item of out.Responses?.[this.table] ?? []) sum += Number(item.count ?? 0);
    }
    return sum;
  }
}
