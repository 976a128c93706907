import type { PriceRecord } from '../../core/catalog/price-record';
import type { Region } from './curated-record';
import { usagePrefix } from './curated-record';
import { plainDecimal, shiftDecimal } from './decimal';
import type { ReferenceFacts } from './published';
import { PAGES, page, perRegion } from './published';

const US = (price: number | string): Partial<Record<Region, number | string>> => ({
  'us-east-1': price,
  'us-west-2': price,
});

/** EBS volumes (AmazonEC2): storage per GB-month, gp3/io1/io2 IOPS, gp3 throughput, snapshots. */
export function ebs(facts: ReferenceFacts): PriceRecord[] {
  const src = page(PAGES.ebs);
  const volume = (
    api: string,
    volumeType: string,
    usage: string,
    prices: Partial<Record<Region, number | string | ReturnType<ReferenceFacts['billRate']>>>,
  ) =>
    perRegion(prices, src, (region, price, source) => ({
      service: 'AmazonEC2',
      region,
      productFamily: 'Storage',
      attributes: {
        volumeApiName: api,
        volumeType,
        usagetype: `${usagePrefix(region)}EBS:${usage}`,
      },
      unit: 'GB-Mo',
      price,
      source,
      what: ['EBS', api, 'storage'],
    }));
  const gp3Singapore = facts.billRate(
    'ap-southeast-1',
    /General Purpose \(gp3\) provisioned storage/,
  );
  const records = [
    ...volume('gp3', 'General Purpose', 'VolumeUsage.gp3', {
      ...US('0.08'),
      'eu-west-1': '0.088',
      'ap-southeast-1': gp3Singapore,
      'ap-northeast-1': '0.096',
      'ap-southeast-2': '0.096',
    }),
    ...volume('gp2', 'General Purpose', 'VolumeUsage.gp2', {
      ...US('0.10'),
      'eu-west-1': '0.11',
      'ap-southeast-1': '0.12',
      'ap-northeast-1': '0.12',
      'ap-southeast-2': '0.12',
    }),
    ...volume('io1', 'Provisioned IOPS', 'VolumeUsage.piops', {
      ...US('0.125'),
      'eu-west-1': '0.138',
      'ap-southeast-1': '0.138',
    }),
    ...volume('io2', 'Provisioned IOPS', 'VolumeUsage.io2', US('0.125')),
    ...volume('st1', 'Throughput Optimized HDD', 'VolumeUsage.st1', US('0.045')),
    ...volume('sc1', 'Cold HDD', 'VolumeUsage.sc1', US('0.015')),
    ...volume('standard', 'Magnetic', 'VolumeUsage', US('0.05')),
  ];
  const iops = (
    api: string,
    usage: string,
    prices: Partial<Record<Region, string>>,
    begin = '0',
    end = 'Inf',
  ) =>
    perRegion(prices, src, (region, price, source) => ({
      service: 'AmazonEC2',
      region,
      productFamily: 'System Operation',
      attributes: {
        volumeApiName: api,
        group: 'EBS IOPS',
        usagetype: `${usagePrefix(region)}EBS:${usage}`,
      },
      unit: 'IOPS-Mo',
      price,
      source,
      beginRange: begin,
      endRange: end,
      what: ['EBS', api, 'iops', ...(begin === '0' ? [] : [begin])],
    }));
  records.push(
    // gp3 IOPS above the 3,000 included, per provisioned IOPS-month.
    ...iops('gp3', 'VolumeP-IOPS.gp3', {
      ...US('0.005'),
      'eu-west-1': '0.0055',
      'ap-southeast-1': '0.006',
      'ap-northeast-1': '0.006',
      'ap-southeast-2': '0.006',
    } as Partial<Record<Region, string>>),
    ...iops('io1', 'VolumeP-IOPS.piops', US('0.065') as Partial<Record<Region, string>>),
    ...iops(
      'io2',
      'VolumeP-IOPS.io2',
      US('0.065') as Partial<Record<Region, string>>,
      '0',
      '32000',
    ),
    ...iops(
      'io2',
      'VolumeP-IOPS.io2',
      US('0.0455') as Partial<Record<Region, string>>,
      '32000',
      '64000',
    ),
    ...iops(
      'io2',
      'VolumeP-IOPS.io2',
      US('0.03185') as Partial<Record<Region, string>>,
      '64000',
      'Inf',
    ),
    // gp3 throughput above the 125 MiB/s included, per provisioned MiB/s-month.
    ...perRegion(
      {
        ...US('0.04'),
        'eu-west-1': '0.044',
        'ap-southeast-1': '0.048',
        'ap-northeast-1': '0.048',
        'ap-southeast-2': '0.048',
      },
      src,
      (region, price, source) => ({
        service: 'AmazonEC2',
        region,
        productFamily: 'Provisioned Throughput',
        attributes: {
          volumeApiName: 'gp3',
          usagetype: `${usagePrefix(region)}EBS:VolumeP-Throughput.gp3`,
        },
        unit: 'MiBps-Mo',
        price,
        source,
        what: ['EBS', 'gp3', 'throughput'],
      }),
    ),
    ...perRegion(
      { ...US('0.05'), 'eu-west-1': '0.05', 'ap-southeast-1': '0.05', 'ap-northeast-1': '0.05' },
      src,
      (region, price, source) => ({
        service: 'AmazonEC2',
        region,
        productFamily: 'Storage Snapshot',
        attributes: {
          storageMedia: 'Amazon S3',
          usagetype: `${usagePrefix(region)}EBS:SnapshotUsage`,
        },
        unit: 'GB-Mo',
        price,
        source,
        what: ['EBS', 'snapshot', 'storage'],
      }),
    ),
  );
  return records;
}

const S3_STANDARD_TIERS = [
  ['0', '51200'],
  ['51200', '512000'],
  ['512000', 'Inf'],
] as const;

/** S3 storage per GB-month (Standard tiered by TB stored) and requests per request. */
export function s3(facts: ReferenceFacts): PriceRecord[] {
  const src = page(PAGES.s3);
  const singapore = (usageType: string, index = 0) => {
    const tiers = [/first 50 TB/, /next 450 TB/, /over 500 TB/];
    return facts.fact('s3zip_2026_07', 'ap-southeast-1', {
      usageType,
      ...(usageType.includes('TimedStorage-ByteHrs') ? { item: tiers[index] ?? /x/ } : {}),
    });
  };
  const standard: [Region, readonly (string | ReturnType<ReferenceFacts['fact']>)[]][] = [
    ['us-east-1', ['0.023', '0.022', '0.021']],
    ['us-west-2', ['0.023', '0.022', '0.021']],
    ['eu-west-1', ['0.023', '0.022', '0.021']],
    ['ap-southeast-1', [0, 1, 2].map((i) => singapore('APS1-TimedStorage-ByteHrs', i))],
    ['ap-northeast-1', ['0.025', '0.024', '0.023']],
    ['ap-southeast-2', ['0.025', '0.024', '0.023']],
  ];
  const records: PriceRecord[] = [];
  for (const [region, tiers] of standard) {
    tiers.forEach((tier, i) => {
      const [begin, end] = S3_STANDARD_TIERS[i] ?? ['0', 'Inf'];
      records.push(
        ...perRegion({ [region]: tier }, src, (r, price, source) => ({
          service: 'AmazonS3',
          region: r,
          productFamily: 'Storage',
          attributes: {
            volumeType: 'Standard',
            usagetype: `${usagePrefix(r)}TimedStorage-ByteHrs`,
          },
          unit: 'GB-Mo',
          price,
          source,
          beginRange: begin,
          endRange: end,
          what: ['Standard', 'storage', begin],
        })),
      );
    });
  }
  const storage = (volumeType: string, usage: string, prices: Parameters<typeof perRegion>[0]) =>
    perRegion(prices, src, (region, price, source) => ({
      service: 'AmazonS3',
      region,
      productFamily: 'Storage',
      attributes: { volumeType, usagetype: `${usagePrefix(region)}${usage}` },
      unit: 'GB-Mo',
      price,
      source,
      what: [volumeType.replace(/ /g, ''), 'storage'],
    }));
  const east = { 'us-east-1': 1, 'us-west-2': 1, 'eu-west-1': 1 } as const;
  const same = (price: string) => Object.fromEntries(Object.keys(east).map((r) => [r, price]));
  records.push(
    ...storage('Standard - Infrequent Access', 'TimedStorage-SIA-ByteHrs', {
      ...same('0.0125'),
      'ap-southeast-1': singapore('APS1-TimedStorage-SIA-ByteHrs'),
      'ap-northeast-1': '0.0138',
      'ap-southeast-2': '0.0138',
    }),
    ...storage('One Zone - Infrequent Access', 'TimedStorage-ZIA-ByteHrs', same('0.01')),
    ...storage('Glacier Instant Retrieval', 'TimedStorage-GIR-ByteHrs', {
      ...same('0.004'),
      'ap-southeast-1': singapore('APS1-TimedStorage-GIR-ByteHrs'),
    }),
    ...storage('Amazon Glacier', 'TimedStorage-GlacierByteHrs', same('0.0036')),
    ...storage('Glacier Deep Archive', 'TimedStorage-GDA-ByteHrs', same('0.00099')),
  );
  // Requests: the Price List prices each request; references quote per 1,000 or 10,000.
  const request = (
    group: string,
    usage: string,
    prices: Parameters<typeof perRegion>[0],
    per: number,
  ) =>
    perRegion(prices, src, (region, price, source) => ({
      service: 'AmazonS3',
      region,
      productFamily: 'API Request',
      attributes: { group, usagetype: `${usagePrefix(region)}${usage}` },
      unit: 'Requests',
      price: perRequest(price, per),
      source,
      what: [group, 'requests'],
    }));
  const tier1 = singapore('APS1-Requests-Tier1');
  const tier2 = singapore('APS1-Requests-Tier2');
  records.push(
    ...request(
      'S3-API-Tier1',
      'Requests-Tier1',
      { ...same('0.005'), 'ap-southeast-1': tier1 },
      1000,
    ),
    ...request(
      'S3-API-Tier2',
      'Requests-Tier2',
      { ...same('0.004'), 'ap-southeast-1': tier2 },
      10000,
    ),
    ...request(
      'S3-API-GIR-Tier1',
      'Requests-GIR-Tier1',
      { 'ap-southeast-1': singapore('APS1-Requests-GIR-Tier1') },
      1000,
    ),
  );
  return records;
}

/** A price quoted per `per` requests, as a price per request (exact decimal shift). */
function perRequest(price: number | string, per: number): string {
  return shiftDecimal(
    typeof price === 'number' ? plainDecimal(price) : price,
    -Math.round(Math.log10(per)),
  );
}

/** EFS Standard and One Zone storage per GB-month. */
export function efs(): PriceRecord[] {
  const src = page(PAGES.efs);
  const storage = (storageClass: string, usage: string, prices: Parameters<typeof perRegion>[0]) =>
    perRegion(prices, src, (region, price, source) => ({
      service: 'AmazonEFS',
      region,
      productFamily: 'Storage',
      attributes: { storageClass, usagetype: `${usagePrefix(region)}${usage}` },
      unit: 'GB-Mo',
      price,
      source,
      what: [storageClass.replace(/ /g, ''), 'storage'],
    }));
  return [
    ...storage('General Purpose', 'TimedStorage-ByteHrs', {
      ...US('0.30'),
      'eu-west-1': '0.33',
      'ap-southeast-1': '0.36',
      'ap-northeast-1': '0.36',
      'ap-southeast-2': '0.36',
    }),
    ...storage('One Zone-General Purpose', 'TimedStorage-Z-ByteHrs', US('0.16')),
  ];
}
