/**
 * The curated records of the embedded catalog: the public price facts of ../shared/pricing-reference
 * and prices curated by hand from AWS's pricing pages, each with its own source and date. The
 * catalog build (build.ts, `npm run catalog:build`) merges them with AWS's pricing-page feeds.
 */
import type { PriceRecord } from '../../core/catalog/price-record';
import { linuxOnDemand, exportPrices } from './ec2';
import { commitmentSamples } from './ec2-commitments';
import { ReferenceFacts } from './published';
import { rdsInstances } from './rds';
import type { RdsFile } from './references';
import { FILES, readReference } from './references';
import { aurora, cloudwatch, rdsStorage } from './services-database';
import { dynamodb, eks, elasticache, fargate, lambda } from './services-compute';
import { cloudfront, route53 } from './services-global';
import { dataTransfer, loadBalancers, natGateway, publicIpv4 } from './services-network';
import { ebs, efs, s3 } from './services-storage';

/** What each service's shard holds, in words (the shard's `source`). */
export const SHARD_SOURCE: Readonly<Record<string, string>> = {
  AmazonEC2:
    'curated:EC2 instances (Linux On-Demand for every priced type; Windows/RI/SP samples), EBS, NAT gateway',
  AmazonRDS: 'curated:RDS MySQL/PostgreSQL instances (On-Demand + RI), Aurora, RDS storage',
  AmazonS3: 'curated:S3 storage classes and requests',
  AmazonEFS: 'curated:EFS storage',
  AWSLambda: 'curated:Lambda duration and requests',
  AmazonECS: 'curated:Fargate vCPU, memory and ephemeral storage',
  AmazonEKS: 'curated:EKS cluster hours',
  AmazonDynamoDB: 'curated:DynamoDB on-demand, provisioned capacity and storage',
  AmazonElastiCache: 'curated:ElastiCache node hours',
  AWSDataTransfer: 'curated:data transfer out, in, intra- and inter-region',
  AWSELB: 'curated:Application, Network and Classic load balancers',
  AmazonVPC: 'curated:public IPv4 addresses',
  AmazonCloudWatch: 'curated:CloudWatch metrics, alarms and logs',
  AmazonRoute53: 'curated:Route 53 hosted zones and queries',
  AmazonCloudFront: 'curated:CloudFront data transfer and requests',
};

/** Every curated record, all regions. */
export function allRecords(): PriceRecord[] {
  const dbClasses = readReference<RdsFile>(FILES.rds).instance_classes;
  const facts = new ReferenceFacts();
  return [
    ...linuxOnDemand(dbClasses),
    ...exportPrices(dbClasses),
    ...commitmentSamples(dbClasses),
    ...ebs(facts),
    ...natGateway(facts),
    ...rdsInstances(),
    ...aurora(),
    ...rdsStorage(facts),
    ...s3(facts),
    ...efs(),
    ...lambda(facts),
    ...fargate(facts),
    ...eks(),
    ...dynamodb(facts),
    ...elasticache(),
    ...dataTransfer(facts),
    ...loadBalancers(facts),
    ...publicIpv4(facts),
    ...cloudwatch(facts),
    ...route53(facts),
    ...cloudfront(facts),
  ];
}
