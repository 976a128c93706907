import type { PricingModel } from '../requirements/pricing-model';
import type { RequirementItem } from '../requirements/requirement-items';

/**
 * One representative requirement item, and whether every price it asks for is REQUIRED (a catalog
 * without it is refused by the validation gate) or OPTIONAL (a gap is reported, not refused).
 */
export interface RepresentativeItem {
  readonly item: RequirementItem;
  readonly required: boolean;
}

/**
 * EC2 types whose Linux On-Demand price every published region must have: common current
 * families, x86 and Graviton, burstable and not, all present in each region of the embedded snapshot.
 */
export const REQUIRED_EC2_TYPES: readonly string[] = [
  'm5.large',
  't3.medium',
  'c5.large',
  'r5.large',
  'm6g.large',
  'm6i.large',
];

/** Other EC2 types the estimates often name; their gaps are reported, not refused. */
const OPTIONAL_EC2_TYPES: readonly string[] = ['m7g.large', 'm7i.large', 'c7g.large', 't4g.medium'];

const RI_1YR: PricingModel = {
  kind: 'reserved',
  term: '1yr',
  offeringClass: 'standard',
  purchaseOption: 'No Upfront',
};
const RI_1YR_PARTIAL: PricingModel = { ...RI_1YR, purchaseOption: 'Partial Upfront' };
const SP_COMPUTE: PricingModel = {
  kind: 'savings-plan',
  plan: 'compute',
  term: '1yr',
  purchaseOption: 'No Upfront',
};

/** A requirement item without the fields every kind shares (kept per kind: a distributive Omit). */
type ItemFields = RequirementItem extends infer T
  ? T extends RequirementItem
    ? Omit<T, 'id' | 'quantity'>
    : never
  : never;

function req(item: ItemFields, required: boolean): { item: ItemFields; required: boolean } {
  return { item, required };
}

/**
 * The representative requirement set: what the priced resources are run over, per region, to
 * learn the price queries the engine issues. REQUIRED is kept small on purpose — EC2 Linux
 * On-Demand for common types, EBS gp3 storage, S3 Standard storage, internet egress — because
 * the embedded snapshot is curated and has documented gaps (core/catalog/data/README.md) that
 * must not block a publication; everything else is OPTIONAL and reported.
 */
export function representativeItems(): RepresentativeItem[] {
  const items = [
    ...REQUIRED_EC2_TYPES.map((instanceType) =>
      req({ service: 'ec2', instanceType, os: 'Linux' }, true),
    ),
    req({ service: 'ebs', volumeType: 'gp3', storageGb: 100 }, true),
    req({ service: 's3', storageClass: 'standard', storageGb: 1000 }, true),
    req({ service: 'data-transfer', internetOutGb: 1000, freeAllowance: false }, true),

    ...OPTIONAL_EC2_TYPES.map((instanceType) =>
      req({ service: 'ec2', instanceType, os: 'Linux' }, false),
    ),
    ...(['Windows', 'RHEL', 'SUSE'] as const).map((os) =>
      req({ service: 'ec2', instanceType: 'm5.large', os }, false),
    ),
    req({ service: 'ec2', instanceType: 'm5.large', os: 'Linux', pricingModel: RI_1YR }, false),
    req(
      { service: 'ec2', instanceType: 'm5.large', os: 'Linux', pricingModel: RI_1YR_PARTIAL },
      false,
    ),
    req({ service: 'ec2', instanceType: 'm5.large', os: 'Linux', pricingModel: SP_COMPUTE }, false),
    req(
      {
        service: 'ec2',
        instanceType: 'm5.large',
        os: 'Linux',
        detailedMonitoring: true,
        publicIpv4PerInstance: 1,
      },
      false,
    ),
    req({ service: 'ec2', os: 'Linux', dedicatedHostFamily: 'm5' }, false),
    req(
      { service: 'ebs', volumeType: 'gp3', storageGb: 100, iops: 4000, throughputMbps: 250 },
      false,
    ),
    req({ service: 'ebs', volumeType: 'gp2', storageGb: 100, snapshotGb: 50 }, false),
    req({ service: 'ebs', volumeType: 'io2', storageGb: 100, iops: 5000 }, false),
    req(
      { service: 's3', storageClass: 'standard', storageGb: 0, putRequests: 1, getRequests: 1 },
      false,
    ),
    req({ service: 's3', storageClass: 'standard-ia', storageGb: 100 }, false),
    req({ service: 'efs', storageClass: 'standard', storageGb: 100 }, false),
    req(
      {
        service: 'rds',
        engine: 'mysql',
        instanceClass: 'db.m5.large',
        deployment: 'single-az',
        storageType: 'gp3',
        storageGb: 100,
        backupGb: 10,
      },
      false,
    ),
    req(
      {
        service: 'rds',
        engine: 'postgresql',
        instanceClass: 'db.m5.large',
        deployment: 'single-az',
        storageType: 'gp2',
        storageGb: 100,
      },
      false,
    ),
    req(
      {
        service: 'aurora',
        engine: 'aurora-mysql',
        capacity: 'serverless-v2',
        averageAcu: 2,
        storageConfiguration: 'standard',
        storageGb: 50,
        ioRequestsMillions: 1,
      },
      false,
    ),
    req(
      {
        service: 'dynamodb',
        capacityMode: 'on-demand',
        readRequestUnitsMillions: 1,
        writeRequestUnitsMillions: 1,
        storageGb: 30,
      },
      false,
    ),
    req({ service: 'elasticache', engine: 'redis', nodeType: 'cache.r6g.large', nodes: 1 }, false),
    req(
      { service: 'lambda', requestsPerMonth: 1e6, durationMs: 100, memoryMb: 512, freeTier: false },
      false,
    ),
    req({ service: 'fargate', vcpu: 1, memoryGb: 2 }, false),
    req({ service: 'eks' }, false),
    req({ service: 'data-transfer', intraRegionGb: 100 }, false),
    req({ service: 'nat-gateway', dataProcessedGb: 100 }, false),
    req({ service: 'load-balancer', type: 'application', capacityUnits: 1 }, false),
    req({ service: 'load-balancer', type: 'network', capacityUnits: 1 }, false),
    req(
      { service: 'cloudfront', edgeLocation: 'United States', dataOutGb: 100, httpsRequests: 1e6 },
      false,
    ),
    req({ service: 'route53', hostedZones: 1, standardQueriesMillions: 1 }, false),
    req({ service: 'public-ipv4' }, false),
    req(
      { service: 'cloudwatch', customMetrics: 10, logsIngestedGb: 1, logsStoredGb: 1, alarms: 1 },
      false,
    ),
  ];
  // One of each, ids in order: a need's label names its item by what it is, not by this id.
  return items.map(({ item, required }, i) => ({
    item: { ...item, id: `need-${i + 1}`, quantity: 1 } as RequirementItem,
    required,
  }));
}
