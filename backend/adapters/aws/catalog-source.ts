import { DynamoS3CatalogStore } from './catalog-store';
import type { AwsAdapters } from './container';
import { EmbeddedCatalogSource } from './embedded-catalog-source';
import { bucketName, tableName } from '../../config/env';
import { awsClients } from '../aws-clients';
import { CatalogCache } from '../../use-cases/calculations/catalog-cache';
import { LayeredCatalogSource } from '../../use-cases/calculations/layered-catalog-source';

/** The calculations' catalog: embedded prices overlaid with newer published shards, cached per container. */
export function catalogCache(aws: AwsAdapters): CatalogCache {
  const { dynamo, s3 } = awsClients(aws.config);
  const store = new DynamoS3CatalogStore(dynamo, s3, {
    table: tableName(aws.config, 'pricing-data'),
    bucket: bucketName(aws.config, 'templates'),
  });
  return new CatalogCache(new LayeredCatalogSource(new EmbeddedCatalogSource(), store));
}
