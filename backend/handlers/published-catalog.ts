import type { AwsAdapters } from '../adapters/aws/container';
import { EmbeddedCatalogSource } from '../adapters/aws/embedded-catalog-source';
import { CatalogCache } from '../use-cases/calculations/catalog-cache';
import { LayeredCatalogSource } from '../use-cases/calculations/layered-catalog-source';
import { CachedCatalogOutline } from '../use-cases/catalog/cached-outline';

/**
 * The catalog the API prices with: the embedded snapshot overlaid with newer shards from the
 * container's catalog store (`aws.catalogStore`), indexed once and cached per container. Used by
 * the composition roots that price.
 */
export function publishedCatalog(aws: AwsAdapters): CatalogCache {
  return new CatalogCache(new LayeredCatalogSource(new EmbeddedCatalogSource(), aws.catalogStore));
}

/**
 * The same catalog as an outline — which shard serves each service and region, with the coverage
 * summary stored with each published one — from index entries alone, cached per container: the
 * admin function reports the version and the coverage without reading a shard body (DECISIONS 98).
 */
export function publishedOutline(aws: AwsAdapters): CachedCatalogOutline {
  return new CachedCatalogOutline(
    new LayeredCatalogSource(new EmbeddedCatalogSource(), aws.catalogStore),
  );
}
