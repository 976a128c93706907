import type {
  ARCHITECTURES,
  AURORA_CAPACITIES,
  AURORA_ENGINES,
  AURORA_STORAGE_CONFIGURATIONS,
  CACHE_ENGINES,
  DYNAMODB_CAPACITY_MODES,
  DYNAMODB_TABLE_CLASSES,
  EBS_VOLUME_TYPES,
  EC2_OPERATING_SYSTEMS,
  EFS_STORAGE_CLASSES,
  EFS_THROUGHPUT_MODES,
  EKS_SUPPORT_TIERS,
  FARGATE_OPERATING_SYSTEMS,
  LOAD_BALANCER_TYPES,
  RDS_DEPLOYMENTS,
  RDS_ENGINES,
  RDS_EXTENDED_SUPPORT_YEARS,
  RDS_LICENSE_MODELS,
  RDS_STORAGE_TYPES,
  S3_RETRIEVAL_TIERS,
  S3_STORAGE_CLASSES,
  TENANCIES,
} from '../vocabulary/items';
import type { PricingModel } from './pricing-model';

/** Where a requirement came from, so errors and results point back at the sheet and cell. */
export interface SourceRef {
  readonly sheet: string;
  /** 1-based worksheet row. */
  readonly row: number;
  /** Field name -> cell address (`E12`) of the cell that gave that field. */
  readonly cells?: Readonly<Record<string, string>>;
}

/** Fields every requirement line has. `quantity` multiplies the whole line (instances, volumes…). */
interface ItemBase {
  /** Stable within one requirements set, e.g. `Compute-12` or a UUID. */
  readonly id: string;
  readonly description?: string;
  /** Nested group path, outermost first, e.g. `['Production', 'Web tier']`. */
  readonly group?: readonly string[];
  /** Overrides the estimate's region for this line. */
  readonly region?: string;
  readonly quantity: number;
  readonly source?: SourceRef;
}

export type Ec2OperatingSystem = (typeof EC2_OPERATING_SYSTEMS)[number];
export type Tenancy = (typeof TENANCIES)[number];
export type Architecture = (typeof ARCHITECTURES)[number];

/** Instance sizing when no type is named: the cheapest current-generation type that fits. */
export interface InstanceSizing {
  readonly vcpu: number;
  readonly memoryGib: number;
  readonly architecture?: Architecture;
  /** Instance families allowed, e.g. `['m7g', 'm7i']`. */
  readonly families?: readonly string[];
  /** Minimum generation number, e.g. 6 keeps m6i/m7g and drops m5. */
  readonly minGeneration?: number;
}

export interface Ec2Item extends ItemBase {
  readonly service: 'ec2';
  /** Either a named type or `sizing`; a named type wins when both are given. */
  readonly instanceType?: string;
  readonly sizing?: InstanceSizing;
  readonly os: Ec2OperatingSystem;
  readonly tenancy?: Tenancy;
  /** Hours per month each instance runs (default: the estimate's hours, 730). */
  readonly hoursPerMonth?: number;
  /** Alternative to hours: percentage of the month the instance runs (0–100). */
  readonly utilizationPct?: number;
  /** Overrides the estimate's pricing model. */
  readonly pricingModel?: PricingModel;
  readonly detailedMonitoring?: boolean;
  readonly publicIpv4PerInstance?: number;
  /**
   * Price whole EC2 Dedicated Hosts of this instance family (e.g. `r8i`) instead of instances:
   * `quantity` counts hosts and `instanceType`, `sizing` and `os` do not apply. Set by the reader
   * of the AWS Pricing Calculator's Dedicated Hosts bulk-import template.
   */
  readonly dedicatedHostFamily?: string;
  /**
   * Burstable (T-family) instances in unlimited mode: surplus CPU credits each instance spends per
   * month beyond the credits it earns (1 credit = 1 vCPU-minute), billed per vCPU-hour.
   */
  readonly surplusCpuCredits?: number;
  /** EBS optimization on a type that offers it for an hourly fee (c3, m3, r3, i2 …). */
  readonly ebsOptimized?: boolean;
}

export type EbsVolumeType = (typeof EBS_VOLUME_TYPES)[number];

export interface EbsItem extends ItemBase {
  readonly service: 'ebs';
  readonly volumeType: EbsVolumeType;
  readonly storageGb: number;
  readonly iops?: number;
  readonly throughputMbps?: number;
  /** Snapshot storage billed per month (GB-month of incremental snapshot data). */
  readonly snapshotGb?: number;
  /**
   * EBS fast snapshot restore: snapshot × Availability Zone pairs enabled for this volume's
   * snapshots (one Data Services Unit each), billed per DSU-hour over the volume's hours.
   */
  readonly fastSnapshotRestores?: number;
  readonly hoursPerMonth?: number;
}

export type S3StorageClass = (typeof S3_STORAGE_CLASSES)[number];

export interface S3Item extends ItemBase {
  readonly service: 's3';
  readonly storageClass: S3StorageClass;
  readonly storageGb: number;
  /** PUT, COPY, POST, LIST requests per month. */
  readonly putRequests?: number;
  /** GET, SELECT and other requests per month. */
  readonly getRequests?: number;
  readonly retrievalGb?: number;
  /** Glacier Flexible Retrieval / Deep Archive: the restore tier of `retrievalGb` and `retrievalRequests` (default standard). */
  readonly retrievalTier?: (typeof S3_RETRIEVAL_TIERS)[number];
  /** Glacier Flexible Retrieval / Deep Archive: restore requests per month. */
  readonly retrievalRequests?: number;
  /** Lifecycle transition requests per month into this item's storage class. */
  readonly lifecycleTransitions?: number;
  /** Intelligent-Tiering: GB-month in the Infrequent Access tier (`storageGb` is Frequent Access). */
  readonly infrequentAccessGb?: number;
  /** Intelligent-Tiering: GB-month in the Archive Instant Access tier. */
  readonly archiveInstantAccessGb?: number;
  /** Intelligent-Tiering: objects (over 128 KB) monitored per month. */
  readonly monitoredObjects?: number;
  /** S3 Select: GB scanned and GB returned per month. */
  readonly selectScannedGb?: number;
  readonly selectReturnedGb?: number;
}

export interface EfsItem extends ItemBase {
  readonly service: 'efs';
  readonly storageClass: (typeof EFS_STORAGE_CLASSES)[number];
  readonly storageGb: number;
  readonly throughputMode?: (typeof EFS_THROUGHPUT_MODES)[number];
  readonly provisionedThroughputMbps?: number;
  /** Elastic throughput: GB read and written per month. */
  readonly readGb?: number;
  readonly writeGb?: number;
  /** Infrequent Access and Archive classes: GB read from / written to that class per month (access charges). */
  readonly iaReadGb?: number;
  readonly iaWriteGb?: number;
}

export type RdsEngine = (typeof RDS_ENGINES)[number];

export interface RdsItem extends ItemBase {
  readonly service: 'rds';
  readonly engine: RdsEngine;
  readonly licenseModel?: (typeof RDS_LICENSE_MODELS)[number];
  readonly instanceClass: string;
  readonly deployment: (typeof RDS_DEPLOYMENTS)[number];
  readonly storageType: (typeof RDS_STORAGE_TYPES)[number];
  readonly storageGb: number;
  readonly iops?: number;
  readonly throughputMbps?: number;
  /** Backup storage beyond the free allowance (equal to provisioned storage), GB-month. */
  readonly backupGb?: number;
  /** Magnetic storage: I/O requests per month, in millions. */
  readonly ioRequestsMillions?: number;
  /** Performance Insights paid retention, months (1–24); absent = the free 7 days. */
  readonly performanceInsightsRetentionMonths?: number;
  /** RDS Extended Support (MySQL, PostgreSQL): the major version and its year of Extended Support. */
  readonly extendedSupport?: RdsExtendedSupport;
  /** Burstable (db.t*) classes: surplus CPU credits each instance spends per month (1 = 1 vCPU-minute). */
  readonly surplusCpuCredits?: number;
  readonly hoursPerMonth?: number;
  readonly pricingModel?: PricingModel;
}

export interface RdsExtendedSupport {
  /** `5.7`, `11`, `12` … as AWS names the major version. */
  readonly majorVersion: string;
  /** Year of Extended Support the version is in: years 1 and 2 share a rate, year 3 has its own. */
  readonly year: (typeof RDS_EXTENDED_SUPPORT_YEARS)[number];
}

export interface AuroraItem extends ItemBase {
  readonly service: 'aurora';
  readonly engine: (typeof AURORA_ENGINES)[number];
  readonly capacity: (typeof AURORA_CAPACITIES)[number];
  /** Provisioned: instance class, e.g. `db.r7g.large`. */
  readonly instanceClass?: string;
  /** Serverless v2: average ACUs over the month. */
  readonly averageAcu?: number;
  readonly storageConfiguration: (typeof AURORA_STORAGE_CONFIGURATIONS)[number];
  readonly storageGb: number;
  /** Standard storage: I/O requests per month, in millions. */
  readonly ioRequestsMillions?: number;
  readonly backupGb?: number;
  readonly hoursPerMonth?: number;
  readonly pricingModel?: PricingModel;
}

export interface DynamoDbItem extends ItemBase {
  readonly service: 'dynamodb';
  readonly capacityMode: (typeof DYNAMODB_CAPACITY_MODES)[number];
  readonly tableClass?: (typeof DYNAMODB_TABLE_CLASSES)[number];
  /** On-demand: read and write request units per month, in millions. */
  readonly readRequestUnitsMillions?: number;
  readonly writeRequestUnitsMillions?: number;
  /** Provisioned: capacity units held all month. */
  readonly readCapacityUnits?: number;
  readonly writeCapacityUnits?: number;
  readonly storageGb: number;
  /** On-demand backups kept, GB-month. */
  readonly backupGb?: number;
  /** Point-in-time recovery (continuous backups): table size covered, GB-month. */
  readonly pitrGb?: number;
  /** Data restored from a backup, GB per month. */
  readonly restoreGb?: number;
  /** DynamoDB Streams read requests per month, in millions. */
  readonly streamReadRequestsMillions?: number;
  /** Global tables, on-demand: replicated write request units per month, in millions. */
  readonly replicatedWriteRequestUnitsMillions?: number;
  /** Global tables, provisioned: replicated write capacity units held all month. */
  readonly replicatedWriteCapacityUnits?: number;
}

export interface ElastiCacheItem extends ItemBase {
  readonly service: 'elasticache';
  readonly engine: (typeof CACHE_ENGINES)[number];
  readonly nodeType: string;
  /** Nodes per cluster; `quantity` counts clusters. */
  readonly nodes: number;
  readonly hoursPerMonth?: number;
  readonly pricingModel?: PricingModel;
}

export interface LambdaItem extends ItemBase {
  readonly service: 'lambda';
  readonly requestsPerMonth: number;
  readonly durationMs: number;
  readonly memoryMb: number;
  readonly architecture?: Architecture;
  readonly ephemeralStorageMb?: number;
  /** Apply the monthly free tier (1M requests, 400,000 GB-s). */
  readonly freeTier?: boolean;
}

export interface FargateItem extends ItemBase {
  readonly service: 'fargate';
  readonly vcpu: number;
  readonly memoryGb: number;
  readonly architecture?: Architecture;
  readonly os?: (typeof FARGATE_OPERATING_SYSTEMS)[number];
  readonly ephemeralStorageGb?: number;
  readonly hoursPerMonth?: number;
}

export interface EksItem extends ItemBase {
  readonly service: 'eks';
  readonly support?: (typeof EKS_SUPPORT_TIERS)[number];
  readonly hoursPerMonth?: number;
}

export interface DataTransferItem extends ItemBase {
  readonly service: 'data-transfer';
  /** Out to the internet, GB per month. */
  readonly internetOutGb?: number;
  /** Out to another AWS region, GB per month. */
  readonly interRegionOutGb?: number;
  readonly destinationRegion?: string;
  /** Between AZs in one region, GB per month (billed out and in). */
  readonly intraRegionGb?: number;
  /** Apply the 100 GB/month free internet egress. */
  readonly freeAllowance?: boolean;
}

export interface NatGatewayItem extends ItemBase {
  readonly service: 'nat-gateway';
  readonly dataProcessedGb: number;
  readonly hoursPerMonth?: number;
}

export interface LoadBalancerItem extends ItemBase {
  readonly service: 'load-balancer';
  readonly type: (typeof LOAD_BALANCER_TYPES)[number];
  /** ALB LCUs, NLB NLCUs or Gateway LB GLCUs averaged over the month. */
  readonly capacityUnits?: number;
  /** Classic: GB processed per month. */
  readonly dataProcessedGb?: number;
  readonly hoursPerMonth?: number;
}

export interface CloudFrontItem extends ItemBase {
  readonly service: 'cloudfront';
  /** Edge pricing region, e.g. `United States`, `Asia Pacific`. */
  readonly edgeLocation: string;
  readonly dataOutGb: number;
  readonly httpsRequests?: number;
  readonly httpRequests?: number;
  /** Requests through Origin Shield per month. */
  readonly originShieldRequests?: number;
  /** The AWS region hosting the Origin Shield (region code); the estimate's region when absent. */
  readonly originShieldRegion?: string;
  /** Invalidation paths requested per month (the first 1,000 a month are free, per account). */
  readonly invalidationPaths?: number;
  /** Custom SSL certificates served on dedicated IPs, held all month. */
  readonly dedicatedIpCertificates?: number;
  /** Requests encrypted with field-level encryption per month. */
  readonly fieldLevelEncryptionRequests?: number;
  /** Real-time log lines published per month. */
  readonly realtimeLogLines?: number;
}

export interface Route53Item extends ItemBase {
  readonly service: 'route53';
  readonly hostedZones: number;
  readonly standardQueriesMillions?: number;
  readonly latencyQueriesMillions?: number;
  /** Geolocation and geoproximity queries, in millions. */
  readonly geoQueriesMillions?: number;
}

export interface PublicIpv4Item extends ItemBase {
  readonly service: 'public-ipv4';
  readonly hoursPerMonth?: number;
}

export interface CloudWatchItem extends ItemBase {
  readonly service: 'cloudwatch';
  readonly customMetrics?: number;
  readonly logsIngestedGb?: number;
  readonly logsStoredGb?: number;
  readonly alarms?: number;
  readonly dashboards?: number;
}

export type RequirementItem =
  | Ec2Item
  | EbsItem
  | S3Item
  | EfsItem
  | RdsItem
  | AuroraItem
  | DynamoDbItem
  | ElastiCacheItem
  | LambdaItem
  | FargateItem
  | EksItem
  | DataTransferItem
  | NatGatewayItem
  | LoadBalancerItem
  | CloudFrontItem
  | Route53Item
  | PublicIpv4Item
  | CloudWatchItem;

export type ServiceKind = RequirementItem['service'];

export const SERVICE_KINDS: readonly ServiceKind[] = [
  'ec2',
  'ebs',
  's3',
  'efs',
  'rds',
  'aurora',
  'dynamodb',
  'elasticache',
  'lambda',
  'fargate',
  'eks',
  'data-transfer',
  'nat-gateway',
  'load-balancer',
  'cloudfront',
  'route53',
  'public-ipv4',
  'cloudwatch',
];

/** What a cost line prices: a requirement's service kind, or `support` (the AWS Support line). */
export const LINE_SERVICE_KINDS: readonly (ServiceKind | 'support')[] = [
  ...SERVICE_KINDS,
  'support',
];
