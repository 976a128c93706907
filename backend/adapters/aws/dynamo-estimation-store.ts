import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Estimation, EstimationPart, Page } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import type { BlobStore } from '../../ports/blob-store';
import type {
  EncodedPart,
  EstimationListQuery,
  EstimationParts,
  EstimationRecord,
  EstimationStore,
  EstimationWrite,
  SweepReport,
} from '../../ports/estimation-store';
import {
  EstimationExistsError,
  EstimationNotFoundError,
  VersionConflictError,
} from '../../ports/estimation-store';
import {
  deleteQuietly,
  partKeys,
  presignParts,
  putParts,
  readConsistent,
  readPart,
  readParts,
  recordOf,
  sweepParts,
} from '../estimation-parts';
import { auditTransactItem } from './audit-item';
import { decodeKey, encodeKey } from './dynamo-cursor';
import { userIndexPage } from './user-index-page';
import { conditionFailedAt } from './transaction-errors';

export interface DynamoEstimationStoreOptions {
  readonly estimationsTable: string;
  readonly auditTable: string;
}

/**
 * EstimationStore on the estimations table (index records) and the estimations bucket (parts).
 * A write puts its new parts, then commits the record and its audit entry in one
 * TransactWriteItems — conditioned on the stored version for `replace` — and only then deletes
 * the parts the record no longer names. Parts of a write that did not commit are deleted at once
 * when the failure is seen, and by `sweepParts` when the process died first.
 */
export class DynamoEstimationStore implements EstimationStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly blobs: BlobStore,
    private readonly tables: DynamoEstimationStoreOptions,
  ) {}

  async getRecord(estimationId: string): Promise<EstimationRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tables.estimationsTable,
        Key: { estimationId },
        ConsistentRead: true,
      }),
    );
    return (out.Item as EstimationRecord | undefined) ?? null;
  }

  async get(estimationId: string): Promise<Estimation | null> {
    return readConsistent(this.blobs, () => this.getRecord(estimationId));
  }

  readParts(record: EstimationRecord): Promise<Estimation> {
    return readParts(this.blobs, record);
  }

  readPart(record: EstimationRecord, part: EstimationPart): Promise<EncodedPart | null> {
    return readPart(this.blobs, record, part);
  }

  partUrls(record: EstimationRecord, expiresInSeconds: number): Promise<EstimationParts<string>> {
    return presignParts(this.blobs, record, expiresInSeconds);
  }

  async listByUser(query: EstimationListQuery): Promise<Page<EstimationRecord>> {
    return userIndexPage<EstimationRecord>(
      this.db,
      this.tables.estimationsTable,
      'estimationId',
      query,
    );
  }

  async create(estimation: EstimationWrite, audit: AuditRecord): Promise<EstimationRecord> {
    const { parts, written } = await putParts(this.blobs, estimation);
    const record = recordOf(estimation, parts);
    try {
      await this.commit(record, 'attribute_not_exists(estimationId)', {}, audit);
    } catch (err) {
      await deleteQuietly(this.blobs, written);
      if (conditionFailedAt(err, 0)) throw new EstimationExistsError(estimation.estimationId);
      throw err;
    }
    return record;
  }

  async replace(
    next: EstimationWrite,
    expectedVersion: number,
    audit: AuditRecord,
  ): Promise<EstimationRecord> {
    const before = await this.getRecord(next.estimationId);
    const { parts, written } = await putParts(this.blobs, next);
    const record = recordOf(next, parts);
    try {
      await this.commit(
        record,
        'attribute_exists(estimationId) AND #version = :expected',
        { ':expected': expectedVersion },
        audit,
      );
    } catch (err) {
      await deleteQuietly(this.blobs, written);
      if (!conditionFailedAt(err, 0)) throw err;
      // The condition covers both cases; a read tells the caller which one it was.
      if (!(await this.getRecord(next.estimationId)))
        throw new EstimationNotFoundError(next.estimationId);
      throw new VersionConflictError(next.estimationId, expectedVersion);
    }
    if (before?.version === expectedVersion) {
      const kept = new Set(partKeys(record));
      await deleteQuietly(
        this.blobs,
        partKeys(before).filter((k) => !kept.has(k)),
      );
    }
    return record;
  }

  async delete(estimationId: string, audit: AuditRecord): Promise<void> {
    const before = await this.getRecord(estimationId);
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
    if (before) await deleteQuietly(this.blobs, partKeys(before));
  }

  async scanAll(page: { cursor?: string; limit: number }): Promise<Page<EstimationRecord>> {
    const scope = `${this.tables.estimationsTable}|scan`;
    const out = await this.db.send(
      new ScanCommand({
        TableName: this.tables.estimationsTable,
        Limit: page.limit,
        ExclusiveStartKey: await decodeKey(page.cursor, scope, ['estimationId']),
      }),
    );
    return {
      items: (out.Items ?? []) as EstimationRecord[],
      nextCursor: await encodeKey(out.LastEvaluatedKey, scope),
    };
  }

  async countAll(): Promise<number> {
    return countItems(this.db, this.tables.estimationsTable);
  }

  sweepParts(options: { olderThan: Date }): Promise<SweepReport> {
    return sweepParts(this.blobs, (id) => this.getRecord(id), options.olderThan);
  }

  /** The commit point: the record and its audit entry, in one transaction. */
  private async commit(
    record: EstimationRecord,
    condition: string,
    values: Record<string, unknown>,
    audit: AuditRecord,
  ): Promise<void> {
    const versioned = condition.includes('#version');
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tables.estimationsTable,
              Item: { ...record },
              ConditionExpression: condition,
              ...(versioned
                ? {
                    ExpressionAttributeNames: { '#version': 'version' },
                    ExpressionAttributeValues: values,
                  }
                : {}),
            },
          },
          auditTransactItem(this.tables.auditTable, audit),
        ],
      }),
    );
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
