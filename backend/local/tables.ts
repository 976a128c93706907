import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { AttributeDefinition, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TABLES, auditTimeBucket, physicalName } from '../../core';
import type { TableSpec } from '../../core';
import { waitFor } from './ports';

/**
 * Idempotent: the tables of core/api/storage-layout with their indexes and TTL. A table kept from
 * an older start gets the indexes added since (one UpdateTable each, the next once the last is
 * ACTIVE, as DynamoDB requires), and audit entries written before the TimeIndex existed get their
 * `timeBucket`. DynamoDB fills a new index from the items that hold its key attributes: every
 * audit entry holds `action` and `timestamp`, so ActionTimeIndex needs no back-fill.
 */
export async function createTables(dynamo: DynamoDBClient, envName: string): Promise<string[]> {
  const created: string[] = [];
  for (const spec of TABLES) {
    const name = physicalName(envName, spec.name);
    try {
      await dynamo.send(new CreateTableCommand(tableDefinition(name, spec)));
      created.push(name);
    } catch (err) {
      if (!(err instanceof ResourceInUseException)) throw err;
      await addMissingIndexes(dynamo, name, spec);
    }
    if (spec.ttlAttribute) {
      const ttl = await dynamo.send(new DescribeTimeToLiveCommand({ TableName: name }));
      if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
        await dynamo.send(
          new UpdateTimeToLiveCommand({
            TableName: name,
            TimeToLiveSpecification: { AttributeName: spec.ttlAttribute, Enabled: true },
          }),
        );
      }
    }
  }
  return created;
}

async function addMissingIndexes(
  dynamo: DynamoDBClient,
  name: string,
  spec: TableSpec,
): Promise<void> {
  const table = await dynamo.send(new DescribeTableCommand({ TableName: name }));
  const present = new Set((table.Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
  const definition = tableDefinition(name, spec);
  for (const index of definition.GlobalSecondaryIndexes ?? []) {
    if (present.has(index.IndexName)) continue;
    await dynamo.send(
      new UpdateTableCommand({
        TableName: name,
        AttributeDefinitions: definition.AttributeDefinitions,
        GlobalSecondaryIndexUpdates: [{ Create: index }],
      }),
    );
    await waitFor(`index ${index.IndexName} of ${name}`, async () => {
      const now = await dynamo.send(new DescribeTableCommand({ TableName: name }));
      const made = now.Table?.GlobalSecondaryIndexes?.find((i) => i.IndexName === index.IndexName);
      return made?.IndexStatus === 'ACTIVE';
    });
    if (spec.name === 'audit-logs' && index.IndexName === 'TimeIndex') {
      await backfillAuditTimeBuckets(dynamo, name);
    }
  }
}

/** Gives every audit entry without a `timeBucket` the month of its timestamp. */
export async function backfillAuditTimeBuckets(
  client: DynamoDBClient,
  tableName: string,
): Promise<number> {
  const db = DynamoDBDocumentClient.from(client);
  let startKey: Record<string, unknown> | undefined;
  let updated = 0;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'attribute_not_exists(timeBucket)',
        ProjectionExpression: 'logId, #ts',
        ExpressionAttributeNames: { '#ts': 'timestamp' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) {
      if (typeof item.timestamp !== 'string') continue;
      await db.send(
        new UpdateCommand({
          TableName: tableName,
          Key: { logId: item.logId },
          UpdateExpression: 'SET timeBucket = :b',
          ExpressionAttributeValues: { ':b': auditTimeBucket(item.timestamp) },
        }),
      );
      updated++;
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return updated;
}

/** CreateTable's input for a spec of core/api/storage-layout. */
export function tableDefinition(name: string, spec: TableSpec) {
  const keys = new Set<string>([spec.partitionKey, ...(spec.sortKey ? [spec.sortKey] : [])]);
  for (const index of spec.indexes) {
    keys.add(index.partitionKey);
    if (index.sortKey) keys.add(index.sortKey);
  }
  const AttributeDefinitions: AttributeDefinition[] = [...keys].map((k) => ({
    AttributeName: k,
    AttributeType: 'S',
  }));
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions,
    KeySchema: [
      { AttributeName: spec.partitionKey, KeyType: 'HASH' as const },
      ...(spec.sortKey ? [{ AttributeName: spec.sortKey, KeyType: 'RANGE' as const }] : []),
    ],
    ...(spec.indexes.length
      ? {
          GlobalSecondaryIndexes: spec.indexes.map((index) => ({
            IndexName: index.name,
            KeySchema: [
              { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
              ...(index.sortKey
                ? [{ AttributeName: index.sortKey, KeyType: 'RANGE' as const }]
                : []),
            ],
            Projection: { ProjectionType: 'ALL' as const },
          })),
        }
      : {}),
  };
}
