import type { LineSpec } from '../estimate/component-spec';
import type { RequirementItem, ServiceKind } from '../requirements/requirement-items';
import { auroraCluster } from './aurora-cluster';
import { cloudFrontDistribution } from './cloudfront-distribution';
import { dataTransfer } from './data-transfer';
import { dynamoDbTable } from './dynamodb-table';
import { efsFileSystem } from './efs-file-system';
import { eksCluster } from './eks-cluster';
import { elastiCacheCluster } from './elasticache-cluster';
import { fargateTask } from './fargate-task';
import { lambdaFunction } from './lambda-function';
import { loadBalancer } from './load-balancer';
import { natGateway } from './nat-gateway';
import { rdsInstance } from './rds-instance';
import { route53 } from './route53';
import { cloudWatch } from './cloudwatch';
import { ebsVolume } from './ebs-volume';
import { ec2Instance } from './ec2-instance';
import { publicIpv4 } from './public-ipv4';
import type { ItemOf, PricedResource, ResourceContext } from './resource';
import { s3Bucket } from './s3-bucket';

type Registry = { readonly [K in ServiceKind]: PricedResource<K> };

/** Every priced resource, by requirement service kind. Add a new resource here (see README.md). */
export const PRICED_RESOURCES: Registry = {
  ec2: ec2Instance,
  ebs: ebsVolume,
  s3: s3Bucket,
  efs: efsFileSystem,
  rds: rdsInstance,
  aurora: auroraCluster,
  dynamodb: dynamoDbTable,
  elasticache: elastiCacheCluster,
  lambda: lambdaFunction,
  fargate: fargateTask,
  eks: eksCluster,
  'data-transfer': dataTransfer,
  'nat-gateway': natGateway,
  'load-balancer': loadBalancer,
  cloudfront: cloudFrontDistribution,
  route53,
  'public-ipv4': publicIpv4,
  cloudwatch: cloudWatch,
};

/** Describe one requirement item's cost components. */
export function describeItem(item: RequirementItem, context: ResourceContext): LineSpec {
  const resource = PRICED_RESOURCES[item.service] as PricedResource<typeof item.service>;
  return resource.describe(item as ItemOf<typeof item.service>, context);
}
