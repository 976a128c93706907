import { PUBLISHED_REGIONS, catalogNeeds } from '../../core';
import { awsAdapters } from '../adapters/aws/container';
import { logger } from '../observability/logger';
import { systemClock } from '../ports/clock';
import { randomIds } from '../ports/ids';
import { OnlineSource } from '../pricing/price-list-source';
import type { RefreshResult } from '../use-cases/catalog/refresh-catalog';
import { refreshCatalog } from '../use-cases/catalog/refresh-catalog';

/**
 * The catalog-refresh function, run weekly by EventBridge. Services and regions come from the
 * event (`{services, regions}`) or the environment (CATALOG_SERVICES, CATALOG_REGIONS, comma lists).
 */
const aws = awsAdapters();

const DEFAULT_SERVICES =
  'AmazonEC2,AmazonRDS,AmazonS3,AmazonEFS,AWSLambda,AmazonDynamoDB,AmazonElastiCache';
/** By default the regions the product publishes (core's PUBLISHED_REGIONS). */
const DEFAULT_REGIONS = PUBLISHED_REGIONS.join(',');

export async function handler(
  event: { services?: unknown; regions?: unknown } = {},
): Promise<Omit<RefreshResult, 'report'> & { problems: string }> {
  const list = (value: unknown, fallback: string): string[] =>
    (Array.isArray(value) ? value.map(String) : fallback.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  const services = list(event.services, process.env.CATALOG_SERVICES ?? DEFAULT_SERVICES);
  const regions = list(event.regions, process.env.CATALOG_REGIONS ?? DEFAULT_REGIONS);
  const result = await refreshCatalog(
    {
      source: new OnlineSource(undefined, process.env.PRICE_LIST_BASE_URL || undefined),
      store: aws.catalogStore,
      auditWriter: aws.auditWriter,
      clock: systemClock,
      ids: randomIds,
    },
    // The gate refuses a catalog that lacks a price the engine needs (core's catalogNeeds()).
    { services, regions, needs: catalogNeeds({ services, regions }) },
  );
  logger.info('catalog refresh finished', {
    published: result.published,
    version: result.version,
    shards: result.shards,
    optionalGaps: result.optionalGaps.length,
  });
  if (result.optionalGaps.length > 0)
    logger.info('optional prices not in the catalog (reported, not refused)', {
      gaps: result.optionalGaps,
    });
  if (!result.published)
    logger.warn('catalog refused by the validation gate', { report: result.report.text });
  return {
    published: result.published,
    version: result.version,
    shards: result.shards,
    problems: result.report.text,
    optionalGaps: result.optionalGaps,
  };
}
