/**
 * The curated records of the embedded catalog: the public price facts of ../shared/pricing-reference
 * and prices curated by hand from AWS's pricing pages, each with its own source and date. The
 * catalog build (build.ts, `npm run catalog:build`) merges them with AWS's pricing-page feeds.
 */
import type { PriceRecord } from '../../core/catalog/price-record';
import { linuxOnDemand, exportPrices } from './ec2';
import { commitmentSamples } from './ec2-commitments';
import { linuxOnDemand20260924 } from './ec2-linux-2026-09-24';
import { newTypesOnDemand } from './ec2-new-types-2026';
import { linuxPriceChanges, osOnDemand } from './ec2-os-2026';
import { computeSavingsPlanRates } from './ec2-savings-plans-2026';
import { windowsOnDemand } from './ec2-windows';
import { FEEDS, Feed } from './feeds';
import { ReferenceFacts } from './published';
import { rdsInstances } from './rds';
import type { RdsFile } from './references';
import { FILES, readReference } from './references';
import { cloudwatch, rdsStorage } from './services-database';
import { dynamodb, eks, elasticache, fargate, lambda } from './services-compute';
import { cloudfront, route53 } from './services-global';
import { dataTransfer, loadBalancers, natGateway, publicIpv4 } from './services-network';
import { aurora } from './services-aurora';
import {
  cloudfrontRequestFeeds,
  loadBalancerFeeds,
  natGatewayFeeds,
  publicIpv4Feeds,
} from './services-network-feeds';
import { rdsOptions } from './services-options';
import { glacierBulkRestoreFeeds, rdsOracleFeeds } from './services-gap-feeds';
import { interRegionFeeds, internetEgressFeeds } from './services-transfer-feeds';
import { cloudwatchFeeds, dynamodbFeeds, lambdaFeeds } from './services-serverless-feeds';
import {
  efsFeeds,
  gatewayLoadBalancerFeeds,
  originShieldFeeds,
  route53Feeds,
} from './services-storage-dns-feeds';
import { s3 } from './services-s3';
import { s3Features } from './services-s3-features';
import { cloudfrontFeatures } from './services-edge-features';
import { ebs } from './services-storage';

/** What each service's shard holds, in words (the shard's `source`). */
export const SHARD_SOURCE: Readonly<Record<string, string>> = {
  AmazonEC2:
    'curated:EC2 instances (Linux On-Demand for every priced type; Windows, RHEL, SUSE, Ubuntu Pro and SQL Server On-Demand; RI and SP where sourced), EBS, NAT gateway',
  AmazonRDS:
    'curated:RDS MySQL/PostgreSQL instances (On-Demand + RI), RDS for Oracle instances (On-Demand), RDS storage, IOPS, backup, Performance Insights, Extended Support, Aurora instances, Serverless v2, storage, I/O and backup',
  AmazonS3:
    'curated:S3 storage classes, requests and retrievals, lifecycle transitions, Intelligent-Tiering tiers and monitoring, S3 Select, Glacier restore tiers',
  AWSLambda: 'curated:Lambda requests, duration (x86 and Arm) and ephemeral storage',
  AmazonECS: 'curated:Fargate vCPU, memory and ephemeral storage',
  AmazonEKS: 'curated:EKS cluster hours',
  AmazonDynamoDB:
    'curated:DynamoDB on-demand and provisioned throughput, storage, backups, PITR, restores, Streams, replicated writes',
  AmazonElastiCache: 'curated:ElastiCache node hours',
  AWSDataTransfer:
    'curated:data transfer out to the internet (four tiers), intra- and inter-region',
  AWSELB:
    'curated:Application, Network, Gateway and Classic load balancer hours, LCU-hours and data processed',
  AmazonVPC: 'curated:public IPv4 addresses',
  AmazonCloudWatch: 'curated:CloudWatch metrics, alarms, dashboards, Logs ingestion and storage',
  AmazonRoute53: 'curated:Route 53 hosted zones and DNS queries',
  AmazonCloudFront:
    'curated:CloudFront data transfer out and to origin, HTTP/HTTPS and Origin Shield requests',
  AmazonEFS:
    'curated:EFS storage classes, IA and Archive access, Elastic and Provisioned throughput',
};

/** Every curated record, all regions. */
export function allRecords(): PriceRecord[] {
  const dbClasses = readReference<RdsFile>(FILES.rds).instance_classes;
  const facts = new ReferenceFacts();
  // Every source of a price goes to the merge, which alone decides between them (DECISIONS 91):
  // none is left out here because another source has a record of the same id.
  return [
    ...linuxOnDemand(dbClasses),
    ...exportPrices(dbClasses),
    ...commitmentSamples(dbClasses),
    ...computeSavingsPlanRates(dbClasses),
    ...linuxOnDemand20260924(dbClasses),
    ...osOnDemand(dbClasses),
    ...newTypesOnDemand(dbClasses),
    ...linuxPriceChanges(dbClasses),
    ...windowsOnDemand(dbClasses),
    ...ebs(new Feed(FEEDS.ebs), facts),
    ...natGateway(facts),
    ...natGatewayFeeds(),
    ...rdsInstances(),
    ...rdsOracleFeeds(),
    ...rdsStorage(new Feed(FEEDS.rdsMysql), facts),
    ...aurora(),
    ...rdsOptions(new Feed(FEEDS.rdsMysql), new Feed(FEEDS.rdsPostgresql)),
    ...s3(facts),
    ...s3Features(),
    ...glacierBulkRestoreFeeds(),
    ...lambda(facts),
    ...lambdaFeeds(),
    ...fargate(facts),
    ...eks(),
    ...dynamodb(facts),
    ...dynamodbFeeds(),
    ...elasticache(new Feed(FEEDS.elasticache)),
    ...dataTransfer(facts),
    ...internetEgressFeeds(),
    ...interRegionFeeds(),
    ...loadBalancers(facts),
    ...loadBalancerFeeds(),
    ...gatewayLoadBalancerFeeds(),
    ...publicIpv4(facts),
    ...publicIpv4Feeds(),
    ...cloudwatch(facts),
    ...cloudwatchFeeds(),
    ...route53(facts),
    ...route53Feeds(),
    ...efsFeeds(),
    ...cloudfront(facts),
    ...cloudfrontRequestFeeds(),
    ...originShieldFeeds(),
    ...cloudfrontFeatures(),
  ];
}
