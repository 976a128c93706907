import type { AwsAdapters } from '../adapters/aws/container';
import { EmbeddedCatalogSource } from '../adapters/aws/embedded-catalog-source';
import { CatalogCache } from '../use-cases/calculations/catalog-cache';
import { LayeredCatalogSource } from '../use-cases/calculations/layered-catalog-source';

/**
 * The catalog the API prices with: the embedded snapshot overlaid with newer shards from the
 * container's catalog store (`aws.catalogStore`), indexed once and cached per container. Used by
 * the composition roots that price (calculations) or report the catalog version (admin).
 */
export function publishedCatalog(aws: AwsAdapters): CatalogCache {
  return new CatalogCache(new LayeredCatalogSource(new EmbeddedCatalogSource(), aws.catalogStore));
}
