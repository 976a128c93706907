import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { auditItem } from '../backend/adapters/aws/audit-item';
import type { AuditRecord } from '../backend/ports/audit-log';
import type { AuditAction } from '../core';
import { seededRandom } from '../scripts/seeded-random';

/**
 * A realistic audit trail for the audit-filter bench: `count` entries over three months
 * (2026-09 to 2026-11) by 40 presales users (a few heavy, most light) and the `system` user, with
 * AUDIT_ACTIONS in proportions of a busy team — estimation updates dominate, administrative
 * actions are rare. Deterministic (a seeded generator), so before/after runs read the same data.
 */
export const SEED_MONTHS = ['2026-09', '2026-10', '2026-11'] as const;
export const ADMIN_USER = 'user-00';

/** Weight per action, in entries per 10,000. */
const MIX: readonly (readonly [AuditAction, number])[] = [
  ['estimation.update', 4000],
  ['estimation.create', 1200],
  ['document.generate', 1000],
  ['excel.upload-url', 800],
  ['excel.upload', 790],
  ['user.profile.sync', 600],
  ['document.export', 500],
  ['estimation.clone', 400],
  ['estimation.delete', 300],
  ['estimation.migrate', 200],
  ['user.profile.update', 190],
  ['catalog.refresh-request', 6],
  ['user.admin-update', 5],
  ['user.invite', 3],
  ['settings.update', 2],
  ['catalog.publish', 2],
  ['admin.ip-refused', 1],
  ['settings.logo', 1],
];

function pickAction(r: number): AuditAction {
  const total = MIX.reduce((n, [, w]) => n + w, 0);
  let at = r * total;
  for (const [action, weight] of MIX) {
    if (at < weight) return action;
    at -= weight;
  }
  return MIX[0]![0];
}

/** user-00 is the administrator (every admin action); users 1–4 are heavy, the rest light. */
function pickUser(action: AuditAction, r: number): string {
  if (action.startsWith('catalog.'))
    return action === 'catalog.refresh-request' ? ADMIN_USER : 'system';
  if (action.startsWith('user.admin') || action === 'user.invite' || action.startsWith('settings.'))
    return ADMIN_USER;
  // Zipf-like: user i with weight 1 / (i + 1).
  const weights = Array.from({ length: 40 }, (_, i) => 1 / (i + 1));
  let at = r * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    if (at < weights[i]!) return `user-${String(i).padStart(2, '0')}`;
    at -= weights[i]!;
  }
  return 'user-39';
}

export function seedRecords(count: number): AuditRecord[] {
  const next = seededRandom(20261206);
  const start = Date.parse(`${SEED_MONTHS[0]}-01T00:00:00.000Z`);
  const span = Date.parse('2026-12-01T00:00:00.000Z') - start;
  const records: AuditRecord[] = [];
  for (let i = 0; i < count; i++) {
    const action = pickAction(next());
    const userId = pickUser(action, next());
    records.push({
      logId: `seed-${String(i).padStart(6, '0')}`,
      userId,
      userEmail: `${userId}@example.com`,
      action,
      targetType: action.split('.')[0]!,
      targetId: `target-${Math.floor(next() * 5000)}`,
      timestamp: new Date(start + Math.floor(next() * span)).toISOString(),
      requestId: `req-${i}`,
      changes: action === 'estimation.update' ? { status: ['draft', 'sent'] } : {},
    });
  }
  return records;
}

/** Writes the records as the audit writer stores them (auditItem), 25 per BatchWriteItem. */
export async function writeSeed(
  db: DynamoDBDocumentClient,
  table: string,
  records: readonly AuditRecord[],
): Promise<void> {
  const batches: AuditRecord[][] = [];
  for (let i = 0; i < records.length; i += 25) batches.push(records.slice(i, i + 25));
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      let pending = { [table]: batch.map((r) => ({ PutRequest: { Item: auditItem(r) } })) };
      while (Object.keys(pending).length) {
        const out = await db.send(new BatchWriteCommand({ RequestItems: pending }));
        pending = (out.UnprocessedItems ?? {}) as typeof pending;
      }
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}
