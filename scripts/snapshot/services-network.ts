import type { PriceRecord } from '../../core/catalog/price-record';
import { AWS_REGIONS, regionName } from '../../core/vocabulary/regions';
import { curated } from './curated-record';
import { SKYPLANE_TRANSFER_2022_12_04 } from './data/transfer-2022-12-04';
import type { ReferenceFacts, Sourced } from './published';
import { perRegion, repoSource } from './published';
import { regionUsageType } from './regions';

/** The usage-type prefix of each region the engine knows (`ap-southeast-1` → `APS1`). */
function regionPrefixes(): Map<string, string> {
  const map = new Map<string, string>();
  for (const { code } of AWS_REGIONS) {
    try {
      map.set(code, regionUsageType(code, 'x', true).slice(0, -2));
    } catch {
      // A region without a known prefix cannot be named in an inter-region usage type; skip it.
    }
  }
  return map;
}

const SKYPLANE = (asOf: string, what: string) =>
  repoSource(
    'skyplane-project/skyplane',
    '5881d459105cd1c2d663f4d5fbf119dd700f50e2',
    'skyplane/data/aws_transfer_costs.csv',
    asOf,
    `AWS data transfer price per GB (${what}) as committed to skyplane's transfer cost grid on 2022-12-04`,
  );

/**
 * AWSDataTransfer: data transfer out to the internet, first paid tier, and inter-region transfer,
 * per source region from the 2022-12-04 skyplane grid (the May 2025 invoice's rates out of
 * Singapore and N. Virginia are newer and win); Singapore's regional (inter-AZ) rate from the
 * invoice. AWS's 2025-06-05 data-transfer feed (services-transfer-feeds.ts) prices every grid and
 * invoice record the same and, being newer, is the one kept; these stay a build input (`--verbose`
 * lists any price the feed supersedes: none today).
 */
export function dataTransfer(facts: ReferenceFacts): PriceRecord[] {
  const records: PriceRecord[] = [];
  const sg = 'ap-southeast-1';
  const record = (
    region: string,
    known: Sourced,
    attributes: Record<string, string>,
    what: string[],
    range: readonly [string, string] = ['0', 'Inf'],
  ) =>
    curated({
      service: 'AWSDataTransfer',
      region,
      productFamily: 'Data Transfer',
      attributes,
      unit: 'GB',
      price: known.price,
      source: known.source,
      beginRange: range[0],
      endRange: range[1],
      what,
    });
  records.push(
    record(
      sg,
      facts.billRate(sg, /regional data transfer - in\/out\/between EC2 AZs/),
      {
        transferType: 'IntraRegion',
        fromLocation: regionName(sg),
        toLocation: regionName(sg),
        usagetype: regionUsageType(sg, 'DataTransfer-Regional-Bytes', false),
      },
      ['intra-region'],
    ),
  );
  const prefixes = regionPrefixes();
  for (const [from, grid] of Object.entries(SKYPLANE_TRANSFER_2022_12_04)) {
    const fromPrefix = prefixes.get(from);
    if (!fromPrefix) continue; // a region the engine cannot name in a usage type
    records.push(
      record(
        from,
        {
          price: grid.internet,
          source: SKYPLANE('2022-12-04', 'out to the internet, first 10 TB'),
        },
        {
          transferType: 'AWS Outbound',
          fromLocation: regionName(from),
          toLocation: 'External',
          usagetype: regionUsageType(from, 'DataTransfer-Out-Bytes', false),
        },
        ['internet-out', '0'],
        ['0', '10240'],
      ),
    );
    for (const [to, toPrefix] of prefixes) {
      if (to === from) continue;
      const usage = `${fromPrefix}-${toPrefix}-AWS-Out-Bytes`;
      const invoice = facts.billGroup(from, new RegExp(`^AWS Data Transfer ${usage}$`));
      const gridPrice = grid.to[to];
      const known: Sourced | undefined =
        invoice ??
        (gridPrice === undefined
          ? undefined
          : { price: gridPrice, source: SKYPLANE('2022-12-04', `inter-region to ${to}`) });
      if (!known) continue; // no source for this pair: left out, never guessed
      records.push(
        record(
          from,
          known,
          {
            transferType: 'InterRegion Outbound',
            fromLocation: regionName(from),
            toLocation: regionName(to),
            fromRegionCode: from,
            toRegionCode: to,
            usagetype: usage,
          },
          ['inter-region', to],
        ),
      );
    }
  }
  return records;
}

/** NAT gateway hours and GB processed (AmazonEC2) in Singapore, from the 2026-07 Price List facts. */
export function natGateway(facts: ReferenceFacts): PriceRecord[] {
  return (
    [
      ['NatGateway-Hours', 'Hrs'],
      ['NatGateway-Bytes', 'GB'],
    ] as const
  ).flatMap(([usage, unit]) =>
    perRegion(
      {
        'ap-southeast-1': facts.fact('s3zip_2026_07', 'ap-southeast-1', {
          usageType: `APS1-${usage}`,
        }),
      },
      (region, price, source) => ({
        service: 'AmazonEC2',
        region,
        productFamily: 'NAT Gateway',
        attributes: { usagetype: `APS1-${usage}` },
        unit,
        price,
        source,
        what: ['NatGateway', unit === 'Hrs' ? 'hours' : 'bytes'],
      }),
    ),
  );
}

/** Application Load Balancer hours in Singapore, as printed on the May 2025 invoice. */
export function loadBalancers(facts: ReferenceFacts): PriceRecord[] {
  return perRegion(
    { 'ap-southeast-1': facts.billRate('ap-southeast-1', /per Application LoadBalancer-hour/) },
    (region, price, source) => ({
      service: 'AWSELB',
      region,
      productFamily: 'Load Balancer-Application',
      attributes: { usagetype: 'APS1-LoadBalancerUsage' },
      unit: 'Hrs',
      price,
      source,
      what: ['ALB', 'LoadBalancerUsage'],
    }),
  );
}

/** Public IPv4 addresses, in use or idle, per hour (AmazonVPC), in Singapore from the invoice. */
export function publicIpv4(facts: ReferenceFacts): PriceRecord[] {
  return (['InUseAddress', 'IdleAddress'] as const).flatMap((kind) =>
    perRegion(
      {
        'ap-southeast-1': facts.billRate(
          'ap-southeast-1',
          kind === 'InUseAddress' ? /In-use public IPv4/ : /Idle public IPv4/,
        ),
      },
      (region, price, source) => ({
        service: 'AmazonVPC',
        region,
        productFamily: 'VPC Public IPv4 Address',
        attributes: { usagetype: `APS1-PublicIPv4:${kind}` },
        unit: 'Hrs',
        price,
        source,
        what: ['PublicIPv4', kind],
      }),
    ),
  );
}
