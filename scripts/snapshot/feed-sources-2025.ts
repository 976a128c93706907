import type { PriceSource } from '../../core/catalog/price-record';
import { repoSource } from './published';

/** One price row of an AWS pricing-page feed: the price as published and its AWS rateCode. */
export interface FeedPrice {
  readonly price: string;
  readonly rateCode: string;
}

/**
 * AWS's pricing-page feeds (b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/…, the JSON the tables
 * of aws.amazon.com/<service>/pricing/ load) as committed, unchanged, to public repositories that
 * download them. `asOf` is the feed's own `manifest.hawkFilePublicationDate`; `committed` the date
 * of the commit read. Where only QuinnyPig's `processed/` copy of a feed could be read (the raw
 * file of those commits is not in the stored snapshot), `processed: true`: that copy keeps each row's name, locations,
 * descriptive attributes and price but drops the manifest and the rateCodes, so `asOf` is the date
 * the watcher fetched it (its commit). The prices were transcribed into data/network-feeds-2025.ts,
 * data/aurora-feeds-2025-06-17.ts, data/serverless-feeds-2025.ts, data/transfer-feed-2025-06-05.ts,
 * data/inter-region-feed-2025-06-05.ts,
 * data/rds-oracle-2025-06-17.ts, data/s3-glacier-bulk-2025-10-22.ts and
 * data/storage-network-feeds-2025.ts (the feed files themselves
 * are not copied into the project).
 */
export const FEEDS_2025 = {
  natGateway: {
    repo: 'lamngockhuong/aws-price',
    commit: 'ce57d15e54b2958ec3deae2248d47ed931143b58',
    path: 'lib/data/pricing/natgateway.json',
    feed: 'meteredUnitMaps/ec2/USD/current/natgateway.json',
    asOf: '2025-10-28',
    committed: '2025-11-03',
  },
  vpc: {
    repo: 'lamngockhuong/aws-price',
    commit: '115fdc61c7093bb5f36554ed99888860e14b0700',
    path: 'lib/data/pricing/vpc.json',
    feed: 'meteredUnitMaps/vpc/USD/current/vpc.json',
    asOf: '2025-11-04',
    committed: '2025-11-04',
  },
  cloudfront: {
    repo: 'lamngockhuong/aws-price',
    commit: '6e8bf8cec091840a2781d036646486419c057616',
    path: 'lib/data/pricing/cloudfront.json',
    feed: 'meteredUnitMaps/cloudfront/USD/current/cloudfront.json',
    asOf: '2025-07-01',
    committed: '2025-11-03',
  },
  elb: {
    repo: 'QuinnyPig/aws-price-watcher',
    commit: 'daa3fca6cad0b9cf218a31c17594442987bba3dc',
    path: 'raw/elb.json',
    feed: 'meteredUnitMaps/elb/USD/current/elb.json',
    asOf: '2025-06-05',
    committed: '2025-06-05',
  },
  auroraStorage: {
    repo: 'QuinnyPig/aws-price-watcher',
    commit: '39d33bfce9df670a9efc866c8de5708ed22f922b',
    path: 'raw/rds-aurora-storage.json',
    feed: 'meteredUnitMaps/rds/USD/current/rds-aurora-storage.json',
    asOf: '2025-06-17',
    committed: '2025-06-17',
  },
  auroraInstances: {
    repo: 'QuinnyPig/aws-price-watcher',
    commit: '39d33bfce9df670a9efc866c8de5708ed22f922b',
    path: 'raw/rds-aurora-ondemand.json',
    feed: 'meteredUnitMaps/rds/USD/current/rds-aurora-ondemand.json',
    asOf: '2025-06-17',
    committed: '2025-06-17',
  },
  lambda: {
    repo: 'lamngockhuong/aws-price',
    commit: '6e8bf8cec091840a2781d036646486419c057616',
    path: 'lib/data/pricing/lambda.json',
    feed: 'meteredUnitMaps/lambda/USD/current/lambda.json',
    asOf: '2025-10-30',
    committed: '2025-11-03',
  },
  dynamodb: {
    repo: 'lamngockhuong/aws-price',
    commit: '6e8bf8cec091840a2781d036646486419c057616',
    path: 'lib/data/pricing/dynamodb.json',
    feed: 'meteredUnitMaps/dynamodb/USD/current/dynamodb.json',
    asOf: '2025-08-28',
    committed: '2025-11-03',
  },
  cloudwatch: {
    repo: 'lamngockhuong/aws-price',
    commit: '115fdc61c7093bb5f36554ed99888860e14b0700',
    path: 'lib/data/pricing/cloudwatch.json',
    feed: 'meteredUnitMaps/cloudwatch/USD/current/cloudwatch.json',
    asOf: '2025-09-23',
    committed: '2025-11-04',
  },
  dataTransfer: {
    repo: 'QuinnyPig/aws-price-watcher',
    commit: 'daa3fca6cad0b9cf218a31c17594442987bba3dc',
    path: 'processed/datatransfer.json',
    feed: 'meteredUnitMaps/datatransfer/USD/current/datatransfer.json',
    asOf: '2025-06-05',
    committed: '2025-06-05',
    processed: true,
  },
  rdsOracle: {
    repo: 'QuinnyPig/aws-price-watcher',
    commit: '9d318fcbea3da025ab0b2831a8c2b9e14c643b93',
    path: 'processed/rds-oracle-ondemand.json',
    feed: 'meteredUnitMaps/rds/USD/current/rds-oracle-ondemand.json',
    asOf: '2025-06-17',
    committed: '2025-06-17',
    processed: true,
  },
  s3: {
    repo: 'lamngockhuong/aws-price',
    commit: '6e8bf8cec091840a2781d036646486419c057616',
    path: 'lib/data/pricing/s3.json',
    feed: 'meteredUnitMaps/s3/USD/current/s3.json',
    asOf: '2025-10-22',
    committed: '2025-11-03',
  },
  efs: {
    repo: 'lamngockhuong/aws-price',
    commit: '115fdc61c7093bb5f36554ed99888860e14b0700',
    path: 'lib/data/pricing/efs.json',
    feed: 'meteredUnitMaps/efs/USD/current/efs.json',
    asOf: '2025-09-25',
    committed: '2025-11-04',
  },
  route53: {
    repo: 'lamngockhuong/aws-price',
    commit: '115fdc61c7093bb5f36554ed99888860e14b0700',
    path: 'lib/data/pricing/route53.json',
    feed: 'meteredUnitMaps/route53/USD/current/route53.json',
    asOf: '2025-08-28',
    committed: '2025-11-04',
  },
  rdsStorage: {
    repo: 'QuinnyPig/aws-price-watcher',
    commit: '39d33bfce9df670a9efc866c8de5708ed22f922b',
    path: 'raw/rds-storage.json',
    feed: 'meteredUnitMaps/rds/USD/current/rds-storage.json',
    asOf: '2025-06-17',
    committed: '2025-06-17',
  },
} as const;

export type FeedName = keyof typeof FEEDS_2025;

/** The source of one feed row: the committed file, the feed's date, the row key and its rateCode. */
export function feedSource(feed: FeedName, rowKey: string, rateCode?: string): PriceSource {
  const f = FEEDS_2025[feed];
  const dated =
    'processed' in f
      ? `fetched ${f.asOf}; the watcher's processed copy keeps no rateCode or publication date`
      : `published ${f.asOf}, committed ${f.committed}`;
  return repoSource(
    f.repo,
    f.commit,
    f.path,
    f.asOf,
    `AWS pricing-page feed ${f.feed} (${dated}), ` +
      `row "${rowKey}"${rateCode ? `, rateCode ${rateCode}` : ''}`,
  );
}
