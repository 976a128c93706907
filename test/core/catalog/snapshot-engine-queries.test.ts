import { PriceCatalog } from '../../../core/catalog/price-catalog';
import type { PriceQuery } from '../../../core/catalog/price-query';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';

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
const SG = ['ap-southeast-1'];
/** Not priced anywhere: no dated source gave the price (see core/catalog/data/README.md). */
const NONE: string[] = [];
/** The usage-type prefix with its dash; none in us-east-1 for EC2, RDS and ELB usage types. */
const pre = (region: string): string => (region === 'us-east-1' ? '' : `${PFX[region]}-`);
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
  // Aurora (AWS's Aurora pricing-page feeds, 2025-06-17): every family for both engines, except
  // Aurora MySQL Standard storage (the storage feed names that row for Aurora PostgreSQL only).
  ...(['Aurora MySQL', 'Aurora PostgreSQL'] as const).flatMap((databaseEngine): Case[] => [
    {
      name: `Aurora db.r6g.large Standard (${databaseEngine})`,
      query: (r) =>
        q(
          'AmazonRDS',
          'Database Instance',
          {
            instanceType: 'db.r6g.large',
            databaseEngine,
            deploymentOption: 'Single-AZ',
            usagetype: `${pre(r)}InstanceUsage:db.r6g.large`,
          },
          'Hrs',
        )(),
      regions: SIX,
    },
    ...(
      [
        ['ServerlessV2', 'Aurora:ServerlessV2Usage', 'ACU-Hr', SIX],
        ['ServerlessV2', 'Aurora:ServerlessV2IOOptimizedUsage', 'ACU-Hr', SIX],
        // Aurora MySQL: rds-storage.json's Standard storage row that names no engine (DECISIONS 78).
        ['Database Storage', 'Aurora:StorageUsage', 'GB-Mo', SIX],
        ['Database Storage', 'Aurora:IO-OptimizedStorageUsage', 'GB-Mo', SIX],
        ['System Operation', 'Aurora:StorageIOUsage', 'IOs', SIX],
        ['Storage Snapshot', 'Aurora:BackupUsage', 'GB-Mo', SIX],
      ] as const
    ).map(([family, usage, unit, regions]): Case => ({
      name: `Aurora ${usage} (${databaseEngine})`,
      query: (r) =>
        q('AmazonRDS', family, { databaseEngine, usagetype: `${pre(r)}${usage}` }, unit)(),
      regions,
    })),
  ]),
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
  ...(
    [
      ['S3 PUT', 'Requests-Tier1', SIX],
      ['S3 Intelligent-Tiering storage', 'TimedStorage-INT-FA-ByteHrs', SIX, 3],
      ['S3 One Zone-IA retrieval', 'Retrieval-ZIA', SIX],
      ['S3 Glacier Flexible storage', 'TimedStorage-GlacierByteHrs', SIX],
      ['S3 Deep Archive PUT', 'Requests-GDA-Tier1', SIX],
      ['S3 Deep Archive GET (not in the feed)', 'Requests-GDA-Tier2', NONE],
    ] as const
  ).map(([name, usage, regions, tiers]): Case => ({
    name,
    // As core/resources/s3-bucket.ts asks: the usage type alone, no product family.
    query: (r) => ({
      service: 'AmazonS3',
      attributes: { usagetype: `${r === 'us-east-1' ? '' : `${PFX[r]}-`}${usage}` },
    }),
    regions,
    ...(tiers ? { tiers } : {}),
  })),
  // efs.json (2025-09-25): every class, with the usage type core/resources/efs-file-system.ts sends.
  ...(
    [
      ['EFS Standard', 'Storage', 'General Purpose', 'TimedStorage-ByteHrs'],
      ['EFS IA (Elastic)', 'Storage', 'Infrequent Access', 'IATimedStorage-ET-ByteHrs'],
      ['EFS IA (Bursting/Provisioned)', 'Storage', 'Infrequent Access', 'IATimedStorage-ByteHrs'],
      ['EFS Archive', 'Storage', 'Archive', 'ArchiveTimedStorage-ByteHrs'],
      ['EFS One Zone', 'Storage', 'One Zone-General Purpose', 'TimedStorage-Z-ByteHrs'],
      ['EFS One Zone-IA', 'Storage', 'One Zone-Infrequent Access', 'IATimedStorage-Z-ByteHrs'],
      ['EFS IA reads', 'Storage', 'Infrequent Access', 'IA-Read-Bytes'],
      ['EFS Archive writes', 'Storage', 'Archive', 'Archive-Write-Bytes'],
      [
        'EFS One Zone-IA reads (no feed row)',
        'Storage',
        'One Zone-Infrequent Access',
        'IA-Read-Bytes',
        NONE,
      ],
      ['EFS Elastic reads', 'Throughput', '', 'ElasticThroughput-Read-Bytes'],
      ['EFS Provisioned throughput', 'Provisioned Throughput', '', 'ProvisionedTP-MiBpsHrs'],
    ] as const
  ).map(([name, family, storageClass, usage, regions]): Case => ({
    name,
    query: (r) =>
      q('AmazonEFS', family, {
        ...(storageClass ? { storageClass } : {}),
        usagetype: `${pre(r)}${usage}`,
      })(),
    regions: regions ?? SIX,
  })),
  {
    // lambda.json (2025-10-30): three tiers each; Singapore's first tier is the 2026-07 Price List fact.
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
    name: 'Lambda ephemeral storage',
    query: q('AWSLambda', 'Serverless', { group: 'AWS-Lambda-Storage-Duration' }),
    regions: SIX,
  },
  {
    name: 'Fargate vCPU',
    query: (r) => q('AmazonECS', 'Compute', { usagetype: `${PFX[r]}-Fargate-vCPU-Hours:perCPU` })(),
    regions: SIX,
  },
  {
    name: 'Fargate Arm vCPU',
    query: (r) =>
      q('AmazonECS', 'Compute', { usagetype: `${PFX[r]}-Fargate-ARM-vCPU-Hours:perCPU` })(),
    regions: ['us-east-1'],
  },
  {
    name: 'EKS cluster',
    query: (r) =>
      q('AmazonEKS', 'Compute', { usagetype: `${PFX[r]}-AmazonEKS-Hours:perCluster` })(),
    regions: SIX,
  },
  // dynamodb.json (2025-08-28); the engine adds the usage type, which tells Standard from Standard-IA.
  {
    name: 'DynamoDB on-demand reads',
    query: (r) =>
      q('AmazonDynamoDB', 'Amazon DynamoDB PayPerRequest Throughput', {
        group: 'DDB-ReadUnits',
        usagetype: `${pre(r)}ReadRequestUnits`,
      })(),
    regions: SIX,
  },
  {
    name: 'DynamoDB provisioned writes (Standard-IA)',
    query: (r) =>
      q('AmazonDynamoDB', 'Provisioned IOPS', {
        group: 'DDB-WriteUnits',
        usagetype: `${pre(r)}IA-WriteCapacityUnit-Hrs`,
      })(),
    regions: SIX,
  },
  {
    name: 'DynamoDB storage',
    query: (r) =>
      q('AmazonDynamoDB', 'Database Storage', { usagetype: `${pre(r)}TimedStorage-ByteHrs` })(),
    regions: SIX,
  },
  {
    name: 'ElastiCache cache.r6g.large Redis',
    query: q('AmazonElastiCache', 'Cache Instance', {
      instanceType: 'cache.r6g.large',
      cacheEngine: 'Redis',
    }),
    regions: SIX,
  },
  {
    // Four tiers (first 10 TB, next 40 TB, next 100 TB, over 150 TB): datatransfer feed 2025-06-05.
    name: 'Internet out (four tiers)',
    query: q('AWSDataTransfer', 'Data Transfer', { transferType: 'AWS Outbound' }),
    regions: SIX,
    tiers: 4,
  },
  {
    // Between AZs: the May 2025 invoice's Singapore rate only.
    name: 'Intra-region',
    query: q('AWSDataTransfer', 'Data Transfer', { transferType: 'IntraRegion' }),
    regions: SG,
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
  {
    name: 'ALB LCU',
    query: q('AWSELB', 'Load Balancer-Application', {}, 'LCU-Hrs'),
    regions: SIX,
  },
  { name: 'NLB hours', query: q('AWSELB', 'Load Balancer-Network', {}, 'Hrs'), regions: SIX },
  {
    name: 'NLB LCU',
    query: q('AWSELB', 'Load Balancer-Network', {}, 'LCU-Hrs'),
    regions: SIX,
  },
  { name: 'GWLB hours', query: q('AWSELB', 'Load Balancer-Gateway', {}, 'Hrs'), regions: SIX },
  {
    name: 'GWLB GLCU',
    query: q('AWSELB', 'Load Balancer-Gateway', {}, 'LCU-Hrs'),
    regions: SIX,
  },
  { name: 'Classic LB hours', query: q('AWSELB', 'Load Balancer', {}, 'Hrs'), regions: SIX },
  { name: 'Classic LB data', query: q('AWSELB', 'Load Balancer', {}, 'GB'), regions: SIX },
  {
    name: 'Public IPv4 in use',
    query: (r) =>
      q('AmazonVPC', 'VPC Public IPv4 Address', {
        usagetype: `${PFX[r]}-PublicIPv4:InUseAddress`,
      })(),
    regions: SIX,
  },
  // cloudwatch.json (2025-09-23).
  { name: 'CloudWatch alarms', query: q('AmazonCloudWatch', 'Alarm', {}), regions: SIX },
  {
    name: 'CloudWatch metrics',
    query: q('AmazonCloudWatch', 'Metric', {}),
    regions: SIX,
    tiers: 4,
  },
  {
    name: 'CloudWatch logs ingestion',
    query: q('AmazonCloudWatch', 'Data Payload', {}),
    regions: SIX,
  },
  {
    name: 'CloudWatch logs storage',
    query: q('AmazonCloudWatch', 'Storage Snapshot', {}),
    regions: SIX,
  },
  { name: 'CloudWatch dashboards', query: q('AmazonCloudWatch', 'Dashboard', {}), regions: SIX },
  {
    name: 'EC2 Windows t3.medium On-Demand',
    query: () => ({
      service: 'AmazonEC2',
      productFamily: 'Compute Instance',
      attributes: {
        instanceType: 't3.medium',
        operatingSystem: 'Windows',
        tenancy: 'Shared',
        preInstalledSw: 'NA',
        licenseModel: 'No License required',
        capacitystatus: 'Used',
      },
      unit: 'Hrs',
    }),
    regions: SIX,
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
    // route53.json (2025-08-28): hosted zones in two tiers, queries per policy in two tiers.
    const zones = catalog.lookup({
      service: 'AmazonRoute53',
      region: 'global',
      productFamily: 'DNS Zone',
      attributes: {},
    });
    expect(zones.status === 'found' && zones.records.map((r) => [r.price, r.endRange])).toEqual([
      ['0.5000000000', '25'],
      ['0.1000000000', 'Inf'],
    ]);
    for (const [usagetype, first, over] of [
      ['DNS-Queries', '0.0000004000', '0.0000002000'],
      ['LBR-Queries', '0.0000006000', '0.0000003000'],
      ['Geo-Queries', '0.0000007000', '0.0000003500'],
    ] as const) {
      const queries = catalog.lookup({
        service: 'AmazonRoute53',
        region: 'global',
        productFamily: 'DNS Query',
        attributes: { usagetype },
      });
      expect({
        usagetype,
        tiers:
          queries.status === 'found'
            ? queries.records.map((r) => [r.beginRange, r.endRange, r.price])
            : queries.status,
      }).toEqual({
        usagetype,
        tiers: [
          ['0', '1000000000', first],
          ['1000000000', 'Inf', over],
        ],
      });
    }
    // Origin Shield requests (cloudfront.json of 2025-07-01), per Origin Shield region.
    for (const [usagetype, price] of [
      ['USE1-Requests-OriginShield', '0.0000007500'],
      ['EU-Requests-OriginShield', '0.0000009000'],
      ['SAE1-Requests-OriginShield', '0.0000016000'],
      ['EUW3-Requests-OriginShield', 'missing'],
    ] as const) {
      const shield = catalog.lookup({
        service: 'AmazonCloudFront',
        region: 'global',
        productFamily: 'Request',
        attributes: { usagetype },
        unit: 'Requests',
      });
      expect({
        usagetype,
        price:
          shield.status === 'found' ? shield.records.map((r) => r.price).join() : shield.status,
      }).toEqual({ usagetype, price });
    }
    // CloudFront out to the internet: all seven tiers for every edge location the engine accepts.
    for (const fromLocation of [
      'United States',
      'Canada',
      'Europe',
      'Middle East',
      'South Africa',
      'South America',
      'Japan',
      'Australia',
      'Asia Pacific',
      'Asia',
      'India',
    ]) {
      const out = catalog.lookup({
        service: 'AmazonCloudFront',
        region: 'global',
        productFamily: 'Data Transfer',
        attributes: { transferType: 'CloudFront Outbound', fromLocation },
        unit: 'GB',
      });
      expect({
        fromLocation,
        tiers: out.status === 'found' ? out.records.length : out.status,
      }).toEqual({ fromLocation, tiers: 7 });
    }
    // Requests (cloudfront.json of 2025-07-01): HTTP and HTTPS GET/HEAD for every edge location.
    for (const [fromLocation, usagetype, price] of [
      ['United States', 'US-Requests-Tier1', '0.0000007500'],
      ['United States', 'US-Requests-Tier2-HTTPS', '0.0000010000'],
      ['Europe', 'EU-Requests-Tier2-HTTPS', '0.0000012000'],
      ['South Africa', 'ZA-Requests-Tier2-HTTPS', '0.0000012000'],
      ['India', 'IN-Requests-Tier1', '0.0000009000'],
    ] as const) {
      const requests = catalog.lookup({
        service: 'AmazonCloudFront',
        region: 'global',
        productFamily: 'Request',
        attributes: { fromLocation, usagetype },
        unit: 'Requests',
      });
      expect({
        usagetype,
        prices:
          requests.status === 'found' ? requests.records.map((r) => r.price) : requests.status,
      }).toEqual({ usagetype, prices: [price] });
    }
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
