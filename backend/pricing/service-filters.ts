/**
 * Which Price List products the catalog keeps, per offer, and which of their attributes. An offer
 * file holds far more than the engine prices (EC2 us-east-1: every OS, tenancy, capacity
 * reservation state and Capacity Blocks); keeping only what a priced resource can select keeps
 * shards small enough for the add-in. The rules are documented in backend/pricing/README.md.
 */
export interface ProductView {
  readonly productFamily: string;
  readonly attributes: Readonly<Record<string, string | undefined>>;
}

export interface ServiceFilter {
  readonly service: string;
  /** Product families kept (others are dropped before their terms are read). */
  readonly families: ReadonlySet<string>;
  /** Extra per-product rule, after the family check. */
  readonly accept?: (product: ProductView) => boolean;
  /** Attribute names copied onto records (the ones the engine selects on, plus context). */
  readonly attributes: readonly string[];
  /**
   * Priced without a region (CloudFront edge locations, Route 53): every product goes to the
   * `global` shard, read from the offer's all-regions file.
   */
  readonly global?: boolean;
}

/** EC2 OS / licence / pre-installed software combinations the engine prices (Ec2OperatingSystem). */
const EC2_SOFTWARE = new Set([
  'Linux|No License required|NA',
  'Windows|No License required|NA',
  'RHEL|No License required|NA',
  'SUSE|No License required|NA',
  'Ubuntu Pro|No License required|NA',
  'Windows|No License required|SQL Web',
  'Windows|No License required|SQL Std',
  'Windows|No License required|SQL Ent',
  'Windows|Bring your own license|NA',
]);
const EC2_TENANCY = new Set(['Shared', 'Dedicated']);
const EC2_INSTANCE_FAMILIES = new Set(['Compute Instance', 'Compute Instance (bare metal)']);

function acceptEc2(product: ProductView): boolean {
  if (!EC2_INSTANCE_FAMILIES.has(product.productFamily)) return true;
  const a = product.attributes;
  if (!EC2_TENANCY.has(a.tenancy ?? '')) return false;
  // Other values mark capacity-reservation rows (UnusedCapacityReservation, AllocatedCapacityReservation).
  if (a.capacitystatus !== undefined && a.capacitystatus !== 'Used') return false;
  // The 2024+ lists carry parallel CapacityBlock rows at 0.00 for the same instance; files before
  // the attribute existed have no marketoption and are On-Demand.
  if (a.marketoption !== undefined && a.marketoption !== 'OnDemand') return false;
  return EC2_SOFTWARE.has(`${a.operatingSystem}|${a.licenseModel}|${a.preInstalledSw}`);
}

const COMMON = ['usagetype', 'operation', 'group', 'groupDescription', 'locationType'];

const FILTERS: readonly ServiceFilter[] = [
  {
    service: 'AmazonEC2',
    families: new Set([
      ...EC2_INSTANCE_FAMILIES,
      // Dedicated Hosts are priced per host-hour by family (instanceType = the family, e.g. r7g).
      'Dedicated Host',
      'Storage',
      'System Operation',
      'Provisioned Throughput',
      'Storage Snapshot',
      'NAT Gateway',
      'IP Address',
      'Load Balancer-Network',
      'Load Balancer-Application',
      'Load Balancer',
      'Data Transfer',
    ]),
    accept: acceptEc2,
    attributes: [
      ...COMMON,
      'instanceType',
      'instanceFamily',
      'currentGeneration',
      'vcpu',
      'memory',
      'storage',
      'networkPerformance',
      'physicalProcessor',
      'processorArchitecture',
      'gpu',
      'normalizationSizeFactor',
      'tenancy',
      'operatingSystem',
      'licenseModel',
      'preInstalledSw',
      'capacitystatus',
      'marketoption',
      'volumeApiName',
      'volumeType',
      'storageMedia',
      'transferType',
      'fromLocation',
      'toLocation',
    ],
  },
  family(
    'AmazonECS',
    ['Compute', 'Compute Metering'],
    ['tenancy', 'operatingSystem', 'cputype', 'memorytype', 'resource'],
  ),
  family(
    'AmazonEKS',
    ['Compute', 'EKS Hybrid Nodes', 'Fargate Pod'],
    ['tenancy', 'operatingSystem'],
  ),
  family('AWSLambda', ['Serverless'], []),
  family(
    'AmazonS3',
    ['Storage', 'API Request', 'Fee', 'Data Transfer'],
    ['storageClass', 'volumeType', 'feeCode', 'feeDescription'],
  ),
  family(
    'AmazonEFS',
    ['Storage', 'Provisioned Throughput', 'Throughput'],
    ['storageClass', 'throughputClass', 'accessType'],
  ),
  family(
    'AmazonRDS',
    [
      'Database Instance',
      'Database Storage',
      'Provisioned IOPS',
      'Provisioned Throughput',
      'Storage Snapshot',
      'System Operation',
      'ServerlessV2',
      'Aurora Global Database',
    ],
    [
      'instanceType',
      'databaseEngine',
      'databaseEdition',
      'licenseModel',
      'deploymentOption',
      'volumeType',
      'vcpu',
      'memory',
      'storage',
    ],
  ),
  family(
    'AmazonDynamoDB',
    [
      'Amazon DynamoDB PayPerRequest Throughput',
      'Provisioned IOPS',
      'Database Storage',
      'Storage Snapshot',
      'Data Transfer',
    ],
    ['volumeType', 'storageClass'],
  ),
  family(
    'AmazonElastiCache',
    ['Cache Instance', 'ElastiCache Serverless'],
    ['instanceType', 'cacheEngine', 'vcpu', 'memory', 'networkPerformance'],
  ),
  family(
    'AWSDataTransfer',
    ['Data Transfer'],
    ['transferType', 'fromLocation', 'toLocation', 'fromRegionCode', 'toRegionCode'],
  ),
  family('AWSELB', ['Load Balancer', 'Load Balancer-Application', 'Load Balancer-Network'], []),
  {
    ...family(
      'AmazonCloudFront',
      ['Data Transfer', 'Request', 'Invalidations'],
      ['transferType', 'fromLocation', 'toLocation', 'requestType', 'requestDescription'],
    ),
    global: true,
  },
  {
    ...family(
      'AmazonRoute53',
      ['DNS Zone', 'DNS Query', 'DNS Health Check'],
      ['routingType', 'routingTarget'],
    ),
    global: true,
  },
  family('AmazonVPC', ['VPC Public IPv4 Address', 'IP Address', 'NAT Gateway', 'VpcEndpoint'], []),
  family(
    'AmazonCloudWatch',
    ['Metric', 'API Request', 'Alarm', 'Dashboard', 'Data Payload', 'Storage Snapshot'],
    [],
  ),
];

function family(service: string, families: string[], attributes: string[]): ServiceFilter {
  return { service, families: new Set(families), attributes: [...COMMON, ...attributes] };
}

const BY_SERVICE = new Map(FILTERS.map((f) => [f.service, f]));

/** The filter of an offer code, or undefined when the importer does not handle that offer. */
export function serviceFilter(service: string): ServiceFilter | undefined {
  return BY_SERVICE.get(service);
}

export function supportedServices(): string[] {
  return FILTERS.map((f) => f.service);
}

export function keepsProduct(filter: ServiceFilter, product: ProductView): boolean {
  return filter.families.has(product.productFamily) && (filter.accept?.(product) ?? true);
}
