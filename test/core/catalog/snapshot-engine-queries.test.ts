import { PriceCatalog } from '../../../core/catalog/price-catalog';
import type { PriceQuery } from '../../../core/catalog/price-query';
import { embeddedSnapshot } from '../../../core/embedded';

/**
 * The queries core/catalog/data/README.md tells the cost engine to send, per service, and which of
 * the six first regions the README says they are priced in. Every other region must answer
 * `missing` (never `ambiguous`, never a guess). EBS, RDS and ElastiCache come from AWS's
 * pricing-page feeds in every region (test/core/catalog/catalog-coverage.test.ts checks all 32).
 */
const SIX = [
  'ap-southeast-1',
  'us-east-1',
  'us-west-2',
  'eu-west-1',
  'ap-northeast-1',
  'ap-southeast-2',
];
const US = ['us-east-1', 'us-west-2'];
const PFX: Record<string, string> = {
  'ap-southeast-1': 'APS1',
  'us-east-1': 'USE1',
  'us-west-2': 'USW2',
  'eu-west-1': 'EU',
  'ap-northeast-1': 'APN1',
  'ap-southeast-2': 'APS2',
};

interface Case {
  readonly name: string;
  readonly query: (region: string) => Omit<PriceQuery, 'region'>;
  readonly regions: readonly string[];
  /** Tier records expected where priced (a function when it differs per region). */
  readonly tiers?: number | ((region: string) => number);
}

const q =
  (service: string, productFamily: string, attributes: Record<string, string>, unit?: string) =>
  () => ({
    service,
    productFamily,
    attributes,
    ...(unit ? { unit } : {}),
  });

const CASES: readonly Case[] = [
  { name: 'EBS gp3', query: q('AmazonEC2', 'Storage', { volumeApiName: 'gp3' }), regions: SIX },
  { name: 'EBS gp2', query: q('AmazonEC2', 'Storage', { volumeApiName: 'gp2' }), regions: SIX },
  { name: 'EBS io1', query: q('AmazonEC2', 'Storage', { volumeApiName: 'io1' }), regions: SIX },
  { name: 'EBS st1', query: q('AmazonEC2', 'Storage', { volumeApiName: 'st1' }), regions: SIX },
  {
    name: 'EBS gp3 IOPS',
    query: q('AmazonEC2', 'System Operation', { volumeApiName: 'gp3' }),
    regions: SIX,
  },
  {
    name: 'EBS io2 IOPS',
    query: q('AmazonEC2', 'System Operation', { volumeApiName: 'io2' }),
    regions: SIX,
    tiers: 3,
  },
  {
    name: 'EBS gp3 throughput (curated, per MiBps-month)',
    query: q('AmazonEC2', 'Provisioned Throughput', { volumeApiName: 'gp3' }, 'MiBps-Mo'),
    regions: SIX,
  },
  {
    name: 'EBS gp3 throughput (feed, per GiBps-month as published)',
    query: q('AmazonEC2', 'Provisioned Throughput', { volumeApiName: 'gp3' }, 'GiBps-mo'),
    regions: SIX,
  },
  {
    name: 'EBS snapshots',
    query: (r) =>
      q('AmazonEC2', 'Storage Snapshot', {
        usagetype: r === 'us-east-1' ? 'EBS:SnapshotUsage' : `${PFX[r]}-EBS:SnapshotUsage`,
      })(),
    regions: SIX,
  },
  { name: 'NAT hours', query: q('AmazonEC2', 'NAT Gateway', {}, 'Hrs'), regions: SIX },
  { name: 'NAT GB', query: q('AmazonEC2', 'NAT Gateway', {}, 'GB'), regions: SIX },
  {
    name: 'RDS MySQL db.m5.large Single-AZ',
    query: q(
      'AmazonRDS',
      'Database Instance',
      { instanceType: 'db.m5.large', databaseEngine: 'MySQL', deploymentOption: 'Single-AZ' },
      'Hrs',
    ),
    regions: SIX,
  },
  {
    name: 'Aurora PostgreSQL db.r6g.large',
    query: q(
      'AmazonRDS',
      'Database Instance',
      {
        instanceType: 'db.r6g.large',
        databaseEngine: 'Aurora PostgreSQL',
        deploymentOption: 'Single-AZ',
      },
      'Hrs',
    ),
    regions: US,
  },
  {
    name: 'RDS gp3 storage Single-AZ',
    query: q('AmazonRDS', 'Database Storage', {
      volumeType: 'General Purpose-GP3',
      deploymentOption: 'Single-AZ',
    }),
    regions: [...US, 'ap-southeast-1'],
  },
  {
    name: 'Aurora storage',
    query: q('AmazonRDS', 'Database Storage', { databaseEngine: 'Aurora MySQL' }),
    regions: US,
  },
  {
    name: 'Aurora Serverless v2',
    query: q('AmazonRDS', 'ServerlessV2', { databaseEngine: 'Aurora MySQL' }),
    regions: US,
  },
  {
    name: 'S3 Standard',
    query: q('AmazonS3', 'Storage', { volumeType: 'Standard' }),
    regions: SIX,
    tiers: 3,
  },
  {
    name: 'S3 Standard-IA',
    query: q('AmazonS3', 'Storage', { volumeType: 'Standard - Infrequent Access' }),
    regions: SIX,
  },
  {
    name: 'S3 PUT',
    query: q('AmazonS3', 'API Request', { group: 'S3-API-Tier1' }),
    regions: [...US, 'eu-west-1', 'ap-southeast-1'],
  },
  {
    name: 'EFS Standard',
    query: q('AmazonEFS', 'Storage', { storageClass: 'General Purpose' }),
    regions: SIX,
  },
  {
    name: 'Lambda x86 duration',
    query: q('AWSLambda', 'Serverless', { group: 'AWS-Lambda-Duration' }),
    regions: SIX,
    tiers: 3,
  },
  {
    name: 'Lambda Arm duration',
    query: q('AWSLambda', 'Serverless', { group: 'AWS-Lambda-Duration-ARM' }),
    regions: SIX,
    tiers: 3,
  },
  {
    name: 'Lambda requests',
    query: q('AWSLambda', 'Serverless', { group: 'AWS-Lambda-Requests' }),
    regions: SIX,
  },
  {
    name: 'Fargate vCPU',
    query: (r) => q('AmazonECS', 'Compute', { usagetype: `${PFX[r]}-Fargate-vCPU-Hours:perCPU` })(),
    regions: [...US, 'ap-southeast-1'],
  },
  {
    name: 'EKS cluster',
    query: (r) =>
      q('AmazonEKS', 'Compute', { usagetype: `${PFX[r]}-AmazonEKS-Hours:perCluster` })(),
    regions: SIX,
  },
  {
    name: 'DynamoDB on-demand reads',
    query: q('AmazonDynamoDB', 'Amazon DynamoDB PayPerRequest Throughput', {
      group: 'DDB-ReadUnits',
    }),
    regions: [...US, 'ap-southeast-1'],
  },
  { name: 'DynamoDB storage', query: q('AmazonDynamoDB', 'Database Storage', {}), regions: US },
  {
    name: 'ElastiCache cache.r6g.large Redis',
    query: q('AmazonElastiCache', 'Cache Instance', {
      instanceType: 'cache.r6g.large',
      cacheEngine: 'Redis',
    }),
    regions: SIX,
  },
  {
    name: 'Internet out',
    query: q('AWSDataTransfer', 'Data Transfer', { transferType: 'AWS Outbound' }),
    regions: SIX,
    tiers: 4,
  },
  {
    name: 'Intra-region',
    query: q('AWSDataTransfer', 'Data Transfer', { transferType: 'IntraRegion' }),
    regions: SIX,
  },
  {
    name: 'Inter-region to ap-southeast-2',
    query: q('AWSDataTransfer', 'Data Transfer', {
      transferType: 'InterRegion Outbound',
      toRegionCode: 'ap-southeast-2',
    }),
    regions: ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-1', 'ap-northeast-1'],
  },
  { name: 'ALB hours', query: q('AWSELB', 'Load Balancer-Application', {}, 'Hrs'), regions: SIX },
  { name: 'ALB LCU', query: q('AWSELB', 'Load Balancer-Application', {}, 'LCU-Hrs'), regions: SIX },
  { name: 'NLB hours', query: q('AWSELB', 'Load Balancer-Network', {}, 'Hrs'), regions: SIX },
  {
    name: 'Public IPv4 in use',
    query: (r) =>
      q('AmazonVPC', 'VPC Public IPv4 Address', {
        usagetype: `${PFX[r]}-PublicIPv4:InUseAddress`,
      })(),
    regions: SIX,
  },
  { name: 'CloudWatch alarms', query: q('AmazonCloudWatch', 'Alarm', {}), regions: SIX },
  {
    name: 'CloudWatch metrics',
    query: q('AmazonCloudWatch', 'Metric', {}),
    regions: SIX,
    tiers: (region: string) => (US.includes(region) ? 4 : 1),
  },
  {
    name: 'CloudWatch logs ingestion',
    query: q('AmazonCloudWatch', 'Data Payload', {}),
    regions: [...US, 'eu-west-1', 'ap-southeast-1'],
  },
];

const catalog = new PriceCatalog(embeddedSnapshot());

describe('the engine queries documented in core/catalog/data/README.md', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const answers = SIX.map((region) => {
      const lookup = catalog.lookup({ ...c.query(region), region });
      return {
        region,
        status: lookup.status,
        tiers: lookup.status === 'found' ? lookup.records.length : 0,
      };
    });
    const expected = SIX.map((region) => {
      const priced = c.regions.includes(region);
      const tiers = typeof c.tiers === 'function' ? c.tiers(region) : (c.tiers ?? 1);
      return { region, status: priced ? 'found' : 'missing', tiers: priced ? tiers : 0 };
    });
    expect(answers).toEqual(expected);
  });

  it('answers the global services', () => {
    const zones = catalog.lookup({
      service: 'AmazonRoute53',
      region: 'global',
      productFamily: 'DNS Zone',
      attributes: {},
    });
    expect(zones.status === 'found' && zones.records.map((r) => r.price)).toEqual([
      '0.5000000000',
      '0.1000000000',
    ]);
    const out = catalog.lookup({
      service: 'AmazonCloudFront',
      region: 'global',
      productFamily: 'Data Transfer',
      attributes: { transferType: 'CloudFront Outbound', fromLocation: 'Europe' },
    });
    expect(out.status === 'found' && out.records.length).toBe(7);
    const queries = catalog.lookup({
      service: 'AmazonRoute53',
      region: 'global',
      productFamily: 'DNS Query',
      attributes: { usagetype: 'DNS-Queries' },
    });
    expect(queries.status === 'found' && queries.records.map((r) => r.endRange)).toEqual([
      '1000000000',
      'Inf',
    ]);
  });

  it('prices RI upfront and hourly separately, and Savings Plans with the On-Demand attributes', () => {
    const base = {
      service: 'AmazonEC2',
      region: 'ap-northeast-1',
      productFamily: 'Compute Instance',
      attributes: {
        instanceType: 'c5.xlarge',
        operatingSystem: 'Windows',
        tenancy: 'Shared',
        preInstalledSw: 'NA',
        licenseModel: 'No License required',
        capacitystatus: 'Used',
      },
    };
    const ri = {
      type: 'Reserved',
      leaseContractLength: '1yr',
      offeringClass: 'standard',
      purchaseOption: 'Partial Upfront',
    } as const;
    const hourly = catalog.lookup({ ...base, term: ri, unit: 'Hrs' });
    const upfront = catalog.lookup({ ...base, term: ri, unit: 'Quantity' });
    const sp = catalog.lookup({
      ...base,
      term: {
        type: 'SavingsPlan',
        planType: 'ComputeSavingsPlans',
        leaseContractLength: '3yr',
        purchaseOption: 'All Upfront',
      },
      unit: 'Hrs',
    });
    expect([hourly.status, upfront.status, sp.status]).toEqual(['found', 'found', 'found']);
    expect(upfront.status === 'found' && upfront.records[0]?.price).toBe('1368.0000000000');
  });
});
