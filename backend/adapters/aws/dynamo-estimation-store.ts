import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Estimation, Page } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import type { EstimationListQuery, EstimationStore } from '../../ports/estimation-store';
import {
  EstimationExistsError,
  EstimationNotFoundError,
  VersionConflictError,
} from '../../ports/estimation-store';
import { auditTransactItem } from './audit-item';
import { decodeKey, encodeKey } from './dynamo-cursor';
import { userIndexPage } from './user-index-page';
import { conditionFailedAt } from './transaction-errors';

export interface DynamoEstimationStoreOptions {
  readonly estimationsTable: string;
  readonly auditTable: string;
}

/**
 * EstimationStore on the estimations table. Writes are TransactWriteItems of the change and its
 * audit entry; `replace` is conditioned on the stored version, so a stale writer changes nothing.
 */
export class DynamoEstimationStore implements EstimationStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tables: DynamoEstimationStoreOptions,
  ) {}

  async get(estimationId: string): Promise<Estimation | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tables.estimationsTable,
        Key: { estimationId },
        ConsistentRead: true,
      }),
    );
    return (out.Item as Estimation | undefined) ?? null;
  }

  async listByUser(query: EstimationListQuery): Promise<Page<Estimation>> {
    return userIndexPage<Estimation>(this.db, this.tables.estimationsTable, 'estimationId', query);
  }

  async create(estimation: Estimation, audit: AuditRecord): Promise<void> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tables.estimationsTable,
                Item: { ...estimation },
                ConditionExpression: 'attribute_not_exists(estimationId)',
              },
            },
            auditTransactItem(this.tables.auditTable, audit),
          ],
        }),
      );
    } catch (err) {
      if (conditionFailedAt(err, 0)) throw new EstimationExistsError(estimation.estimationId);
      throw err;
    }
  }

  async replace(next: Estimation, expectedVersion: number, audit: AuditRecord): Promise<void> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tables.estimationsTable,
                Item: { ...next },
                ConditionExpression: 'attribute_exists(estimationId) AND #version = :expected',
                ExpressionAttributeNames: { '#version': 'version' },
                ExpressionAttributeValues: { ':expected': expectedVersion },
              },
            },
            auditTransactItem(this.tables.auditTable, audit),
          ],
        }),
      );
    } catch (err) {
      if (!conditionFailedAt(err, 0)) throw err;
      // The condition covers both cases; a read tells the caller which one it was.
      if (!(await this.get(next.estimationId)))
        throw new EstimationNotFoundError(next.estimationId);
      throw new VersionConflictError(next.estimationId, expectedVersion);
    }
  }

  async delete(estimationId: string, audit: AuditRecord): Promise<void> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: this.tables.estimationsTable,
                Key: { estimationId },
                ConditionExpression: 'attribute_exists(estimationId)',
              },
            },
            auditTransactItem(this.tables.auditTable, audit),
          ],
        }),
      );
    } catch (err) {
      if (conditionFailedAt(err, 0)) throw new EstimationNotFoundError(estimationId);
      throw err;
    }
  }

  async scanAll(page: { cursor?: string; limit: number }): Promise<Page<Estimation>> {
    const scope = `${this.tables.estimationsTable}|scan`;
    const out = await this.db.send(
      new ScanCommand({
        TableName: this.tables.estimationsTable,
        Limit: page.limit,
        ExclusiveStartKey: await decodeKey(page.cursor, scope, ['estimationId']),
      }),
    );
    return {
      items: (out.Items ?? []) as Estimation[],
      nextCursor: await encodeKey(out.LastEvaluatedKey, scope),
    };
  }

  async countAll(): Promise<number> {
    return countItems(this.db, this.tables.estimationsTable);
  }
}

/** Scan with Select COUNT, following pages (admin metrics only; not on a hot path). */
export async function countItems(db: DynamoDBDocumentClient, table: string): Promise<number> {
  let total = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await db.send(
      new ScanCommand({ TableName: table, Select: 'COUNT', ExclusiveStartKey: startKey }),
    );
    total += out.Count ?? 0;
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return total;
}
