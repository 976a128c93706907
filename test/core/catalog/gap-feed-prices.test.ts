import type { RequirementItem } from '../../../core/requirements/requirement-items';
import { price } from './embedded-price';

/**
 * Internet egress in all four tiers and RDS for Oracle, transcribed from AWS's pricing-page feeds
 * datatransfer.json (as fetched 2025-06-05) and rds-oracle-ondemand.json (2025-06-17), kept by
 * QuinnyPig/aws-price-watcher `processed/` (scripts/snapshot/feed-sources-2025.ts). Every expected
 * figure is worked out by hand beside it from the feed row named there, read in the committed file —
 * not from the catalog. A month is 730 hours.
 */

type Line = ReturnType<typeof price>;

function priced(region: string, item: RequirementItem): Line {
  const line = price(region, item);
  expect({ region, incomplete: line.incomplete ?? false }).toEqual({ region, incomplete: false });
  return line;
}

const egress = (internetOutGb: number, freeAllowance = false): RequirementItem => ({
  id: 'out',
  service: 'data-transfer',
  quantity: 1,
  internetOutGb,
  freeAllowance,
});

describe('internet egress tiers (datatransfer.json, 2025-06-05)', () => {
  it('crosses every tier boundary in us-east-1', () => {
    // US East (N. Virginia) "DataTransfer External Outbound Next 10 TB" 0.09, "Next 40 TB" 0.085,
    // "Next 100 TB" 0.07, "Greater than 150 TB" 0.05. 200,000 GB:
    // 10,240 × 0.09 = 921.6; 40,960 × 0.085 = 3,481.6; 102,400 × 0.07 = 7,168;
    // (200,000 − 153,600) = 46,400 × 0.05 = 2,320. Total 13,891.2.
    expect(priced('us-east-1', egress(200_000)).monthly).toBe('13891.2');
  });

  it('stops at the end of the first tier exactly: 10,240 GB in us-east-1', () => {
    // 10,240 × 0.09 = 921.6, nothing in the second tier.
    expect(priced('us-east-1', egress(10_240)).monthly).toBe('921.6');
  });

  it('prices 200,000 GB from ap-northeast-1 across all four tiers', () => {
    // Asia Pacific (Tokyo) 0.114 / 0.089 / 0.086 / 0.084: 10,240 × 0.114 = 1,167.36;
    // 40,960 × 0.089 = 3,645.44; 102,400 × 0.086 = 8,806.4; 46,400 × 0.084 = 3,897.6. Total 17,516.8.
    expect(priced('ap-northeast-1', egress(200_000)).monthly).toBe('17516.8');
  });

  it('enters the second tier in ap-southeast-1', () => {
    // Asia Pacific (Singapore) "Next 10 TB" 0.12, "Next 40 TB" 0.085. 20,000 GB:
    // 10,240 × 0.12 = 1,228.8; 9,760 × 0.085 = 829.6. Total 2,058.4.
    expect(priced('ap-southeast-1', egress(20_000)).monthly).toBe('2058.4');
  });

  it('takes the 100 GB allowance off before the tiers in sa-east-1', () => {
    // South America (Sao Paulo) 0.15 / 0.138 / 0.126. 60,000 − 100 free = 59,900 GB:
    // 10,240 × 0.15 = 1,536; 40,960 × 0.138 = 5,652.48; (59,900 − 51,200) = 8,700 × 0.126 = 1,096.2.
    // Total 8,284.68.
    expect(priced('sa-east-1', egress(60_000, true)).monthly).toBe('8284.68');
  });

  it('prices the last tier in mx-central-1, a region the 2022 grid did not have', () => {
    // Mexico (Central) 0.09 / 0.085 / 0.07 / 0.05. 160,000 GB:
    // 921.6 + 3,481.6 + 7,168 + (160,000 − 153,600) = 6,400 × 0.05 = 320. Total 11,891.2.
    expect(priced('mx-central-1', egress(160_000)).monthly).toBe('11891.2');
  });
});

const oracle = (extra: Partial<RequirementItem & { service: 'rds' }>): RequirementItem =>
  ({
    id: 'ora',
    service: 'rds',
    quantity: 1,
    engine: 'oracle-se2',
    instanceClass: 'db.m5.large',
    deployment: 'single-az',
    storageType: 'gp3',
    storageGb: 100,
    ...extra,
  }) as RequirementItem;

function instanceCost(region: string, item: RequirementItem): string | null | undefined {
  const line = price(region, item);
  const instance = line.components.find((c) => c.name.startsWith('Database instance'));
  expect(instance?.status).toBe('priced');
  return instance?.cost;
}

describe('RDS for Oracle (rds-oracle-ondemand.json, 2025-06-17)', () => {
  it('prices SE2 License included, Single-AZ, in us-east-1', () => {
    // "Database Instance Oracle Standard Two License included db m5.large General purpose
    // Single-AZ Current Generation", US East (N. Virginia): 0.438 × 730 = 319.74.
    expect(instanceCost('us-east-1', oracle({}))).toBe('319.74');
  });

  it('prices SE2 Bring your own license in ap-southeast-1', () => {
    // "… Standard Two Bring your own license db m5.large … Single-AZ …", Asia Pacific (Singapore):
    // 0.235 × 730 = 171.55.
    expect(instanceCost('ap-southeast-1', oracle({ licenseModel: 'byol' }))).toBe('171.55');
  });

  it('prices EE Bring your own license, Multi-AZ, two instances in eu-west-1', () => {
    // "… Enterprise Bring your own license db r5.xlarge Memory optimized Multi-AZ …", EU (Ireland):
    // 1.031 × 730 × 2 = 1,505.26.
    const item = oracle({
      engine: 'oracle-ee',
      licenseModel: 'byol',
      instanceClass: 'db.r5.xlarge',
      deployment: 'multi-az',
      quantity: 2,
    });
    expect(instanceCost('eu-west-1', item)).toBe('1505.26');
  });

  it('marks EE License included as a combination AWS does not sell (EE is BYOL only), never priced', () => {
    const line = price('us-east-1', oracle({ engine: 'oracle-ee' }));
    const instance = line.components.find((c) => c.name.startsWith('Database instance'));
    expect(instance).toMatchObject({ status: 'invalid-combination', cost: null });
    expect(line.warnings.join(' ')).toContain('bring-your-own-license only');
  });
});
