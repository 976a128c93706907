import type { PriceRecord } from '../../core/catalog/price-record';
import { CURATED_REGIONS as REGIONS } from './curated-record';
import { FARGATE_X86_2021_01 } from './data/fargate-x86-2021-01';
import { plainDecimal, shiftDecimal } from './decimal';
import type { Feed } from './feeds';
import type { ReferenceFacts, Sourced } from './published';
import { PAGES, pageRead, perRegion, repoSource } from './published';
import { regionUsageType } from './regions';

/**
 * Lambda: only what a source printed — Singapore's first x86 duration tier (0–6 billion GB-s) and
 * x86 requests, from the 2026-07 Price List facts. Higher tiers, Arm and the other regions have no
 * sourced price and stay out of the catalog.
 */
export function lambda(facts: ReferenceFacts): PriceRecord[] {
  const duration = facts.fact('s3zip_2026_07', 'ap-southeast-1', {
    usageType: 'APS1-Lambda-GB-Second',
  });
  const requests = facts.fact('s3zip_2026_07', 'ap-southeast-1', { usageType: 'APS1-Request' });
  return [
    ...perRegion({ 'ap-southeast-1': duration }, (region, price, source) => ({
      service: 'AWSLambda',
      region,
      productFamily: 'Serverless',
      attributes: { group: 'AWS-Lambda-Duration', usagetype: 'APS1-Lambda-GB-Second' },
      unit: 'Lambda-GB-Second',
      price,
      source,
      beginRange: '0',
      endRange: '6000000000',
      what: ['AWS-Lambda-Duration', '0'],
    })),
    ...perRegion(
      {
        'ap-southeast-1': {
          source: requests.source,
          price: shiftDecimal(plainDecimal(requests.price), -6),
        },
      },
      (region, price, source) => ({
        service: 'AWSLambda',
        region,
        productFamily: 'Serverless',
        attributes: { group: 'AWS-Lambda-Requests', usagetype: 'APS1-Request' },
        unit: 'Requests',
        price,
        source,
        what: ['AWS-Lambda-Requests'],
      }),
    ),
  ];
}

/** Fargate usage types and their attributes; us-east-1 has all of them in the 2025-08 offer excerpt. */
const FARGATE_PARTS: readonly (readonly [string, string, Record<string, string>])[] = [
  ['Fargate-vCPU-Hours:perCPU', 'hours', { cputype: 'perCPU' }],
  ['Fargate-GB-Hours', 'GB-Hours', { memorytype: 'perGB' }],
  ['Fargate-ARM-vCPU-Hours:perCPU', 'hours', { cputype: 'perCPU', cpuArchitecture: 'ARM' }],
  ['Fargate-ARM-GB-Hours', 'GB-Hours', { memorytype: 'perGB', cpuArchitecture: 'ARM' }],
  ['Fargate-Windows-vCPU-Hours:perCPU', 'hours', { cputype: 'perCPU', operatingSystem: 'Windows' }],
  [
    'Fargate-Windows-OS-Hours:perCPU',
    'hours',
    { cputype: 'perCPU OS License Fee', operatingSystem: 'Windows' },
  ],
  ['Fargate-Windows-GB-Hours', 'GB-Hours', { memorytype: 'perGB', operatingSystem: 'Windows' }],
  ['Fargate-EphemeralStorage-GB-Hours', 'GB-Hours', { storagetype: 'default' }],
];

/**
 * Fargate (AmazonECS): us-east-1 from the official AmazonECS offer-file excerpt (2025-08, every
 * variant); Linux/x86 vCPU and memory in 19 more regions from a 2021-01 transcription of the
 * Fargate pricing page (its us-east-1 values equal the 2025-08 offer file). Arm, Windows and extra
 * ephemeral storage outside us-east-1 have no source and stay out.
 */
export function fargate(facts: ReferenceFacts): PriceRecord[] {
  const transcription = (what: string) =>
    repoSource(
      'theuves/fgcalc',
      'e29aefbd26f52d1fec2c826b2b0ae298d94ebe46',
      'src/utils/data.js',
      '2021-01-14',
      `AWS Fargate pricing page (Linux/x86 ${what}) as transcribed into this file in January 2021`,
    );
  return FARGATE_PARTS.flatMap(([usage, unit, attributes]) => {
    const prices: Record<string, Sourced> = {
      'us-east-1': facts.fact('opencost_ecs_2025_08', 'us-east-1', { usageType: `USE1-${usage}` }),
    };
    if (usage === 'Fargate-vCPU-Hours:perCPU' || usage === 'Fargate-GB-Hours') {
      for (const [region, row] of Object.entries(FARGATE_X86_2021_01)) {
        if (region === 'us-east-1') continue;
        prices[region] =
          usage === 'Fargate-GB-Hours'
            ? { price: row.gb, source: transcription('per GB-hour') }
            : { price: row.vcpu, source: transcription('per vCPU-hour') };
      }
    }
    return perRegion(prices, (region, price, source) => ({
      service: 'AmazonECS',
      region,
      productFamily: 'Compute',
      attributes: { ...attributes, usagetype: regionUsageType(region, usage, true) },
      unit,
      price,
      source,
      what: [usage],
    }));
  });
}

/**
 * EKS cluster-hours, standard ($0.10) and extended ($0.60) Kubernetes version support, as AWS's
 * announcement states them for every EKS cluster (no regional variation is given).
 */
export function eks(): PriceRecord[] {
  const source = pageRead(
    PAGES.eksExtendedSupportBlog,
    'AWS Containers blog: extended support "$0.60 per cluster per hour", standard support ' +
      '"you will continue to pay $0.10 per cluster per hour", effective April 2024',
  );
  return (
    [
      ['AmazonEKS-Hours:perCluster', '0.10', 'standard'],
      ['AmazonEKS-Hours:extendedSupport', '0.60', 'extended'],
    ] as const
  ).flatMap(([usage, price, support]) =>
    perRegion(Object.fromEntries(REGIONS.map((r) => [r, { price, source }])), (region, p, s) => ({
      service: 'AmazonEKS',
      region,
      productFamily: 'Compute',
      attributes: { usagetype: regionUsageType(region, usage, true) },
      unit: 'Hrs',
      price: p,
      source: s,
      what: ['cluster', support],
    })),
  );
}

/** DynamoDB on-demand request units in Singapore, as printed on the May 2025 invoice. */
export function dynamodb(facts: ReferenceFacts): PriceRecord[] {
  const perMillion = (text: RegExp): Sourced => {
    const rate = facts.billRate('ap-southeast-1', text);
    return { ...rate, price: shiftDecimal(plainDecimal(rate.price), -6) };
  };
  const parts = [
    ['ReadRequestUnits', 'DDB-ReadUnits', /per million read request units/],
    ['WriteRequestUnits', 'DDB-WriteUnits', /per million write request units/],
  ] as const;
  return parts.flatMap(([usage, group, text]) =>
    perRegion({ 'ap-southeast-1': perMillion(text) }, (region, price, source) => ({
      service: 'AmazonDynamoDB',
      region,
      productFamily: 'Amazon DynamoDB PayPerRequest Throughput',
      attributes: { group, usagetype: `APS1-${usage}` },
      unit: usage,
      price,
      source,
      what: [usage],
    })),
  );
}

const CACHE_NODES = [
  'cache.t3.micro',
  'cache.t3.small',
  'cache.t3.medium',
  'cache.t4g.micro',
  'cache.t4g.small',
  'cache.t4g.medium',
  'cache.m5.large',
  'cache.m6g.large',
  'cache.r5.large',
  'cache.r6g.large',
] as const;

/** ElastiCache node-hours in us-east-1 (Redis OSS and Memcached) from AWS's ElastiCache feed. */
export function elasticache(feed: Feed): PriceRecord[] {
  return CACHE_NODES.flatMap((instanceType) =>
    (['Redis', 'Memcached'] as const).flatMap((cacheEngine) =>
      perRegion(
        {
          'us-east-1': feed.setRow(
            'us-east-1',
            new RegExp(`^OnDemand Cache Instance .* ${cacheEngine} Current Generation$`),
            { 'Instance Type': instanceType },
          ),
        },
        (region, price, source) => ({
          service: 'AmazonElastiCache',
          region,
          productFamily: 'Cache Instance',
          attributes: {
            instanceType,
            cacheEngine,
            usagetype: `NodeUsage:${instanceType}`,
          },
          unit: 'Hrs',
          price,
          source,
          what: [instanceType, cacheEngine],
        }),
      ),
    ),
  );
}
