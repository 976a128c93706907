import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  GetCommand,
  ScanCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import type {
  DocumentTally,
  DocumentListQuery,
  DocumentPatch,
  DocumentRecord,
  DocumentStore,
} from '../../ports/document-store';
import { DocumentNotFoundError } from '../../ports/document-store';
import { auditTransactItem } from './audit-item';
import { userIndexPage } from './user-index-page';
import { countItems } from './dynamo-estimation-store';
import { conditionFailed, conditionFailedAt } from './transaction-errors';

/** Document jobs on the documents table (UserIndex for the caller's list). */
export class DynamoDocumentStore implements DocumentStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tables: { documentsTable: string; auditTable: string },
  ) {}

  async get(documentId: string): Promise<DocumentRecord | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tables.documentsTable,
        Key: { documentId },
        ConsistentRead: true,
      }),
    );
    return (out.Item as DocumentRecord | undefined) ?? null;
  }

  async create(job: DocumentRecord, audit: AuditRecord): Promise<void> {
    await this.db.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tables.documentsTable,
              Item: { ...job },
              ConditionExpression: 'attribute_not_exists(documentId)',
            },
          },
          auditTransactItem(this.tables.auditTable, audit),
        ],
      }),
    );
  }

  async update(documentId: string, patch: DocumentPatch): Promise<DocumentRecord> {
    const fields = Object.entries(patch).filter(([, v]) => v !== undefined);
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets = fields.map(([k, v], i) => {
      names[`#f${i}`] = k;
      values[`:v${i}`] = v;
      return `#f${i} = :v${i}`;
    });
    try {
      const out = await this.db.send(
        new UpdateCommand({
          TableName: this.tables.documentsTable,
          Key: { documentId },
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: 'attribute_exists(documentId)',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return out.Attributes as DocumentRecord;
    } catch (err) {
      if (conditionFailed(err) || conditionFailedAt(err, 0)) {
        throw new DocumentNotFoundError(documentId);
      }
      throw err;
    }
  }

  async listByUser(query: DocumentListQuery): Promise<Page<DocumentRecord>> {
    return userIndexPage<DocumentRecord>(this.db, this.tables.documentsTable, 'documentId', query);
  }

  async countAll(): Promise<number> {
    return countItems(this.db, this.tables.documentsTable);
  }

  /** One Scan of the whole table reading two small attributes per job (`status`, `updatedAt`). */
  async readyByDay(sinceDay: string): Promise<DocumentTally> {
    const readyByDay: Record<string, number> = {};
    let total = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.db.send(
        new ScanCommand({
          TableName: this.tables.documentsTable,
          ProjectionExpression: '#s, updatedAt',
          ExpressionAttributeNames: { '#s': 'status' },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of out.Items ?? []) {
        total += 1;
        const day = String(item.updatedAt ?? '').slice(0, 10);
        if (item.status === 'ready' && day >= sinceDay)
          readyByDay[day] = (readyByDay[day] ?? 0) + 1;
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return { total, readyByDay };
  }
}
