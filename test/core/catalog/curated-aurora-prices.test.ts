import type { RequirementItem } from '../../../core/requirements/requirement-items';
import { price } from './embedded-price';

/**
 * Aurora from AWS's pricing-page feeds rds-aurora-storage.json and rds-aurora-ondemand.json
 * (published 2025-06-17, committed to QuinnyPig/aws-price-watcher 39d33bfc). Every expected figure is
 * worked out by hand from the feed row named in the comment (read in the committed feed file).
 */

type Line = ReturnType<typeof price>;

function costs(line: Line): Record<string, string | null> {
  return Object.fromEntries(line.components.map((c) => [c.name.split(' (')[0]!, c.cost]));
}

const serverless = (extra: Partial<RequirementItem>): RequirementItem =>
  ({
    id: 'a',
    service: 'aurora',
    quantity: 1,
    engine: 'aurora-postgresql',
    capacity: 'serverless-v2',
    averageAcu: 4,
    storageConfiguration: 'standard',
    storageGb: 100,
    ioRequestsMillions: 10,
    backupGb: 50,
    ...extra,
  }) as RequirementItem;

describe('Aurora Serverless v2', () => {
  it('Aurora PostgreSQL, Standard storage, in us-east-1', () => {
    // US East (N. Virginia): "Aurora PostgreSQL ServerlessV2" $0.12/ACU-hour: 4 × 730 × 0.12 = 350.40;
    // "Database Storage DB Engine Aurora PostgreSQL General Purpose Aurora" $0.10: 100 × 0.10 = 10.00;
    // "System Operation Aurora I O Operation" $0.0000002: 10,000,000 × 0.0000002 = 2.00;
    // "Storage Snapshot Aurora PostgreSQL" $0.021: 50 × 0.021 = 1.05.
    const line = price('us-east-1', serverless({}));
    expect(line.incomplete ?? false).toBe(false);
    expect(costs(line)).toEqual({
      'Serverless v2 capacity': '350.4',
      Storage: '10',
      'I/O requests': '2',
      'Backup storage': '1.05',
    });
    expect(line.monthly).toBe('363.45');
  });

  it('Aurora MySQL, I/O-Optimized, in eu-west-1', () => {
    // EU (Ireland): "Aurora MySQL ServerlessV2 Aurora IO Optimization Mode" $0.19: 2 × 730 × 0.19
    // = 277.40; "Aurora MySQL IO Optimized Aurora" $0.248: 200 × 0.248 = 49.60; no I/O charge.
    const line = price(
      'eu-west-1',
      serverless({
        engine: 'aurora-mysql',
        averageAcu: 2,
        storageConfiguration: 'io-optimized',
        storageGb: 200,
        backupGb: 0,
      }),
    );
    expect(line.incomplete ?? false).toBe(false);
    expect(line.monthly).toBe('327');
  });

  it('Aurora MySQL, Standard storage, in Singapore (storage from the RDS storage feed)', () => {
    // Asia Pacific (Singapore): "Aurora MySQL ServerlessV2" $0.20: 4 × 730 × 0.20 = 584.00;
    // rds-storage.json (39d33bfc, 2025-06-17) "Database Storage Single AZ General Purpose-Aurora"
    // $0.11 (rateCode 9SKJA2X3C9TDE6R6.JRTCKXETXF.6YS6EN2CT7): 100 × 0.11 = 11.00;
    // I/O $0.00000022: 10 M × 0.00000022 = 2.20; "Storage Snapshot Aurora MySQL" $0.023: 50 × 0.023 = 1.15.
    const line = price('ap-southeast-1', serverless({ engine: 'aurora-mysql' }));
    expect(line.incomplete ?? false).toBe(false);
    expect(costs(line)).toEqual({
      'Serverless v2 capacity': '584',
      Storage: '11',
      'I/O requests': '2.2',
      'Backup storage': '1.15',
    });
    expect(line.monthly).toBe('598.35');
    const storage = line.components.find((c) => c.name.startsWith('Storage'));
    expect(storage?.priceId).toBe(
      'curated:AmazonRDS:ap-southeast-1:AuroraMySQL:Aurora:StorageUsage',
    );
  });
});

describe('provisioned Aurora instances (On-Demand, Single-AZ)', () => {
  const provisioned = (extra: Partial<RequirementItem>): RequirementItem =>
    serverless({
      capacity: 'provisioned',
      instanceClass: 'db.r6g.large',
      averageAcu: undefined,
      quantity: 2,
      storageGb: 100,
      ioRequestsMillions: 1,
      backupGb: 0,
      pricingModel: { kind: 'on-demand' },
      ...extra,
    } as Partial<RequirementItem>);

  it('two Aurora PostgreSQL db.r6g.large, Standard, in Tokyo', () => {
    // Asia Pacific (Tokyo): "Database Instance Aurora PostgreSQL No license required db r6g.large …"
    // $0.313: 2 × 730 × 0.313 = 456.98; storage $0.12: 2 × 100 × 0.12 = 24.00 (100 GB per item);
    // I/O $0.00000024: 2 × 1,000,000 × 0.00000024 = 0.48.
    const line = price('ap-northeast-1', provisioned({}));
    expect(line.incomplete ?? false).toBe(false);
    expect(line.monthly).toBe('481.46');
  });

  it('the same pair I/O-Optimized in us-west-2 is priced at the I/O-Optimized instance row', () => {
    // US West (Oregon): "… Aurora IO Optimization Mode db r6g.large …" $0.338: 2 × 730 × 0.338
    // = 493.48; "Aurora PostgreSQL IO Optimized Aurora" $0.225: 2 × 100 × 0.225 = 45.00.
    const line = price('us-west-2', provisioned({ storageConfiguration: 'io-optimized' }));
    expect(line.incomplete ?? false).toBe(false);
    expect(line.monthly).toBe('538.48');
  });

  it.each([
    // db.t3.large Aurora PostgreSQL Standard, one instance × 730 h, storage 100 GB, 1 M I/O:
    // US East (N. Virginia) $0.164 → 119.72 + 10.00 + 0.20; EU (Ireland) $0.176 → 128.48 + 11.00 + 0.22;
    // Mexico (Central), outside the six first regions, $0.172 → 125.56 + 10.50 + 0.21.
    ['us-east-1', '129.92'],
    ['eu-west-1', '139.7'],
    ['mx-central-1', '136.27'],
  ])('one db.t3.large in %s', (region, monthly) => {
    const line = price(region, provisioned({ instanceClass: 'db.t3.large', quantity: 1 }));
    expect(line.incomplete ?? false).toBe(false);
    expect(line.monthly).toBe(monthly);
  });
});
