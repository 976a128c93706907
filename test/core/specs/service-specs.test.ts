import {
  LINE_SERVICE_KINDS,
  SERVICE_KINDS,
  SERVICE_SPECS,
  SpecError,
  parseCount,
  parseServiceKind,
  parseServiceSpec,
  parseSupportSpec,
  withItemOptions,
} from '../../../core';

function specError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return (error as Error).message;
  }
  throw new Error('expected a SpecError');
}

describe('service specs (one grammar per priced service)', () => {
  it('has a grammar and an example for every service the engine prices', () => {
    expect(SERVICE_SPECS.map((s) => s.service)).toEqual(SERVICE_KINDS);
    for (const { service, example } of SERVICE_SPECS)
      expect(parseServiceSpec(service, example).service).toBe(service);
  });

  it('reads counts with k / m / b suffixes and thousands separators', () => {
    expect(parseCount('10m')).toBe(10_000_000);
    expect(parseCount('400k')).toBe(400_000);
    expect(parseCount('1.5b')).toBe(1_500_000_000);
    expect(parseCount('2,500')).toBe(2500);
    expect(parseCount('ten')).toBeUndefined();
  });

  it('reads the RDS spec of the issue into the fields the engine prices', () => {
    expect(parseServiceSpec('rds', 'db.r6g.large mysql multi-az 100gb gp3')).toEqual({
      id: 'spec',
      quantity: 1,
      service: 'rds',
      instanceClass: 'db.r6g.large',
      engine: 'mysql',
      deployment: 'multi-az',
      storageType: 'gp3',
      storageGb: 100,
    });
    // Word order and spacing do not matter; "100 GB" is 100gb.
    expect(parseServiceSpec('RDS', 'PostgreSQL 100 GB Multi-AZ db.t3.small gp2')).toMatchObject({
      engine: 'postgresql',
      deployment: 'multi-az',
      storageGb: 100,
    });
  });

  it('reads Lambda by duration and memory, or by GB-seconds (400k GB-s over 10M requests = 40 ms at 1 GB)', () => {
    expect(
      parseServiceSpec('lambda', 'requests=10m duration=200ms memory=512mb arm'),
    ).toMatchObject({
      requestsPerMonth: 10_000_000,
      durationMs: 200,
      memoryMb: 512,
      architecture: 'arm64',
    });
    expect(parseServiceSpec('lambda', 'requests=10m gb-s=400k arm')).toMatchObject({
      requestsPerMonth: 10_000_000,
      durationMs: 40,
      memoryMb: 1024,
      architecture: 'arm64',
    });
  });

  it('turns request counts into the millions the requirement fields hold', () => {
    expect(parseServiceSpec('dynamodb', '50gb reads=100m writes=10m')).toMatchObject({
      capacityMode: 'on-demand',
      readRequestUnitsMillions: 100,
      writeRequestUnitsMillions: 10,
      storageGb: 50,
    });
    expect(parseServiceSpec('route 53', '2 zones queries=1500m')).toMatchObject({
      service: 'route53',
      hostedZones: 2,
      standardQueriesMillions: 1500,
    });
  });

  it('accepts the words the sheets accept (Linux/UNIX, Standard IA, ALB, Asia Pacific)', () => {
    expect(parseServiceSpec('ec2', 'm7g.large Linux/UNIX')).toMatchObject({ os: 'Linux' });
    expect(parseServiceSpec('ec2', 'm7i.large Windows with SQL Server Web')).toMatchObject({
      os: 'Windows with SQL Server Web',
    });
    expect(parseServiceSpec('s3', 'Standard-IA 200')).toMatchObject({
      storageClass: 'standard-ia',
      storageGb: 200,
    });
    expect(parseServiceSpec('ebs', 'gp3:500')).toMatchObject({ volumeType: 'gp3', storageGb: 500 });
    expect(parseServiceSpec('nat', '300gb')).toMatchObject({
      service: 'nat-gateway',
      dataProcessedGb: 300,
    });
    expect(parseServiceSpec('load balancer', 'ALB lcu=3')).toMatchObject({
      type: 'application',
      capacityUnits: 3,
    });
    expect(parseServiceSpec('cloudfront', 'Asia Pacific 1000gb https=10m')).toMatchObject({
      edgeLocation: 'Asia Pacific',
      dataOutGb: 1000,
      httpsRequests: 10_000_000,
    });
  });

  it('refuses throughput its DynamoDB capacity mode does not bill, as the DynamoDB sheet does', () => {
    expect(specError(() => parseServiceSpec('dynamodb', 'provisioned 50gb reads=10m'))).toMatch(
      /request units apply to on-demand tables; give read\/write capacity units/,
    );
    expect(specError(() => parseServiceSpec('dynamodb', '50gb rcu=100'))).toMatch(
      /capacity units \(RCU\/WCU\) apply to provisioned tables/,
    );
  });

  it('refuses what it does not understand, naming the word and the grammar', () => {
    expect(
      specError(() => parseServiceSpec('rds', 'db.r6g.large mysql multi-az 100gb gp9')),
    ).toMatch(/rds spec ".*": "gp9" is not understood\. Write "<db class> <engine>/);
    expect(specError(() => parseServiceSpec('rds', 'db.r6g.large 100gb'))).toMatch(
      /the engine \(mysql, postgresql/,
    );
    expect(specError(() => parseServiceSpec('lambda', 'requests=ten duration=100'))).toMatch(
      /requests=ten is not a number for requests per month/,
    );
    expect(specError(() => parseServiceSpec('fargate', '1vcpu 500gb'))).toMatch(
      /memory must be from 0.5 to 120, got "500gb"/,
    );
    expect(specError(() => parseServiceSpec('sqs', '1m'))).toMatch(
      /service "sqs" is not one of ec2, ebs, s3/,
    );
    expect(specError(() => parseServiceSpec('cloudwatch', ''))).toMatch(/no usage named/);
  });

  it('knows every line service by name and by the short names people type', () => {
    for (const s of LINE_SERVICE_KINDS) expect(parseServiceKind(s)).toBe(s);
    expect(parseServiceKind('Data Transfer')).toBe('data-transfer');
    expect(parseServiceKind('NAT')).toBe('nat-gateway');
    expect(parseServiceKind('elb')).toBe('load-balancer');
  });

  it('applies a formula pricing model and hours only where the service has them', () => {
    const rds = parseServiceSpec('rds', 'db.t3.small postgresql 20gb');
    const reserved = {
      kind: 'reserved',
      term: '1yr',
      offeringClass: 'standard',
      purchaseOption: 'No Upfront',
    } as const;
    expect(
      withItemOptions(rds, { pricingModel: reserved, hoursPerMonth: 200, quantity: 2 }),
    ).toMatchObject({ pricingModel: reserved, hoursPerMonth: 200, quantity: 2 });
    const s3 = parseServiceSpec('s3', 'standard 10gb');
    expect(specError(() => withItemOptions(s3, { pricingModel: reserved }))).toMatch(
      /s3 is priced On-Demand only/,
    );
    expect(specError(() => withItemOptions(s3, { hoursPerMonth: 100 }))).toMatch(
      /s3 is not billed by the hour/,
    );
  });

  it('reads the support spec: a plan and the monthly charges', () => {
    expect(parseSupportSpec('business-plus 2500')).toEqual({
      plan: 'business-plus',
      monthlyCharges: '2500',
    });
    expect(parseSupportSpec('Enterprise on $150k')).toEqual({
      plan: 'enterprise',
      monthlyCharges: '150000',
    });
    expect(specError(() => parseSupportSpec('gold 100'))).toMatch(/plans: developer, business/);
  });
});

describe('option keys of #12 item 5', () => {
  it('reads RDS magnetic I/O, Performance Insights, Extended Support and surplus credits', () => {
    expect(
      parseServiceSpec(
        'rds',
        'db.m5.large mysql multi-az 100gb magnetic io=20m pi=3 es=5.7 es-year=3',
      ),
    ).toMatchObject({
      storageType: 'magnetic',
      ioRequestsMillions: 20,
      performanceInsightsRetentionMonths: 3,
      extendedSupport: { majorVersion: '5.7', year: 3 },
    });
    expect(parseServiceSpec('rds', 'db.t3.small postgresql 20gb es=12 credits=600')).toMatchObject({
      extendedSupport: { majorVersion: '12', year: 1 },
      surplusCpuCredits: 600,
    });
  });

  it('reads EC2 surplus credits and EBS optimization, and EBS fast snapshot restores', () => {
    expect(parseServiceSpec('ec2', 't3.micro credits=1200 linux')).toMatchObject({
      instanceType: 't3.micro',
      os: 'Linux',
      surplusCpuCredits: 1200,
    });
    expect(parseServiceSpec('ec2', 'c3.xlarge ebs-optimized')).toMatchObject({
      ebsOptimized: true,
    });
    expect(parseServiceSpec('ebs', 'gp3 100gb fsr=2')).toMatchObject({ fastSnapshotRestores: 2 });
  });

  it('refuses an Extended Support year without a version, or a version that is not one', () => {
    expect(specError(() => parseServiceSpec('rds', 'db.m5.large mysql 20gb es-year=2'))).toMatch(
      /es-year= needs es=<major version>/,
    );
    expect(specError(() => parseServiceSpec('rds', 'db.m5.large mysql 20gb es=five'))).toMatch(
      /es=five is not a major version such as 5.7 or 12/,
    );
    expect(
      specError(() => parseServiceSpec('rds', 'db.m5.large mysql 20gb es=8.0 es-year=4')),
    ).toMatch(/es-year=4/);
  });
});
