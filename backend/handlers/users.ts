import { loadConfig, tableName } from '../config/env';
import { awsClients } from '../adapters/aws-clients';
import { DynamoUserStore } from '../adapters/aws/dynamo-user-store';
import { createApiHandler } from '../http/router';
import { randomIds, systemClock } from '../ports/audit-log';
import { usersRoutes } from '../routes/users';

/** Composition root of the `users` function: GET and PUT /users/me. */
const config = loadConfig();
const users = new DynamoUserStore(awsClients(config).dynamo, {
  usersTable: tableName(config, 'users'),
  auditTable: tableName(config, 'audit-logs'),
});

export const handler = createApiHandler(
  'users',
  usersRoutes({ users, clock: systemClock, ids: randomIds }),
);
