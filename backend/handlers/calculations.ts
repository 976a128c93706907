import { awsAdapters } from '../adapters/aws/container';
import { publishedCatalog } from './published-catalog';
import { systemClock } from '../ports/clock';
import { randomIds } from '../ports/ids';
import { calculationsRoutes } from '../routes/calculations';
import { CachedSettingsStore } from '../use-cases/settings/cached-settings';
import { limited } from './limits';

/** Composition root of the `calculations` function; the catalog is cached in module memory. */
const aws = awsAdapters();
const catalog = publishedCatalog(aws);

export const handler = limited(
  'calculations',
  calculationsRoutes({
    catalog,
    settings: new CachedSettingsStore(aws.settings),
    counters: aws.counters,
    clock: systemClock,
    ids: randomIds,
    blobs: aws.blobs,
    estimations: aws.estimations,
  }),
  aws,
);
