import { Decimal } from '../../../core/money/decimal';
import type { Ec2Item, RdsItem } from '../../../core/requirements/requirement-items';
import { ebsUsage } from '../../../core/resources/ebs-volume';
import { ec2OptionUsage } from '../../../core/resources/ec2-options';
import { rdsOptionUsage } from '../../../core/resources/rds-options';
import { ResourceInputError } from '../../../core/resources/resource-input-error';

/** The quantities of #12 item 5's options on their own (no catalog, no words), worked by hand. */
const MONTH = Decimal.from(730);
const text = (v: Decimal | null | undefined) => (v == null ? v : v.toString());

const rds = (over: Partial<RdsItem>): RdsItem => ({
  id: 'db',
  service: 'rds',
  quantity: 1,
  engine: 'mysql',
  instanceClass: 'db.m5.large',
  deployment: 'single-az',
  storageType: 'gp3',
  storageGb: 100,
  ...over,
});

describe('RDS option quantities', () => {
  it('Multi-AZ bills the standby: 3 × db.r5.xlarge (4 vCPU) × 2 instances = 24 vCPU; Extended Support 24 × 730 h = 17,520 vCPU-hours', () => {
    const u = rdsOptionUsage(
      rds({
        quantity: 3,
        deployment: 'multi-az',
        extendedSupport: { majorVersion: '5.7', year: 1 },
      }),
      Decimal.from(3),
      MONTH,
      4,
    );
    expect([u.vcpus, u.extendedSupportVcpuHours].map(text)).toEqual(['24', '17520']);
  });

  it('a Multi-AZ DB cluster runs three DB instances: 2 vCPU × 3 = 6 vCPU; 100 h → 600 vCPU-hours', () => {
    const u = rdsOptionUsage(
      rds({ deployment: 'multi-az-cluster', extendedSupport: { majorVersion: '12', year: 3 } }),
      Decimal.from(1),
      Decimal.from(100),
      2,
    );
    expect([u.vcpus, u.extendedSupportVcpuHours].map(text)).toEqual(['6', '600']);
  });

  it('Performance Insights 12 months on 8 vCPU: first month 8 vCPU-months, 11 more months = 88 vCPU-months', () => {
    const u = rdsOptionUsage(
      rds({ performanceInsightsRetentionMonths: 12 }),
      Decimal.from(1),
      MONTH,
      8,
    );
    expect(
      [u.performanceInsights?.firstMonth, u.performanceInsights?.additional].map(text),
    ).toEqual(['8', '88']);
  });

  it('0 months is the free 7 days: nothing billed; an unknown vCPU count leaves vCPU quantities empty', () => {
    expect(
      rdsOptionUsage(rds({ performanceInsightsRetentionMonths: 0 }), Decimal.from(1), MONTH, 2)
        .performanceInsights,
    ).toBeUndefined();
    const unknown = rdsOptionUsage(
      rds({
        performanceInsightsRetentionMonths: 2,
        extendedSupport: { majorVersion: '11', year: 2 },
      }),
      Decimal.from(1),
      MONTH,
      undefined,
    );
    expect([unknown.vcpus, unknown.performanceInsights, unknown.extendedSupportVcpuHours]).toEqual([
      null,
      undefined,
      undefined,
    ]);
  });

  it('magnetic I/O: 2 instances × 15.5 M requests = 31,000,000; surplus credits 2 × 90 ÷ 60 = 3 vCPU-hours', () => {
    const magnetic = rdsOptionUsage(
      rds({ quantity: 2, storageType: 'magnetic', ioRequestsMillions: 15.5 }),
      Decimal.from(2),
      MONTH,
      undefined,
    );
    expect(text(magnetic.ioRequests)).toBe('31000000');
    const credits = rdsOptionUsage(
      rds({ quantity: 2, instanceClass: 'db.t3.medium', surplusCpuCredits: 90 }),
      Decimal.from(2),
      MONTH,
      undefined,
    );
    expect(Decimal.from(credits.surplusVcpuHours!).equals('3')).toBe(true);
  });

  it.each([
    [{ performanceInsightsRetentionMonths: 25 }, 'performanceInsightsRetentionMonths'],
    [{ performanceInsightsRetentionMonths: 1.5 }, 'performanceInsightsRetentionMonths'],
    [{ engine: 'mariadb', extendedSupport: { majorVersion: '10.4', year: 1 } }, 'extendedSupport'],
    [{ storageType: 'gp3', ioRequestsMillions: 5 }, 'ioRequestsMillions'],
    [{ instanceClass: 'db.m5.large', surplusCpuCredits: 60 }, 'surplusCpuCredits'],
  ] as [Partial<RdsItem>, string][])('refuses %j, naming %s', (over, field) => {
    const call = () => rdsOptionUsage(rds(over), Decimal.from(1), MONTH, 2);
    expect(call).toThrow(ResourceInputError);
    expect(call).toThrow(`Item 'db': ${field}`);
  });
});

describe('EC2 option quantities', () => {
  const ec2 = (over: Partial<Ec2Item>): Ec2Item => ({
    id: 'vm',
    service: 'ec2',
    quantity: 3,
    instanceType: 't3.large',
    os: 'Linux',
    ...over,
  });

  it('3 × t3.large with 100 surplus credits each = 300 credits ÷ 60 = 5 vCPU-hours; EBS-optimized 3 × 730 h = 2,190 h', () => {
    const u = ec2OptionUsage(
      ec2({ surplusCpuCredits: 100, ebsOptimized: true }),
      't3.large',
      Decimal.from(3),
      MONTH,
    );
    expect(Decimal.from(u.surplusVcpuHours!).equals('5')).toBe(true);
    expect(text(u.ebsOptimizedHours)).toBe('2190');
  });

  it('a third of a vCPU-hour keeps 10 decimals: 20 credits ÷ 60 = 0.3333333333', () => {
    const u = ec2OptionUsage(
      ec2({ quantity: 1, surplusCpuCredits: 20 }),
      't4g.micro',
      Decimal.from(1),
      MONTH,
    );
    expect(text(u.surplusVcpuHours)).toBe('0.3333333333');
  });

  it('surplus credits on a type that is not burstable are refused, naming the field', () => {
    expect(() =>
      ec2OptionUsage(ec2({ surplusCpuCredits: 10 }), 'm5.large', Decimal.from(3), MONTH),
    ).toThrow("Item 'vm': surplusCpuCredits applies to burstable (T-family) types only");
  });
});

describe('EBS fast snapshot restore', () => {
  it('4 volumes × 3 snapshot-AZ pairs × 200 h = 2,400 DSU-hours', () => {
    const u = ebsUsage(
      {
        id: 'v',
        service: 'ebs',
        quantity: 4,
        volumeType: 'gp3',
        storageGb: 10,
        fastSnapshotRestores: 3,
        hoursPerMonth: 200,
      },
      MONTH,
    );
    expect(text(u.fastSnapshotRestoreDsuHours)).toBe('2400');
  });
});
