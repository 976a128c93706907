import type { PriceRecord } from '../../core/catalog/price-record';
import { regionName } from '../../core/sheets/formats/regions';
import type { CuratedRegion as Region } from './curated-record';
import { CURATED_REGIONS as REGIONS, regionPrefix, usagePrefix } from './curated-record';
import type { ReferenceFacts } from './published';
import { PAGES, page, perRegion } from './published';

type Prices = Parameters<typeof perRegion>[0];
const all = (price: string): Prices => Object.fromEntries(REGIONS.map((r) => [r, price]));

export const LOCATION = Object.fromEntries(REGIONS.map((r) => [r, regionName(r)])) as Readonly<
  Record<Region, string>
>;

/** Internet data transfer out per GB, tiered per month: first 10 TB, next 40 TB, next 100 TB, over 150 TB. */
const INTERNET_OUT: Readonly<Record<Region, readonly [string, string, string, string]>> = {
  'us-east-1': ['0.09', '0.085', '0.07', '0.05'],
  'us-west-2': ['0.09', '0.085', '0.07', '0.05'],
  'eu-west-1': ['0.09', '0.085', '0.07', '0.05'],
  'ap-southeast-1': ['0.12', '0.085', '0.082', '0.08'],
  'ap-northeast-1': ['0.114', '0.089', '0.086', '0.084'],
  'ap-southeast-2': ['0.114', '0.098', '0.094', '0.092'],
};
const OUT_TIERS = [
  ['0', '10240'],
  ['10240', '51200'],
  ['51200', '153600'],
  ['153600', 'Inf'],
] as const;

/** AWSDataTransfer: internet out (tiered), in (free), intra-region, inter-region between the six. */
export function dataTransfer(facts: ReferenceFacts): PriceRecord[] {
  const src = page(
    PAGES.ec2,
    'AWS published data transfer price on the EC2 On-Demand page as of 2024-12 (curated by hand)',
  );
  const records: PriceRecord[] = [];
  const record = (
    region: Region,
    price: Prices[Region],
    attributes: Record<string, string>,
    what: string[],
    begin = '0',
    end = 'Inf',
  ) =>
    perRegion({ [region]: price }, src, (r, p, source) => ({
      service: 'AWSDataTransfer',
      region: r,
      productFamily: 'Data Transfer',
      attributes,
      unit: 'GB',
      price: p,
      source,
      beginRange: begin,
      endRange: end,
      what,
    }));
  for (const region of REGIONS) {
    const pfx = usagePrefix(region);
    INTERNET_OUT[region].forEach((price, i) => {
      const [begin, end] = OUT_TIERS[i] ?? ['0', 'Inf'];
      const attributes = {
        transferType: 'AWS Outbound',
        fromLocation: LOCATION[region],
        toLocation: 'External',
        usagetype: `${pfx}DataTransfer-Out-Bytes`,
      };
      records.push(...record(region, price, attributes, ['internet-out', begin], begin, end));
    });
    records.push(
      ...record(
        region,
        '0',
        {
          transferType: 'AWS Inbound',
          fromLocation: 'External',
          toLocation: LOCATION[region],
          usagetype: `${pfx}DataTransfer-In-Bytes`,
        },
        ['internet-in'],
      ),
      ...record(
        region,
        region === 'ap-southeast-1'
          ? facts.billRate(region, /regional data transfer - in\/out\/between EC2 AZs/)
          : '0.01',
        {
          transferType: 'IntraRegion',
          fromLocation: LOCATION[region],
          toLocation: LOCATION[region],
          usagetype: `${pfx}DataTransfer-Regional-Bytes`,
        },
        ['intra-region'],
      ),
    );
    for (const to of REGIONS) {
      if (to === region) continue;
      const price = interRegion(facts, region, to);
      if (price === undefined) continue;
      const attributes = {
        transferType: 'InterRegion Outbound',
        fromLocation: LOCATION[region],
        toLocation: LOCATION[to],
        fromRegionCode: region,
        toRegionCode: to,
        usagetype: `${regionPrefix(region)}-${regionPrefix(to)}-AWS-Out-Bytes`,
      };
      records.push(...record(region, price, attributes, ['inter-region', to]));
    }
  }
  return records;
}

/** Inter-region out: the May 2025 invoice for Singapore and N. Virginia sources; the page otherwise. */
function interRegion(facts: ReferenceFacts, from: Region, to: Region): Prices[Region] | undefined {
  if (from === 'ap-southeast-1' || from === 'us-east-1') {
    const usage = new RegExp(
      `^AWS Data Transfer ${regionPrefix(from)}-${regionPrefix(to)}-AWS-Out-Bytes$`,
    );
    // No invoice line for a pair: leave it out rather than guess.
    return facts.billGroup(from, usage);
  }
  if (from === 'us-west-2' || from === 'eu-west-1') return '0.02';
  return from === 'ap-northeast-1' ? '0.09' : undefined;
}

/** NAT gateway hours and GB processed (AmazonEC2). */
export function natGateway(facts: ReferenceFacts): PriceRecord[] {
  const src = page(PAGES.vpc);
  const prices = (usageType: string): Prices => {
    const sg = facts.fact('s3zip_2026_07', 'ap-southeast-1', { usageType: `APS1-${usageType}` });
    return {
      'us-east-1': '0.045',
      'us-west-2': '0.045',
      'eu-west-1': '0.048',
      'ap-southeast-1': sg,
      'ap-northeast-1': '0.062',
      'ap-southeast-2': '0.059',
    };
  };
  return (
    [
      ['NatGateway-Hours', 'Hrs'],
      ['NatGateway-Bytes', 'GB'],
    ] as const
  ).flatMap(([usage, unit]) =>
    perRegion(prices(usage), src, (region, price, source) => ({
      service: 'AmazonEC2',
      region,
      productFamily: 'NAT Gateway',
      attributes: { usagetype: `${usagePrefix(region)}${usage}` },
      unit,
      price,
      source,
      what: ['NatGateway', unit === 'Hrs' ? 'hours' : 'bytes'],
    })),
  );
}

/** Application, Network and Classic load balancers (AWSELB): hours and capacity units. */
export function loadBalancers(facts: ReferenceFacts): PriceRecord[] {
  const src = page(PAGES.elb);
  const albHour: Prices = {
    'us-east-1': '0.0225',
    'us-west-2': '0.0225',
    'eu-west-1': '0.0252',
    'ap-southeast-1': facts.billRate('ap-southeast-1', /per Application LoadBalancer-hour/),
    'ap-northeast-1': '0.0243',
    'ap-southeast-2': '0.0252',
  };
  const nlbHour: Prices = {
    'us-east-1': '0.0225',
    'us-west-2': '0.0225',
    'eu-west-1': '0.0252',
    'ap-southeast-1': '0.0252',
    'ap-northeast-1': '0.0243',
    'ap-southeast-2': '0.0252',
  };
  const parts: [string, string, string, string, Prices][] = [
    ['Load Balancer-Application', 'LoadBalancerUsage', 'Hrs', 'ALB', albHour],
    ['Load Balancer-Application', 'LCUUsage', 'LCU-Hrs', 'ALB', all('0.008')],
    ['Load Balancer-Network', 'LoadBalancerUsage', 'Hrs', 'NLB', nlbHour],
    ['Load Balancer-Network', 'LCUUsage', 'LCU-Hrs', 'NLB', all('0.006')],
    [
      'Load Balancer',
      'LoadBalancerUsage',
      'Hrs',
      'CLB',
      { 'us-east-1': '0.025', 'us-west-2': '0.025' },
    ],
    [
      'Load Balancer',
      'DataProcessing-Bytes',
      'GB',
      'CLB',
      { 'us-east-1': '0.008', 'us-west-2': '0.008' },
    ],
  ];
  return parts.flatMap(([family, usage, unit, kind, prices]) =>
    perRegion(prices, src, (region, price, source) => ({
      service: 'AWSELB',
      region,
      productFamily: family,
      attributes: { usagetype: `${usagePrefix(region)}${usage}` },
      unit,
      price,
      source,
      what: [kind, usage],
    })),
  );
}

/** Public IPv4 addresses, in use or idle, per hour (AmazonVPC), since 2024-02-01 in every region. */
export function publicIpv4(facts: ReferenceFacts): PriceRecord[] {
  const src = page(PAGES.vpc);
  return (['InUseAddress', 'IdleAddress'] as const).flatMap((kind) => {
    const prices = all('0.005');
    prices['ap-southeast-1'] = facts.billRate(
      'ap-southeast-1',
      kind === 'InUseAddress' ? /In-use public IPv4/ : /Idle public IPv4/,
    );
    return perRegion(prices, src, (region, price, source) => ({
      service: 'AmazonVPC',
      region,
      productFamily: 'VPC Public IPv4 Address',
      attributes: { usagetype: `${usagePrefix(region, true)}PublicIPv4:${kind}` },
      unit: 'Hrs',
      price,
      source,
      what: ['PublicIPv4', kind],
    }));
  });
}
