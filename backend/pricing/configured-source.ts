import { PUBLISHED_REGIONS } from '../../core';
import type { PriceListSource } from './price-list-source';
import { DirectorySource, OnlineSource } from './price-list-source';

const DEFAULT_SERVICES =
  'AmazonEC2,AmazonRDS,AmazonS3,AmazonEFS,AWSLambda,AmazonDynamoDB,AmazonElastiCache';

export interface RefreshConfig {
  readonly source: PriceListSource;
  /** For people: the mirror folder or the endpoint URL. */
  readonly where: string;
  readonly services: readonly string[];
  readonly regions: readonly string[];
}

/**
 * What the catalog refresh reads, from the environment — the same for the weekly schedule and an
 * administrator's "refresh now": `PRICE_LIST_MIRROR_DIR` (a local mirror of the endpoint's paths,
 * as `npm run pricing:import -- --from DIR` reads) else the endpoint (`PRICE_LIST_BASE_URL`, by
 * default AWS's); services and regions from `CATALOG_SERVICES` / `CATALOG_REGIONS` (comma lists;
 * by default the engine's services and core's PUBLISHED_REGIONS).
 */
export function refreshConfig(env: NodeJS.ProcessEnv = process.env): RefreshConfig {
  const list = (value: string) =>
    value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const mirror = env.PRICE_LIST_MIRROR_DIR;
  const source = mirror
    ? new DirectorySource(mirror)
    : new OnlineSource(undefined, env.PRICE_LIST_BASE_URL || undefined);
  return {
    source,
    where: mirror ? `mirror ${mirror}` : source.locate(''),
    services: list(env.CATALOG_SERVICES || DEFAULT_SERVICES),
    regions: list(env.CATALOG_REGIONS || PUBLISHED_REGIONS.join(',')),
  };
}
