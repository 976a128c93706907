import { awsAdapters } from '../adapters/aws/container';
import { DynamoUserStore } from '../adapters/aws/dynamo-user-store';
import { catalogCache } from '../adapters/aws/catalog-source';
import { awsClients } from '../adapters/aws-clients';
import { tableName } from '../config/env';
import { createApiHandler } from '../http/router';
import { randomIds, systemClock } from '../ports/audit-log';
import { adminRoutes } from '../routes/admin';
import { limited } from './limits';

/** Composition root of the `admin` function: users, audit logs, metrics, settings. */
const aws = awsAdapters();
const catalog = catalogCache(aws);
const users = new DynamoUserStore(awsClients(aws.config).dynamo, {
  usersTable: tableName(aws.config, 'users'),
  auditTable: tableName(aws.config, 'audit-logs'),
});

export const handler = limited(
  'admin',
  createApiHandler(
    'admin',
    adminRoutes({
      users,
      identity: aws.identityAdmin(),
      estimations: aws.estimations,
      documents: aws.documents,
      auditReader: aws.auditReader,
      settings: aws.settings,
      counters: aws.counters,
      catalogVersion: async () => (await catalog.snapshot()).version,
      clock: systemClock,
      ids: randomIds,
    }),
  ),
  aws,
);
