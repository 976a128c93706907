import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { SystemSettings } from '../../../core';
import type { AuditRecord } from '../../ports/audit-log';
import { VersionConflictError } from '../../ports/estimation-store';
import type { SettingsStore } from '../../ports/settings-store';
import { auditTransactItem } from './audit-item';
import { conditionFailedAt } from './transaction-errors';

const SETTING_ID = 'system';

/** The system settings as one item (`settingId = system`), optimistic-locked on `version`. */
export class DynamoSettingsStore implements SettingsStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tables: { settingsTable: string; auditTable: string },
  ) {}

  async get(): Promise<SystemSettings | null> {
    const out = await this.db.send(
      new GetCommand({
        TableName: this.tables.settingsTable,
        Key: { settingId: SETTING_ID },
        ConsistentRead: true,
      }),
    );
    if (!out.Item) return null;
    const { settingId: _id, ...settings } = out.Item;
    return settings as SystemSettings;
  }

  async replace(next: SystemSettings, expectedVersion: number, audit: AuditRecord): Promise<void> {
    const condition =
      expectedVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(settingId)' }
        : {
            ConditionExpression: '#version = :expected',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':expected': expectedVersion },
          };
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tables.settingsTable,
                Item: { ...next, settingId: SETTING_ID },
                ...condition,
              },
            },
            auditTransactItem(this.tables.auditTable, audit),
          ],
        }),
      );
    } catch (err) {
      if (conditionFailedAt(err, 0)) throw new VersionConflictError('settings', expectedVersion);
      throw err;
    }
  }
}
