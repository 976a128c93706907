import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../../core';
import { decodeKey, encodeKey } from './dynamo-cursor';

/**
 * One page of a user's items through a table's `UserIndex` (userId + createdAt), newest first.
 * DynamoDB may return fewer items than asked; keep querying until the page is full or the index ends.
 */
export async function userIndexPage<T>(
  db: DynamoDBDocumentClient,
  tableName: string,
  tableKey: string,
  query: { userId: string; limit: number; cursor?: string },
): Promise<Page<T>> {
  const items: T[] = [];
  const scope = `${tableName}|UserIndex|${query.userId}`;
  let startKey = await decodeKey(query.cursor, scope, [tableKey, 'userId', 'createdAt']);
  do {
    const out = await db.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: 'UserIndex',
        KeyConditionExpression: 'userId = :u',
        ExpressionAttributeValues: { ':u': query.userId },
        ScanIndexForward: false,
        Limit: query.limit - items.length,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...((out.Items ?? []) as T[]));
    startKey = out.LastEvaluatedKey;
  } while (startKey && items.length < query.limit);
  return { items, nextCursor: await encodeKey(startKey, scope) };
}
