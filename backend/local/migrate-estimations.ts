import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Estimation } from '../../core';
import { putParts } from '../adapters/estimation-parts';
import { auditTransactItem } from '../adapters/aws/audit-item';
import type { BlobStore } from '../ports/blob-store';
import type { EstimationWrite } from '../ports/estimation-store';
import { comparisonFigures, resultFigures } from '../use-cases/shared/figures';
import { encodeJson } from '../use-cases/shared/json-part';

/**
 * Estimations saved before issue 13 are one DynamoDB item holding everything. Nothing of that
 * shape was deployed to AWS, so only a developer's `.local/` data can hold them: `npm start`
 * moves each one to the new shape (parts in the estimations bucket, index record in the table,
 * version unchanged, one `estimation.migrate` audit entry) before the API starts. An item
 * changed meanwhile is left for the next start (the write is conditioned on its version).
 */
export async function migrateLegacyEstimations(
  db: DynamoDBDocumentClient,
  blobs: BlobStore,
  tables: { estimationsTable: string; auditTable: string },
): Promise<number> {
  let migrated = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(
      new ScanCommand({
        TableName: tables.estimationsTable,
        FilterExpression: 'attribute_exists(requirements) AND attribute_not_exists(parts)',
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of (page.Items ?? []) as Estimation[]) {
      await migrateOne(db, blobs, tables, item);
      migrated++;
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return migrated;
}

async function migrateOne(
  db: DynamoDBDocumentClient,
  blobs: BlobStore,
  tables: { estimationsTable: string; auditTable: string },
  legacy: Estimation,
): Promise<void> {
  const { requirements, result, comparison, ...header } = legacy;
  const write: EstimationWrite = {
    ...header,
    figures: {
      items: requirements.items.length,
      ...resultFigures(result),
      ...comparisonFigures(comparison),
    },
    parts: {
      requirements: await encodeJson(requirements),
      result: result ? await encodeJson(result) : null,
      comparison: comparison ? await encodeJson(comparison) : null,
    },
  };
  const { parts } = await putParts(blobs, write);
  await db.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: tables.estimationsTable,
            Item: { ...write, parts },
            ConditionExpression: '#version = :v AND attribute_exists(requirements)',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':v': legacy.version },
          },
        },
        auditTransactItem(tables.auditTable, {
          logId: randomUUID(),
          userId: 'system',
          userEmail: 'system',
          action: 'estimation.migrate',
          targetType: 'estimation',
          targetId: legacy.estimationId,
          timestamp: new Date().toISOString(),
          requestId: 'local-migration',
          changes: { storage: ['one item', 'index record + parts'] },
        }),
      ],
    }),
  );
}
