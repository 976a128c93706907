import type { BatchGetCommandOutput, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchGetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { UsageCounterName, UsageCounters } from '../../ports/usage-counters';
import { USAGE_COUNTER_DAYS, hoursOfDays, lastDays } from '../../ports/usage-counters';
import { hourBucket, lastHours } from '../memory/memory-usage-counters';

/** Hourly counters `usage#<name>#<hour>` in the rate-limits table (TTL: USAGE_COUNTER_DAYS). */
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
          ':exp': Math.floor(at.getTime() / 1000) + USAGE_COUNTER_DAYS * 86_400,
        },
      }),
    );
  }

  async sumSince(name: UsageCounterName, now: Date, hours: number): Promise<number> {
    const counts = await this.read(name, lastHours(now, hours));
    let sum = 0;
    for (const n of counts.values()) sum += n;
    return sum;
  }

  async byDay(name: UsageCounterName, now: Date, days: number): Promise<number[]> {
    const dayList = lastDays(now, days);
    const counts = await this.read(name, hoursOfDays(dayList));
    const perDay = new Map<string, number>();
    for (const [hour, n] of counts)
      perDay.set(hour.slice(0, 10), (perDay.get(hour.slice(0, 10)) ?? 0) + n);
    return dayList.map((d) => perDay.get(d) ?? 0);
  }

  /** The stored buckets of these hours (absent = 0), 100 keys per BatchGet, unprocessed keys retried. */
  private async read(
    name: UsageCounterName,
    hours: readonly string[],
  ): Promise<Map<string, number>> {
    const prefix = `usage#${name}#`;
    const counts = new Map<string, number>();
    for (let i = 0; i < hours.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = hours
        .slice(i, i + 100)
        .map((h) => ({ bucketId: `${prefix}${h}` }));
      for (let attempt = 0; keys?.length && attempt < 5; attempt++) {
        const out: BatchGetCommandOutput = await this.db.send(
          new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keys } } }),
        );
        for (const item of out.Responses?.[this.table] ?? [])
          counts.set(String(item.bucketId).slice(prefix.length), Number(item.count ?? 0));
        keys = out.UnprocessedKeys?.[this.table]?.Keys;
      }
      if (keys?.length)
        throw new Error(`usage counters: ${keys.length} buckets unread after 5 attempts`);
    }
    return counts;
  }
}
