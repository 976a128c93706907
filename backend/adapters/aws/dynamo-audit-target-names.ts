import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditTargetNames, NamedTargetType, TargetRef } from '../../ports/audit-targets';
import { documentName, targetKey } from '../../ports/audit-targets';

/** BatchGetItem takes at most 100 keys per request. */
const BATCH = 100;
const ATTEMPTS = 5;

interface TableOf {
  readonly table: string;
  readonly key: string;
  /** The attributes read (a projection: never an estimation's whole record). */
  readonly projection: readonly string[];
  readonly name: (item: Record<string, unknown>) => string;
}

/**
 * Names from the users, estimations and documents tables with BatchGetItem: one request per 100
 * targets across the three tables, projected to the key and the name; unprocessed keys retried.
 */
export class DynamoAuditTargetNames implements AuditTargetNames {
  private readonly tables: Readonly<Record<NamedTargetType, TableOf>>;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    names: { usersTable: string; estimationsTable: string; documentsTable: string },
  ) {
    this.tables = {
      user: {
        table: names.usersTable,
        key: 'userId',
        projection: ['userId', 'email'],
        name: (i) => String(i.email),
      },
      estimation: {
        table: names.estimationsTable,
        key: 'estimationId',
        projection: ['estimationId', 'name'],
        name: (i) => String(i.name),
      },
      document: {
        table: names.documentsTable,
        key: 'documentId',
        projection: ['documentId', 'fileName', 'format'],
        name: (i) =>
          documentName({
            fileName: (i.fileName as string | null) ?? null,
            format: String(i.format),
          }),
      },
    };
  }

  async names(targets: readonly TargetRef[]): Promise<ReadonlyMap<string, string>> {
    const unique = [...new Map(targets.map((t) => [targetKey(t), t])).values()];
    const out = new Map<string, string>();
    for (let i = 0; i < unique.length; i += BATCH)
      await this.batch(unique.slice(i, i + BATCH), out);
    return out;
  }

  private async batch(targets: readonly TargetRef[], out: Map<string, string>): Promise<void> {
    let request = this.requestItems(targets);
    for (let attempt = 0; attempt < ATTEMPTS && request; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
      const res = await this.db.send(new BatchGetCommand({ RequestItems: request }));
      for (const type of Object.keys(this.tables) as NamedTargetType[]) {
        const t = this.tables[type];
        for (const item of res.Responses?.[t.table] ?? [])
          out.set(targetKey({ type, id: String(item[t.key]) }), t.name(item));
      }
      const left = res.UnprocessedKeys;
      request = left && Object.keys(left).length > 0 ? (left as typeof request) : undefined;
    }
    if (request) throw new Error(`audit target names: keys unread after ${ATTEMPTS} attempts`);
  }

  private requestItems(targets: readonly TargetRef[]) {
    const items: NonNullable<ConstructorParameters<typeof BatchGetCommand>[0]['RequestItems']> = {};
    for (const type of Object.keys(this.tables) as NamedTargetType[]) {
      const ids = targets.filter((t) => t.type === type).map((t) => t.id);
      if (ids.length === 0) continue;
      const t = this.tables[type];
      items[t.table] = {
        Keys: ids.map((id) => ({ [t.key]: id })),
        ProjectionExpression: t.projection.map((_, i) => `#a${i}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(t.projection.map((a, i) => [`#a${i}`, a])),
      };
    }
    return Object.keys(items).length > 0 ? items : undefined;
  }
}
