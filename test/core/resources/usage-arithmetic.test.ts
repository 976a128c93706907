import { Decimal } from '../../../core/money/decimal';
import { auroraUsage } from '../../../core/resources/aurora-cluster';
import { cloudFrontUsage } from '../../../core/resources/cloudfront-distribution';
import { dataTransferUsage } from '../../../core/resources/data-transfer';
import { dynamoDbUsage } from '../../../core/resources/dynamodb-table';
import { ebsUsage } from '../../../core/resources/ebs-volume';
import { ec2Usage } from '../../../core/resources/ec2-instance';
import { fargateUsage } from '../../../core/resources/fargate-task';
import { lambdaUsage } from '../../../core/resources/lambda-function';
import { rdsUsage } from '../../../core/resources/rds-instance';
import { ResourceInputError } from '../../../core/resources/resource-input-error';

/** Each resource's arithmetic on its own (no catalog, no words), worked by hand. */
const MONTH = Decimal.from(730);
const text = (v: Decimal | null | undefined) => (v == null ? v : v.toString());

describe('resource quantities', () => {
  it('Aurora Serverless v2: 2 clusters × 4 ACU × 730 h = 5,840 ACU-hours; 5M I/O each = 10,000,000', () => {
    const u = auroraUsage(
      {
        id: 'a',
        service: 'aurora',
        quantity: 2,
        engine: 'aurora-postgresql',
        capacity: 'serverless-v2',
        averageAcu: 4,
        storageConfiguration: 'standard',
        storageGb: 100,
        ioRequestsMillions: 5,
        backupGb: 50,
      },
      MONTH,
    );
    expect([u.acuHours, u.storageGbMonths, u.ioRequests, u.backupGbMonths].map(text)).toEqual([
      '5840',
      '200',
      '10000000',
      '100',
    ]);
    expect(() =>
      auroraUsage(
        {
          id: 'b',
          service: 'aurora',
          quantity: 1,
          engine: 'aurora-mysql',
          capacity: 'provisioned',
          storageConfiguration: 'standard',
          storageGb: 1,
        },
        MONTH,
      ),
    ).toThrow(ResourceInputError);
  });

  it('RDS gp3 500 GB at 15,000 IOPS bills 3,000 above the 12,000 included; SQL Server includes 3,000', () => {
    const item = {
      id: 'r',
      service: 'rds' as const,
      quantity: 2,
      engine: 'mysql' as const,
      instanceClass: 'db.m5.large',
      deployment: 'single-az' as const,
      storageType: 'gp3' as const,
      storageGb: 500,
      iops: 15000,
    };
    const u = rdsUsage(item, MONTH);
    expect([text(u.storageGbMonths), text(u.iops?.billed), text(u.iops?.months)]).toEqual([
      '1000',
      '3000',
      '6000',
    ]);
    expect(text(rdsUsage({ ...item, engine: 'sqlserver-se' }, MONTH).iops?.billed)).toBe('12000');
    expect(rdsUsage({ ...item, iops: 12000 }, MONTH).iops).toBeUndefined();
  });

  it('DynamoDB: 2 tables × 10M reads = 20,000,000 RRUs; 100 RCU held 730 h = 146,000 RCU-hours', () => {
    const u = dynamoDbUsage(
      {
        id: 'd',
        service: 'dynamodb',
        quantity: 2,
        capacityMode: 'provisioned',
        readRequestUnitsMillions: 10,
        readCapacityUnits: 100,
        storageGb: 30,
      },
      MONTH,
    );
    expect(
      [u.readRequestUnits, u.writeRequestUnits, u.readCapacityUnitHours, u.storageGbMonths].map(
        text,
      ),
    ).toEqual(['20000000', null, '146000', '60']);
  });

  it('EC2: 3 instances with detailed monitoring = 21 metrics; 2 public IPv4 each = 6 addresses', () => {
    const u = ec2Usage(
      {
        id: 'e',
        service: 'ec2',
        quantity: 3,
        instanceType: 'm7g.large',
        os: 'Linux',
        utilizationPct: 50,
        detailedMonitoring: true,
        publicIpv4PerInstance: 2,
      },
      MONTH,
    );
    expect([u.hours, u.monitoringMetrics, u.ipv4Addresses].map(text)).toEqual(['365', '21', '6']);
  });

  it('Fargate: 2 tasks × 0.25 vCPU × 730 h = 365 vCPU-hours; 50 GB ephemeral bills 30 GB × 1,460 h', () => {
    const u = fargateUsage(
      {
        id: 'f',
        service: 'fargate',
        quantity: 2,
        vcpu: 0.25,
        memoryGb: 0.5,
        ephemeralStorageGb: 50,
      },
      MONTH,
    );
    expect([u.vcpuHours, u.memoryGbHours, u.extraStorageGbHours].map(text)).toEqual([
      '365',
      '730',
      '43800',
    ]);
  });

  it('Lambda: 5M × 200 ms × 512 MB = 500,000 GB-s, 100,000 after the free tier; 2,048 MB storage bills 1.5 GB', () => {
    const u = lambdaUsage(
      {
        id: 'l',
        service: 'lambda',
        quantity: 1,
        requestsPerMonth: 5_000_000,
        durationMs: 200,
        memoryMb: 512,
        ephemeralStorageMb: 2048,
      },
      true,
    );
    expect(
      [u.seconds, u.gbSeconds, u.netRequests, u.netGbSeconds, u.extraStorageGbSeconds].map(text),
    ).toEqual(['1000000', '500000', '4000000', '100000', '1500000']);
  });

  it('EBS gp3 for half a month: 500 GB → 250 GB-months; 5,000 IOPS → 1,000; 250 MB/s → 62.5', () => {
    const u = ebsUsage(
      {
        id: 'v',
        service: 'ebs',
        quantity: 1,
        volumeType: 'gp3',
        storageGb: 500,
        iops: 5000,
        throughputMbps: 250,
        hoursPerMonth: 365,
      },
      MONTH,
    );
    expect([u.fraction, u.storageGbMonths, u.iopsMonths, u.throughputMonths].map(text)).toEqual([
      '0.5',
      '250',
      '1000',
      '62.5',
    ]);
    const io1 = ebsUsage(
      { id: 'w', service: 'ebs', quantity: 1, volumeType: 'io1', storageGb: 100 },
      MONTH,
    );
    // No IOPS given on io1: "no usage", never zero.
    expect(io1.iopsMonths).toBeNull();
  });

  it('Data transfer: 250 GB out less 100 GB free = 150; inter-AZ GB counted once here (twice when billed)', () => {
    const u = dataTransferUsage(
      { id: 't', service: 'data-transfer', quantity: 1, internetOutGb: 250, intraRegionGb: 40 },
      true,
    );
    expect([u.internetOutGb, u.netInternetOutGb, u.intraRegionGb].map(text)).toEqual([
      '250',
      '150',
      '40',
    ]);
    expect(() =>
      dataTransferUsage(
        { id: 't', service: 'data-transfer', quantity: 1, interRegionOutGb: 5 },
        false,
      ),
    ).toThrow('destinationRegion is required with interRegionOutGb');
  });

  it('CloudFront: 2 × 100 GB = 200 GB; requests not given stay null', () => {
    const u = cloudFrontUsage({
      id: 'c',
      service: 'cloudfront',
      quantity: 2,
      edgeLocation: 'Europe',
      dataOutGb: 100,
    });
    expect([u.dataOutGb, u.httpsRequests, u.httpRequests].map(text)).toEqual(['200', null, null]);
  });
});
