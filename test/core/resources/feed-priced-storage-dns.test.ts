import { PriceCatalog } from '../../../core/catalog/price-catalog';
import { Decimal } from '../../../core/money/decimal';
import { ON_DEMAND_MODEL } from '../../../core/requirements/pricing-model';
import type { RequirementItem } from '../../../core/requirements/requirement-items';
import { describeItem } from '../../../core/resources/registry';
import { parseServiceSpec } from '../../../core/specs/service-specs';
import { price } from '../catalog/embedded-price';

/**
 * EFS, Route 53, Gateway Load Balancer and CloudFront Origin Shield priced from the embedded
 * catalog. Every expected figure is worked out by hand from the AWS pricing-page feed row named in
 * the comment, read in the committed feed file: efs.json (published 2025-09-25) and route53.json
 * (2025-08-28) at lamngockhuong/aws-price 115fdc61, elb.json (2025-06-05) at
 * QuinnyPig/aws-price-watcher daa3fca6, cloudfront.json (2025-07-01) at lamngockhuong 6e8bf8ce.
 */

type Line = ReturnType<typeof price>;

const costs = (line: Line) => line.components.map((c) => [c.name, c.quantity, c.cost]);

const efs = (extra: Partial<RequirementItem>): RequirementItem =>
  ({
    id: 'f',
    service: 'efs',
    quantity: 1,
    storageClass: 'standard',
    storageGb: 100,
    ...extra,
  }) as RequirementItem;

describe('EFS (efs.json, 2025-09-25)', () => {
  it('Standard, Elastic throughput, in us-east-1', () => {
    // "General Purpose Storage GB Mo" $0.30: 100 × 0.30 = 30; "EFS Storage Requests Read per GB"
    // $0.03: 50 × 0.03 = 1.50; "EFS Storage Requests Write per GB" $0.06: 20 × 0.06 = 1.20.
    const line = price('us-east-1', efs({ readGb: 50, writeGb: 20 }));
    expect(costs(line)).toEqual([
      ['Storage (General Purpose)', '100', '30'],
      ['Elastic throughput reads', '50', '1.5'],
      ['Elastic throughput writes', '20', '1.2'],
    ]);
    expect(line.monthly).toBe('32.7');
    expect(line.incomplete ?? false).toBe(false);
  });

  it('Infrequent Access: the Elastic price ("ET" row) and the Bursting price differ', () => {
    // "Infrequent Access ET Storage GB Mo" $0.016: 1,000 × 0.016 = 16; "Infrequent Access Requests
    // Read per GB" $0.01: 40 × 0.01 = 0.40; "… Write per GB" $0.01: 10 × 0.01 = 0.10; Elastic
    // reads 40 × 0.03 = 1.20, writes 0.
    const elastic = price(
      'us-east-1',
      efs({
        storageClass: 'infrequent-access',
        storageGb: 1000,
        iaReadGb: 40,
        iaWriteGb: 10,
        readGb: 40,
        writeGb: 0,
      }),
    );
    expect(costs(elastic)).toEqual([
      ['Storage (Infrequent Access)', '1000', '16'],
      ['IA access charges, reads (Infrequent Access)', '40', '0.4'],
      ['IA access charges, writes (Infrequent Access)', '10', '0.1'],
      ['Elastic throughput reads', '40', '1.2'],
      ['Elastic throughput writes', '0', '0'],
    ]);
    expect(elastic.monthly).toBe('17.7');
    // "Infrequent Access Storage GB Mo" $0.025 (Bursting/Provisioned): 1,000 × 0.025 = 25.
    const bursting = price(
      'us-east-1',
      efs({ storageClass: 'infrequent-access', storageGb: 1000, throughputMode: 'bursting' }),
    );
    expect(bursting.monthly).toBe('25');
  });

  it('Archive with its access charges', () => {
    // "Archive Storage GB Mo" $0.008: 1,000 × 0.008 = 8; "Archive Storage Read Read GB" $0.03:
    // 10 × 0.03 = 0.30; "Archive Storage Write Write GB" $0.03: 100 × 0.03 = 3; Elastic reads
    // 10 × 0.03 = 0.30, writes 0.
    const line = price(
      'us-east-1',
      efs({
        storageClass: 'archive',
        storageGb: 1000,
        iaReadGb: 10,
        iaWriteGb: 100,
        readGb: 10,
        writeGb: 0,
      }),
    );
    expect(costs(line)).toEqual([
      ['Storage (Archive)', '1000', '8'],
      ['Archive access charges, reads (Archive)', '10', '0.3'],
      ['Archive access charges, writes (Archive)', '100', '3'],
      ['Elastic throughput reads', '10', '0.3'],
      ['Elastic throughput writes', '0', '0'],
    ]);
    expect(line.monthly).toBe('11.6');
  });

  it('refuses Archive outside Elastic throughput, naming the field', () => {
    const item = efs({ storageClass: 'archive', throughputMode: 'provisioned' });
    expect(() =>
      describeItem(item, {
        region: 'us-east-1',
        hoursInMonth: Decimal.from(730),
        pricingModel: ON_DEMAND_MODEL,
        freeTier: false,
        catalog: new PriceCatalog({ version: 'empty', createdAt: '', shards: [] }),
      }),
    ).toThrow(`Item 'f': throughputMode must be elastic for storageClass archive`);
  });

  it('One Zone with Provisioned throughput, One Zone-IA bursting', () => {
    // "One Zone General Purpose Storage GB Mo" $0.16: 100 × 0.16 = 16; "Throughput Provisioned"
    // $6.00 per MiB/s-month: 10 × 6 = 60.
    const provisioned = price(
      'us-east-1',
      efs({
        storageClass: 'one-zone',
        throughputMode: 'provisioned',
        provisionedThroughputMbps: 10,
      }),
    );
    expect(costs(provisioned)).toEqual([
      ['Storage (One Zone-General Purpose)', '100', '16'],
      ['Provisioned throughput', '10', '60'],
    ]);
    // "One Zone Infrequent Access Storage GB Mo" $0.0133: 1,000 × 0.0133 = 13.30.
    const oneZoneIa = price(
      'us-east-1',
      efs({ storageClass: 'one-zone-ia', storageGb: 1000, throughputMode: 'bursting' }),
    );
    expect(oneZoneIa.monthly).toBe('13.3');
  });

  it('Standard in Singapore', () => {
    // Asia Pacific (Singapore): storage $0.36: 100 × 0.36 = 36; reads $0.04: 10 × 0.04 = 0.40;
    // writes $0.07: 10 × 0.07 = 0.70.
    const line = price('ap-southeast-1', efs({ readGb: 10, writeGb: 10 }));
    expect(line.monthly).toBe('37.1');
    expect(line.components[0]?.priceId).toBe(
      'curated:AmazonEFS:ap-southeast-1:TimedStorage-ByteHrs',
    );
  });

  it('reads archive from a spec', () => {
    expect(parseServiceSpec('efs', 'archive 500gb ia-read=5gb')).toMatchObject({
      storageClass: 'archive',
      storageGb: 500,
      iaReadGb: 5,
    });
  });
});

describe('Route 53 (route53.json, 2025-08-28; region global)', () => {
  it('prices hosted zones beyond 25 and every query tier', () => {
    // "DNS Zone first 25" $0.50: 25 × 0.50 = 12.50; "DNS Zone" $0.10: 5 × 0.10 = 0.50.
    // "Query Standard External first 1B" $0.0000004: 1,000,000,000 × 0.0000004 = 400;
    // "… over 1B" $0.0000002: 500,000,000 × 0.0000002 = 100.
    // "Query Latency Based Routing External first 1B" $0.0000006: 2,000,000 × 0.0000006 = 1.20.
    // "Query Geo DNS External first 1B" $0.0000007: 500,000 × 0.0000007 = 0.35.
    const line = price('us-east-1', {
      id: 'z',
      service: 'route53',
      quantity: 1,
      hostedZones: 30,
      standardQueriesMillions: 1500,
      latencyQueriesMillions: 2,
      geoQueriesMillions: 0.5,
    });
    expect(line.incomplete ?? false).toBe(false);
    expect(line.monthly).toBe('514.55');
    const by = (prefix: string) =>
      line.components
        .filter((c) => c.name.startsWith(prefix))
        .map((c) => [c.quantity, c.unitPrice, c.cost]);
    expect(by('Hosted zones')).toEqual([
      ['25', '0.5000000000', '12.5'],
      ['5', '0.1000000000', '0.5'],
    ]);
    expect(by('Standard queries')).toEqual([
      ['1000000000', '0.0000004000', '400'],
      ['500000000', '0.0000002000', '100'],
    ]);
  });
});

describe('Gateway Load Balancer (elb.json, 2025-06-05)', () => {
  it.each([
    // "Gateway Load Balancer Hours" $0.0125: 2 × 730 × 0.0125 = 18.25; "Gateway Load Balancer LCU
    // Hours" $0.004: 2 × 3 × 730 = 4,380 × 0.004 = 17.52.
    ['us-east-1', '18.25', '17.52', '35.77'],
    // Asia Pacific (Singapore): hours $0.014: 2 × 730 × 0.014 = 20.44; GLCU $0.004: 17.52.
    ['ap-southeast-1', '20.44', '17.52', '37.96'],
  ])('in %s', (region, hours, glcu, monthly) => {
    const line = price(region, {
      id: 'g',
      service: 'load-balancer',
      quantity: 2,
      type: 'gateway',
      capacityUnits: 3,
    });
    expect(line.components.map((c) => [c.name, c.cost])).toEqual([
      ['Gateway Load Balancer hours', hours],
      ['GLCU-hours', glcu],
    ]);
    expect(line.monthly).toBe(monthly);
  });

  it('reads gateway from a spec', () => {
    expect(parseServiceSpec('load-balancer', 'gateway glcu=3')).toMatchObject({
      type: 'gateway',
      capacityUnits: 3,
    });
    expect(parseServiceSpec('load-balancer', 'gwlb')).toMatchObject({ type: 'gateway' });
  });
});

describe('CloudFront Origin Shield (cloudfront.json, 2025-07-01), per Origin Shield region', () => {
  it.each([
    // The estimate's region when none is given: "US East (N. Virginia)" $0.00000075 × 10,000,000 = 7.50.
    [undefined, 'us-east-1', '7.5'],
    // "EU (Frankfurt)" $0.0000009 × 10,000,000 = 9; "South America (Sao Paulo)" $0.0000016 → 16.
    ['eu-central-1', 'eu-central-1', '9'],
    ['sa-east-1', 'sa-east-1', '16'],
  ])('originShieldRegion %s', (originShieldRegion, shown, cost) => {
    const line = price('us-east-1', {
      id: 'cf',
      service: 'cloudfront',
      quantity: 1,
      edgeLocation: 'Europe',
      dataOutGb: 0,
      httpsRequests: 0,
      originShieldRequests: 10_000_000,
      ...(originShieldRegion ? { originShieldRegion } : {}),
    });
    expect(line.components.find((c) => c.name.startsWith('Origin Shield'))).toMatchObject({
      name: `Origin Shield requests (${shown})`,
      status: 'priced',
      cost,
    });
  });
});
