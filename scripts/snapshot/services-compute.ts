import type { PriceRecord } from '../../core/catalog/price-record';
import { CURATED_REGIONS as REGIONS, usagePrefix } from './curated-record';
import { plainDecimal, shiftDecimal } from './decimal';
import type { ReferenceFacts } from './published';
import { PAGES, page, perRegion } from './published';

type Prices = Parameters<typeof perRegion>[0];
const all = (price: string): Prices => Object.fromEntries(REGIONS.map((r) => [r, price]));
const us = (price: string): Prices => ({ 'us-east-1': price, 'us-west-2': price });

/** Lambda duration (tiered per GB-second, x86 and Arm) and requests, the same in all six regions. */
export function lambda(facts: ReferenceFacts): PriceRecord[] {
  const src = page(PAGES.lambda);
  const singaporeDuration = facts.fact('s3zip_2026_07', 'ap-southeast-1', {
    usageType: 'APS1-Lambda-GB-Second',
  });
  const singaporeRequests = facts.fact('s3zip_2026_07', 'ap-southeast-1', {
    usageType: 'APS1-Request',
  });
  const records: PriceRecord[] = [];
  const duration: [string, string, readonly [string, string, string][]][] = [
    [
      'AWS-Lambda-Duration',
      'Lambda-GB-Second',
      [
        ['0', '6000000000', '0.0000166667'],
        ['6000000000', '15000000000', '0.0000150000'],
        ['15000000000', 'Inf', '0.0000133334'],
      ],
    ],
    [
      'AWS-Lambda-Duration-ARM',
      'Lambda-GB-Second-ARM',
      [
        ['0', '7500000000', '0.0000133334'],
        ['7500000000', '18750000000', '0.0000120001'],
        ['18750000000', 'Inf', '0.0000106667'],
      ],
    ],
  ];
  for (const [group, usage, tiers] of duration) {
    for (const [begin, end, price] of tiers) {
      const prices = all(price);
      if (group === 'AWS-Lambda-Duration' && begin === '0')
        prices['ap-southeast-1'] = singaporeDuration;
      records.push(
        ...perRegion(prices, src, (region, p, source) => ({
          service: 'AWSLambda',
          region,
          productFamily: 'Serverless',
          attributes: { group, usagetype: `${usagePrefix(region)}${usage}` },
          unit: 'Lambda-GB-Second',
          price: p,
          source,
          beginRange: begin,
          endRange: end,
          what: [group, begin],
        })),
      );
    }
  }
  for (const [group, usage] of [
    ['AWS-Lambda-Requests', 'Request'],
    ['AWS-Lambda-Requests-ARM', 'Request-ARM'],
  ] as const) {
    const prices = all('0.0000002');
    if (group === 'AWS-Lambda-Requests')
      prices['ap-southeast-1'] = {
        ...singaporeRequests,
        price: shiftDecimal(plainDecimal(singaporeRequests.price), -6),
      };
    records.push(
      ...perRegion(prices, src, (region, p, source) => ({
        service: 'AWSLambda',
        region,
        productFamily: 'Serverless',
        attributes: { group, usagetype: `${usagePrefix(region)}${usage}` },
        unit: 'Requests',
        price: p,
        source,
        what: [group],
      })),
    );
  }
  return records;
}

/** Fargate (AmazonECS) per vCPU-hour and per GB-hour; usage types are prefixed in every region. */
export function fargate(facts: ReferenceFacts): PriceRecord[] {
  const src = page(PAGES.fargate);
  const ref = (usageType: string) => facts.fact('opencost_ecs_2025_08', 'us-east-1', { usageType });
  const parts: [string, string, Record<string, string>, Prices][] = [
    [
      'Fargate-vCPU-Hours:perCPU',
      'hours',
      { cputype: 'perCPU' },
      {
        'us-east-1': ref('USE1-Fargate-vCPU-Hours:perCPU'),
        'us-west-2': '0.04048',
        'ap-southeast-1': '0.05056',
      },
    ],
    [
      'Fargate-GB-Hours',
      'GB-Hours',
      { memorytype: 'perGB' },
      {
        'us-east-1': ref('USE1-Fargate-GB-Hours'),
        'us-west-2': '0.004445',
        'ap-southeast-1': '0.00553',
      },
    ],
    [
      'Fargate-ARM-vCPU-Hours:perCPU',
      'hours',
      { cputype: 'perCPU', cpuArchitecture: 'ARM' },
      {
        'us-east-1': ref('USE1-Fargate-ARM-vCPU-Hours:perCPU'),
        'us-west-2': '0.03238',
      },
    ],
    [
      'Fargate-ARM-GB-Hours',
      'GB-Hours',
      { memorytype: 'perGB', cpuArchitecture: 'ARM' },
      {
        'us-east-1': ref('USE1-Fargate-ARM-GB-Hours'),
        'us-west-2': '0.00356',
      },
    ],
    [
      'Fargate-Windows-vCPU-Hours:perCPU',
      'hours',
      { cputype: 'perCPU', operatingSystem: 'Windows' },
      {
        'us-east-1': ref('USE1-Fargate-Windows-vCPU-Hours:perCPU'),
      },
    ],
    [
      'Fargate-Windows-OS-Hours:perCPU',
      'hours',
      { cputype: 'perCPU OS License Fee', operatingSystem: 'Windows' },
      {
        'us-east-1': ref('USE1-Fargate-Windows-OS-Hours:perCPU'),
      },
    ],
    [
      'Fargate-Windows-GB-Hours',
      'GB-Hours',
      { memorytype: 'perGB', operatingSystem: 'Windows' },
      {
        'us-east-1': ref('USE1-Fargate-Windows-GB-Hours'),
      },
    ],
    [
      'Fargate-EphemeralStorage-GB-Hours',
      'GB-Hours',
      { storagetype: 'default' },
      {
        'us-east-1': ref('USE1-Fargate-EphemeralStorage-GB-Hours'),
        'us-west-2': '0.000111',
      },
    ],
  ];
  return parts.flatMap(([usage, unit, attributes, prices]) =>
    perRegion(prices, src, (region, price, source) => ({
      service: 'AmazonECS',
      region,
      productFamily: 'Compute',
      attributes: { ...attributes, usagetype: `${usagePrefix(region, true)}${usage}` },
      unit,
      price,
      source:
        region === 'ap-southeast-1'
          ? {
              ...source,
              note: `${source.note ?? ''}; matches the May 2025 invoice amount/quantity for APS1 Fargate`,
            }
          : source,
      what: [usage],
    })),
  );
}

/** EKS cluster-hours: standard and extended Kubernetes version support. */
export function eks(): PriceRecord[] {
  const src = page(PAGES.eks);
  return [
    ['AmazonEKS-Hours:perCluster', '0.10', 'standard'],
    ['AmazonEKS-Hours:extendedSupport', '0.60', 'extended'],
  ].flatMap(([usage = '', price = '', support = '']) =>
    perRegion(all(price), src, (region, p, source) => ({
      service: 'AmazonEKS',
      region,
      productFamily: 'Compute',
      attributes: { usagetype: `${usagePrefix(region, true)}${usage}` },
      unit: 'Hrs',
      price: p,
      source,
      what: ['cluster', support],
    })),
  );
}

/** DynamoDB on-demand request units, provisioned capacity and storage (Standard table class). */
export function dynamodb(facts: ReferenceFacts): PriceRecord[] {
  const src = page(
    PAGES.dynamodb,
    'AWS published on-demand price after the November 2024 reduction (curated by hand)',
  );
  const provisionedSrc = page(PAGES.dynamodbProvisioned);
  const bill = (what: RegExp) => {
    const rate = facts.billRate('ap-southeast-1', what);
    return { ...rate, price: shiftDecimal(plainDecimal(rate.price), -6) };
  };
  const entries: [string, string, Record<string, string>, string, Prices, typeof src][] = [
    [
      'Amazon DynamoDB PayPerRequest Throughput',
      'ReadRequestUnits',
      { group: 'DDB-ReadUnits' },
      'ReadRequestUnits',
      { ...us('0.000000125'), 'ap-southeast-1': bill(/per million read request units/) },
      src,
    ],
    [
      'Amazon DynamoDB PayPerRequest Throughput',
      'WriteRequestUnits',
      { group: 'DDB-WriteUnits' },
      'WriteRequestUnits',
      { ...us('0.000000625'), 'ap-southeast-1': bill(/per million write request units/) },
      src,
    ],
    [
      'Provisioned IOPS',
      'ReadCapacityUnit-Hrs',
      { group: 'DDB-ReadUnits' },
      'ReadCapacityUnit-Hrs',
      us('0.00013'),
      provisionedSrc,
    ],
    [
      'Provisioned IOPS',
      'WriteCapacityUnit-Hrs',
      { group: 'DDB-WriteUnits' },
      'WriteCapacityUnit-Hrs',
      us('0.00065'),
      provisionedSrc,
    ],
    ['Database Storage', 'TimedStorage-ByteHrs', {}, 'GB-Mo', us('0.25'), provisionedSrc],
  ];
  return entries.flatMap(([family, usage, attributes, unit, prices, source0]) =>
    perRegion(prices, source0, (region, price, source) => ({
      service: 'AmazonDynamoDB',
      region,
      productFamily: family,
      attributes: { ...attributes, usagetype: `${usagePrefix(region)}${usage}` },
      unit,
      price,
      source,
      what: [usage],
    })),
  );
}

/** ElastiCache node-hours in us-east-1 (Redis OSS and Memcached nodes cost the same). */
export function elasticache(): PriceRecord[] {
  const src = page(PAGES.elasticache);
  const nodes: [string, string][] = [
    ['cache.t3.micro', '0.017'],
    ['cache.t3.small', '0.034'],
    ['cache.t3.medium', '0.068'],
    ['cache.t4g.micro', '0.016'],
    ['cache.t4g.small', '0.032'],
    ['cache.t4g.medium', '0.065'],
    ['cache.m5.large', '0.156'],
    ['cache.m6g.large', '0.149'],
    ['cache.r5.large', '0.216'],
    ['cache.r6g.large', '0.206'],
  ];
  return nodes.flatMap(([instanceType, price]) =>
    ['Redis', 'Memcached'].flatMap((cacheEngine) =>
      perRegion({ 'us-east-1': price }, src, (region, p, source) => ({
        service: 'AmazonElastiCache',
        region,
        productFamily: 'Cache Instance',
        attributes: {
          instanceType,
          cacheEngine,
          usagetype: `${usagePrefix(region)}NodeUsage:${instanceType}`,
        },
        unit: 'Hrs',
        price: p,
        source,
        what: [instanceType, cacheEngine],
      })),
    ),
  );
}
