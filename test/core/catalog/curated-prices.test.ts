import type { RequirementItem } from '../../../core/requirements/requirement-items';
import { price } from './embedded-price';

/**
 * Representative inputs priced against the embedded catalog, per curated service and region. Each
 * expected figure is worked out by hand in the comment next to it from the price its source
 * publishes (the source is named in core/catalog/data/README.md and on every record), so a record
 * that does not answer the engine's query, or a wrong number, fails here. The prices the catalog
 * does not hold are asserted as gaps in curated-gaps.test.ts.
 */

describe('CloudFront out to the internet, every edge-location group (page read 2026-12-05)', () => {
  const cases: readonly [string, number, string, string][] = [
    // 1 TB in India: 1,024 GB × $0.109 (first 10 TB).
    ['India', 1024, '111.616', '1,024 × 0.109'],
    // 1 TB in Europe: 1,024 × $0.085.
    ['Europe', 1024, '87.04', '1,024 × 0.085'],
    // Middle East (South Africa, Kenya, Nigeria and Middle East): 1,024 × $0.110.
    ['Middle East', 1024, '112.64', '1,024 × 0.110'],
    ['South Africa', 1024, '112.64', '1,024 × 0.110'],
    // Australia and New Zealand: 1,024 × $0.114.
    ['Australia', 1024, '116.736', '1,024 × 0.114'],
    // Hong Kong … Vietnam: 1,024 × $0.120.
    ['Asia Pacific', 1024, '122.88', '1,024 × 0.120'],
    // 20 TB in Japan: 10,240 × $0.114 + 10,240 × $0.089 = 1,167.36 + 911.36.
    ['Japan', 20480, '2078.72', 'two tiers'],
    // 200 TB in South America: 10,240 × 0.110 + 40,960 × 0.105 + 102,400 × 0.090 + 51,200 × 0.080
    // = 1,126.40 + 4,300.80 + 9,216.00 + 4,096.00.
    ['South America', 204800, '18739.2', 'four tiers'],
    // 6 PB in the United States: 10,240 × 0.085 + 40,960 × 0.080 + 102,400 × 0.060 + 358,400 × 0.040
    // + 536,576 × 0.030 + 4,194,304 × 0.025 + 1,048,576 × 0.020
    // = 870.40 + 3,276.80 + 6,144.00 + 14,336.00 + 16,097.28 + 104,857.60 + 20,971.52.
    ['United States', 6291456, '166553.6', 'all seven tiers'],
    ['Canada', 1024, '87.04', '1,024 × 0.085'],
  ];
  it.each(cases)('%s, %d GB', (edgeLocation, dataOutGb, monthly) => {
    const line = price('us-east-1', {
      id: 'cdn',
      service: 'cloudfront',
      quantity: 1,
      edgeLocation,
      dataOutGb,
      httpsRequests: 1_000_000,
    });
    const out = line.components.filter((c) => c.name.startsWith('Data transfer out'));
    expect(out.every((c) => c.status === 'priced')).toBe(true);
    expect(out.reduce((sum, c) => sum + Number(c.cost), 0).toFixed(4)).toBe(
      Number(monthly).toFixed(4),
    );
    // Requests are priced from the CloudFront feed (figures in curated-feed-prices.test.ts).
    expect(line.components.find((c) => c.name.startsWith('HTTPS requests'))?.status).toBe('priced');
  });
});

describe('S3 per region (feed export 2024-09-25; newer invoice / Price List facts where printed)', () => {
  // 1,000 GB Standard + 1,000,000 PUT + 10,000,000 GET.
  const cases: readonly [string, string][] = [
    // 1,000 × 0.023 + 1,000,000 × 0.000005 + 10,000,000 × 0.0000004 = 23 + 5 + 4
    ['us-east-1', '32'],
    ['us-west-2', '32'],
    ['eu-west-1', '32'],
    // 1,000 × 0.025 + 5 + 4 (Singapore, 2026-07 Price List facts)
    ['ap-southeast-1', '34'],
    // 1,000 × 0.025 + 1,000,000 × 0.0000047 + 10,000,000 × 0.00000037 = 25 + 4.7 + 3.7
    ['ap-northeast-1', '33.4'],
    // 1,000 × 0.025 + 1,000,000 × 0.0000055 + 10,000,000 × 0.00000044 = 25 + 5.5 + 4.4
    ['ap-southeast-2', '34.9'],
  ];
  it.each(cases)('Standard in %s', (region, monthly) => {
    const line = price(region, {
      id: 'b',
      service: 's3',
      quantity: 1,
      storageClass: 'standard',
      storageGb: 1000,
      putRequests: 1_000_000,
      getRequests: 10_000_000,
    });
    expect(line.incomplete).toBeFalsy();
    expect(line.monthly).toBe(monthly);
  });

  it('prices Standard-IA with its retrieval fee (eu-west-1)', () => {
    // 500 × 0.0125 + 10,000 × 0.00001 + 100,000 × 0.000001 + 100 GB × 0.01 = 6.25 + 0.1 + 0.1 + 1
    const line = price('eu-west-1', {
      id: 'ia',
      service: 's3',
      quantity: 1,
      storageClass: 'standard-ia',
      storageGb: 500,
      putRequests: 10_000,
      getRequests: 100_000,
      retrievalGb: 100,
    });
    expect(line.incomplete).toBeFalsy();
    expect(line.monthly).toBe('7.45');
  });

  it('prices Glacier Deep Archive storage, PUTs and retrieval but leaves its GETs a gap (Tokyo)', () => {
    // 1,000 × 0.002 + 1,000 × 0.000065 + 10 GB × 0.022 = 2 + 0.065 + 0.22; GETs are not in the feed.
    const line = price('ap-northeast-1', {
      id: 'gda',
      service: 's3',
      quantity: 1,
      storageClass: 'glacier-deep-archive',
      storageGb: 1000,
      putRequests: 1000,
      getRequests: 1000,
      retrievalGb: 10,
    });
    expect(line.monthly).toBe('2.285');
    expect(line.incomplete).toBe(true);
    expect(line.components.find((c) => c.name.startsWith('GET'))?.status).toBe(
      'price-not-in-catalog',
    );
  });
});

describe('Fargate Linux/x86 per region', () => {
  // 1 task × 730 h × (1 vCPU × vCPU-hour + 2 GB × GB-hour).
  const cases: readonly [string, string][] = [
    // 730 × (0.04048 + 2 × 0.004445) = 730 × 0.04937 (us-east-1: 2025-08 offer file)
    ['us-east-1', '36.0401'],
    ['us-west-2', '36.0401'],
    ['eu-west-1', '36.0401'],
    // 730 × (0.05056 + 2 × 0.00553) = 730 × 0.06162
    ['ap-southeast-1', '44.9826'],
    ['ap-northeast-1', '44.9826'],
    // 730 × (0.04856 + 2 × 0.00532) = 730 × 0.0592
    ['ap-southeast-2', '43.216'],
  ];
  it.each(cases)('%s', (region, monthly) => {
    const line = price(region, { id: 'f', service: 'fargate', quantity: 1, vcpu: 1, memoryGb: 2 });
    expect(line.incomplete).toBeFalsy();
    expect(line.monthly).toBe(monthly);
  });
});

describe('data transfer', () => {
  // 1,000 GB out to the internet, first tier (no free allowance): 1,000 × rate.
  const cases: readonly [string, string][] = [
    ['us-east-1', '90'],
    ['us-west-2', '90'],
    ['eu-west-1', '90'],
    ['ap-southeast-1', '120'],
    ['ap-northeast-1', '114'],
    ['ap-southeast-2', '114'],
  ];
  it.each(cases)('1,000 GB out to the internet from %s', (region, monthly) => {
    const line = price(region, {
      id: 'dt',
      service: 'data-transfer',
      quantity: 1,
      internetOutGb: 1000,
      freeAllowance: false,
    });
    expect(line.incomplete).toBeFalsy();
    expect(line.monthly).toBe(monthly);
  });

  it('prices usage above the first 10 TB at the next tier (datatransfer feed, 2025-06-05)', () => {
    // US East (N. Virginia): 10,240 × 0.09 = 921.60 + 1,760 × 0.085 ("Next 40 TB") = 149.60.
    const line = price('us-east-1', {
      id: 'dt',
      service: 'data-transfer',
      quantity: 1,
      internetOutGb: 12000,
      freeAllowance: false,
    });
    expect(line.monthly).toBe('1071.2');
    expect(line.incomplete).toBeFalsy();
  });

  it('prices inter-region transfer (the 2025 feed, equal to the 2022 grid and the invoice)', () => {
    // us-west-2 → ap-southeast-2: 100 × 0.02 (2025-06-05 feed, as on the 2022-12-04 grid);
    // ap-southeast-1 → us-east-1: 100 × 0.09 (the feed, as on the May 2025 invoice).
    const west = price('us-west-2', {
      id: 'x',
      service: 'data-transfer',
      quantity: 1,
      interRegionOutGb: 100,
      destinationRegion: 'ap-southeast-2',
    });
    const sg = price('ap-southeast-1', {
      id: 'x',
      service: 'data-transfer',
      quantity: 1,
      interRegionOutGb: 100,
      destinationRegion: 'us-east-1',
    });
    // ap-southeast-2 → us-west-1: 100 × 0.098 (2025-06-05 feed, as on the 2022-12-04 grid).
    const sydney = price('ap-southeast-2', {
      id: 'x',
      service: 'data-transfer',
      quantity: 1,
      interRegionOutGb: 100,
      destinationRegion: 'us-west-1',
    });
    expect([west.monthly, sg.monthly, sydney.monthly]).toEqual(['2', '9', '9.8']);
  });
});

describe('EBS, RDS storage and ElastiCache from AWS pricing-page feeds', () => {
  it('prices gp3 storage and throughput above 125 MiB/s in eu-west-1 and Tokyo', () => {
    // eu-west-1: 100 × 0.088 + (200 − 125) × 0.044 = 8.8 + 3.3; Tokyo: 100 × 0.096 + 75 × 0.048.
    const item: RequirementItem = {
      id: 'v',
      service: 'ebs',
      quantity: 1,
      volumeType: 'gp3',
      storageGb: 100,
      throughputMbps: 200,
    };
    expect([price('eu-west-1', item).monthly, price('ap-northeast-1', item).monthly]).toEqual([
      '12.1',
      '13.2',
    ]);
  });

  it('prices RDS storage and backup in every required region', () => {
    // 100 GB gp3 Multi-AZ + 50 GB backup: per region 100 × storage + 50 × 0.095 (4.75).
    const item: RequirementItem = {
      id: 'db',
      service: 'rds',
      quantity: 1,
      engine: 'postgresql',
      instanceClass: 'db.m5.large',
      deployment: 'multi-az',
      storageType: 'gp3',
      storageGb: 100,
      backupGb: 50,
    };
    const storage = (region: string) =>
      price(region, item)
        .components.filter((c) => !c.name.startsWith('Database instance'))
        .map((c) => c.cost);
    expect(storage('us-east-1')).toEqual(['23', '4.75']); // 100 × 0.230
    expect(storage('eu-west-1')).toEqual(['25.4', '4.75']); // 100 × 0.254 (backup: May 2025 invoice)
    expect(storage('ap-southeast-2')).toEqual(['27.6', '4.75']); // 100 × 0.276
  });

  it('prices an ElastiCache node in us-east-1', () => {
    // 2 × cache.r6g.large Redis × 730 h × 0.206 = 300.76
    const line = price('us-east-1', {
      id: 'c',
      service: 'elasticache',
      quantity: 1,
      engine: 'redis',
      nodeType: 'cache.r6g.large',
      nodes: 2,
    });
    expect(line.monthly).toBe('300.76');
  });
});

describe('EKS and EC2 Windows', () => {
  it.each(['us-east-1', 'eu-west-1', 'ap-southeast-2'])('EKS standard support in %s', (region) => {
    // 730 h × $0.10
    expect(price(region, { id: 'k', service: 'eks', quantity: 1 }).monthly).toBe('73');
  });

  it.each([
    // 730 h × t3.medium Windows: us-east-1 0.06 (2026-07 export), Sydney 0.0712, Ireland 0.064
    // (2023-01-06 scrape).
    ['us-east-1', '43.8'],
    ['ap-southeast-2', '51.976'],
    ['eu-west-1', '46.72'],
  ])('t3.medium Windows On-Demand in %s', (region, monthly) => {
    const line = price(region, {
      id: 'w',
      service: 'ec2',
      quantity: 1,
      instanceType: 't3.medium',
      os: 'Windows',
    });
    expect(line.components[0]).toMatchObject({ status: 'priced' });
    expect(line.components[0]!.cost).toBe(monthly);
  });
});
