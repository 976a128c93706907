import { awsAdapters } from '../adapters/aws/container';
import { logger } from '../observability/logger';
import { systemClock } from '../ports/clock';
import type { BackupResult } from '../use-cases/backup/export-backup';
import { exportBackup } from '../use-cases/backup/export-backup';

/** The backup-export function, run nightly by EventBridge (infra/constructs/scheduled-jobs.ts). */
const aws = awsAdapters();

export async function handler(): Promise<BackupResult> {
  const result = await exportBackup({
    estimations: aws.estimations,
    users: aws.users,
    blobs: aws.blobs,
    clock: systemClock,
    prefix: process.env.BACKUP_PREFIX ?? 'backups/',
  });
  logger.info('backup exported', { ...result });
  return result;
}
