import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RateDecision, RateLimiter } from '../../ports/rate-limiter';
import { decide } from '../memory/memory-rate-limiter';

/**
 * One atomic ADD per request on `rl#<key>#<minute>` in the rate-limits table, so every Lambda
 * container shares the count. Items expire by TTL two minutes after their window.
 */
export class DynamoRateLimiter implements RateLimiter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly limitPerMinute: number,
  ) {}

  async hit(key: string, now: Date): Promise<RateDecision> {
    const window = Math.floor(now.getTime() / 60_000);
    const out = await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { bucketId: `rl#${key}#${window}` },
        UpdateExpression: 'ADD #count :one SET expiresAt = if_not_exists(expiresAt, :exp)',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':exp': (window + 3) * 60 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    const count = Number((out.Attributes as { count?: number } | undefined)?.count ?? 1);
    return decide(count, this.limitPerMinute, now);
  }
}
