import { awsAdapters } from '../adapters/aws/container';
import { publishedCatalog } from './published-catalog';
import { forgettingUpdates } from '../middleware/user-status';
import { systemClock } from '../ports/clock';
import { randomIds } from '../ports/ids';
import { adminRoutes } from '../routes/admin';
import { limited } from './limits';

/** Composition root of the `admin` function: users, audit logs, metrics, settings. */
const aws = awsAdapters();
const catalog = publishedCatalog(aws);

export const handler = limited(
  'admin',
  adminRoutes({
    // A disable takes effect at once for this container's own status cache.
    users: forgettingUpdates(aws.users),
    identity: aws.identityAdmin(),
    estimations: aws.estimations,
    documents: aws.documents,
    auditReader: aws.auditReader,
    auditWriter: aws.auditWriter,
    settings: aws.settings,
    blobs: aws.blobs,
    counters: aws.counters,
    catalog,
    clock: systemClock,
    ids: randomIds,
  }),
  aws,
);
