import { awsAdapters } from '../adapters/aws/container';
import { EmbeddedCatalogSource } from '../adapters/aws/embedded-catalog-source';
import { createApiHandler } from '../http/router';
import { systemClock } from '../ports/audit-log';
import { calculationsRoutes } from '../routes/calculations';
import { CatalogCache } from '../use-cases/calculations/catalog-cache';
import { CachedSettingsStore } from '../use-cases/settings/cached-settings';
import { limited } from './limits';

/** Composition root of the `calculations` function; the catalog is cached in module memory. */
const aws = awsAdapters();
const catalog = new CatalogCache(new EmbeddedCatalogSource());

export const handler = limited(
  'calculations',
  createApiHandler(
    'calculations',
    calculationsRoutes({
      catalog,
      settings: new CachedSettingsStore(aws.settings),
      counters: aws.counters,
      clock: systemClock,
    }),
  ),
  aws,
);
