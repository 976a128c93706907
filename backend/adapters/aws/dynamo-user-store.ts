import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, QueryCommand, ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { Page, UserProfile } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import type { UserPatch, UserQuery, UserStore } from '../../ports/user-store';
import { UserNotFoundError } from '../../ports/user-store';
import { auditTransactItem } from './audit-item';
import { decodeKey, encodeKey } from './dynamo-cursor';

export interface DynamoUserStoreOptions {
  readonly usersTable: string;
  readonly auditTable: string;
}

/** UserStore on the users table (EmailIndex); every change and its audit entry in one transaction. */
export class DynamoUserStore implements UserStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tables: DynamoUserStoreOptions,
  ) {}

  async get(userId: string): Promise<UserProfile | null> {
    const out = await this.db.send(
      new GetCommand({ TableName: this.tables.usersTable, Key: { userId }, ConsistentRead: true }),
    );
    return out.Item ? toProfile(out.Item) : null;
  }

  async findByEmail(email: string): Promise<UserProfile | null> {
    const out = await this.db.send(
      new QueryCommand({
        TableName: this.tables.usersTable,
        IndexName: 'EmailIndex',
        KeyConditionExpression: 'email = :e',
        ExpressionAttributeValues: { ':e': email },
        Limit: 1,
      }),
    );
    const item = out.Items?.[0];
    return item ? toProfile(item) : null;
  }

  async create(profile: UserProfile, audit: AuditRecord): Promise<UserProfile> {
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tables.usersTable,
                Item: { ...profile, searchText: searchText(profile) },
                ConditionExpression: 'attribute_not_exists(userId)',
              },
            },
            auditTransactItem(this.tables.auditTable, audit),
          ],
        }),
      );
      return profile;
    } catch (err) {
      // Two first requests of a new user race: the loser reads what the winner stored.
      if (
        err instanceof TransactionCanceledException &&
        err.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
      ) {
        const existing = await this.get(profile.userId);
        if (existing) return existing;
      }
      throw err;
    }
  }

  async update(userId: string, patch: UserPatch, audit: AuditRecord): Promise<UserProfile> {
    const current = await this.get(userId);
    if (!current) throw new UserNotFoundError(userId);
    const fields = Object.entries(patch).filter(([, v]) => v !== undefined);
    const next = { ...current, ...Object.fromEntries(fields) } as UserProfile;
    const names: Record<string, string> = { '#searchText': 'searchText' };
    const values: Record<string, unknown> = { ':searchText': searchText(next) };
    const sets = ['#searchText = :searchText'];
    fields.forEach(([k, v], i) => {
      names[`#f${i}`] = k;
      values[`:v${i}`] = v;
      sets.push(`#f${i} = :v${i}`);
    });
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tables.usersTable,
                Key: { userId },
                UpdateExpression: `SET ${sets.join(', ')}`,
                ConditionExpression: 'attribute_exists(userId)',
                ExpressionAttributeNames: names,
                ExpressionAttributeValues: values,
              },
            },
            auditTransactItem(this.tables.auditTable, audit),
          ],
        }),
      );
    } catch (err) {
      if (
        err instanceof TransactionCanceledException &&
        err.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed'
      ) {
        throw new UserNotFoundError(userId);
      }
      throw err;
    }
    return next;
  }

  async list(query: UserQuery): Promise<Page<UserProfile>> {
    const items: UserProfile[] = [];
    const q = query.search?.toLowerCase();
    const scope = `${this.tables.usersTable}|scan|${q ?? ''}`;
    let startKey = await decodeKey(query.cursor, scope, ['userId']);
    do {
      const out = await this.db.send(
        new ScanCommand({
          TableName: this.tables.usersTable,
          ExclusiveStartKey: startKey,
          Limit: query.limit - items.length,
          ...(q
            ? {
                FilterExpression: 'contains(searchText, :q)',
                ExpressionAttributeValues: { ':q': q },
              }
            : {}),
        }),
      );
      items.push(...(out.Items ?? []).map(toProfile));
      startKey = out.LastEvaluatedKey;
    } while (startKey && items.length < query.limit);
    return { items, nextCursor: await encodeKey(startKey, scope) };
  }
}

function searchText(p: UserProfile): string {
  return [p.email, p.firstName, p.lastName].join(' ').toLowerCase();
}

function toProfile(item: Record<string, unknown>): UserProfile {
  const { searchText: _searchText, ...rest } = item;
  return rest as unknown as UserProfile;
}
