import { apiTrafficSource } from '../adapters/api-traffic-source';
import { awsAdapters } from '../adapters/aws/container';
import { BlobCatalogRefreshLog } from '../adapters/blob-catalog-refresh-log';
import { EmbeddedCoverageFiles } from '../adapters/embedded-coverage-files';
import {
  InProcessRefreshStarter,
  LambdaRefreshStarter,
} from '../adapters/catalog-refresh-starters';
import { refreshConfig } from '../pricing/configured-source';
import type { CatalogRefreshStarter } from '../ports/catalog-refresh';
import { runCatalogRefresh } from '../use-cases/catalog/run-catalog-refresh';
import { publishedOutline } from './published-catalog';
import { forgettingUpdates } from '../middleware/user-status';
import { systemClock } from '../ports/clock';
import { randomIds } from '../ports/ids';
import { adminRoutes } from '../routes/admin';
import { limited } from './limits';
import { adminIpAllowList } from '../middleware/admin-ip-allow-list';
import { CachedSettingsStore } from '../use-cases/settings/cached-settings';

/**
 * Composition root of the `admin` function: users, audit logs, metrics, settings, the catalog.
 * "Refresh now" starts the catalog-refresh function (CATALOG_REFRESH_FUNCTION, in AWS) or, on the
 * local stack, runs the same job in this process. The error rate reads API Gateway's metrics
 * (API_NAME, in AWS) or the local API adapter's tally.
 */
const aws = awsAdapters();
const catalog = publishedOutline(aws);
const refreshLog = new BlobCatalogRefreshLog(aws.blobs);
// The IP allow-list reads the settings through this cache (≤ 1 read per 30 s per container); the
// routes read and write through it without caching, so a save applies here at once.
const settings = new CachedSettingsStore(aws.settings);
const refreshFunction = process.env.CATALOG_REFRESH_FUNCTION;
const refreshStarter: CatalogRefreshStarter = refreshFunction
  ? new LambdaRefreshStarter(async () => {
      const { LambdaClient } = await import('@aws-sdk/client-lambda');
      return new LambdaClient({ region: aws.config.region });
    }, refreshFunction)
  : new InProcessRefreshStarter((run) =>
      runCatalogRefresh(
        {
          store: aws.catalogStore,
          auditWriter: aws.auditWriter,
          clock: systemClock,
          ids: randomIds,
          log: refreshLog,
          config: refreshConfig(),
        },
        run,
      ),
    );

export const handler = limited(
  'admin',
  adminRoutes({
    // A disable takes effect at once for this container's own status cache.
    users: forgettingUpdates(aws.users),
    identity: aws.identityAdmin(),
    estimations: aws.estimations,
    documents: aws.documents,
    auditReader: aws.auditReader,
    targetNames: aws.targetNames,
    auditWriter: aws.auditWriter,
    settings: settings.readThrough(),
    blobs: aws.blobs,
    counters: aws.counters,
    traffic: apiTrafficSource(aws.config),
    catalog,
    embeddedCoverage: new EmbeddedCoverageFiles(),
    catalogStore: aws.catalogStore,
    refreshLog,
    refreshStarter,
    refreshConfig: refreshConfig(),
    clock: systemClock,
    ids: randomIds,
  }),
  aws,
  [
    adminIpAllowList({
      settings,
      auditWriter: aws.auditWriter,
      clock: systemClock,
      ids: randomIds,
    }),
  ],
);
