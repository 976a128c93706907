/**
 * Idempotent bootstrap of the local stack: the seed's tables (plus ours, see
 * core/api/storage-layout), the user pool and app client from core's USER_POOL_SETTINGS, and the
 * seeded users. Safe to run at every start.
 */
import type { SeedUser } from './user-pool';

export { createTables, backfillAuditTimeBuckets } from './tables';
export {
  CLIENT_NAME,
  POOL_NAME,
  appClientRequest,
  ensureUser,
  ensureUserPool,
  userPoolRequest,
} from './user-pool';
export type { SeedUser } from './user-pool';

/** The two users `npm start` seeds; their sign-in details are printed at start. */
export const SEED_USERS: readonly SeedUser[] = [
  {
    email: 'admin@example.com',
    password: 'Admin#Local2026',
    givenName: 'Ada',
    familyName: 'Admin',
    role: 'Admin',
  },
  {
    email: 'sales@example.com',
    password: 'Sales#Local2026',
    givenName: 'Sam',
    familyName: 'Sales',
    role: 'Sales',
  },
];
