import { priceRequirements } from '../../../core/estimate/price-requirements';
import { monthlyCost } from '../../../core/estimate/quick-price';
import { offeringProblems } from '../../../core/offerings/offering-rules';
import { regionOffering } from '../../../core/offerings/region-offering';
import { unknownInstanceType } from '../../../core/offerings/instance-types';
import type { Requirements } from '../../../core/requirements/requirements';
import { buildCatalog, record } from '../resources/catalog-builder';
import type { RecordInput } from '../resources/catalog-builder';
import { PriceCatalog } from '../../../core/catalog/price-catalog';

describe('instance types that exist', () => {
  it.each([
    ['m7g.large', 'ec2'],
    ['c7i-flex.2xlarge', 'ec2'],
    ['u7i-12tb.224xlarge', 'ec2'],
    ['m7g.metal', 'ec2'],
    ['r6i.metal-32xl', 'ec2'],
    ['db.m6g.large', 'rds'],
    ['db.x2g.16xlarge', 'rds'],
    ['db.r5.2xlarge.tpc2.mem4x', 'rds'],
    ['cache.r7g.large', 'elasticache'],
  ] as const)('%s is a %s type', (type, kind) => {
    expect(unknownInstanceType(type, kind)).toBeNull();
  });

  it.each([
    ['m7g.huge', 'ec2', '"huge" is not an instance size'],
    ['m9z.large', 'ec2', 'there is no m9z family'],
    ['m7g', 'ec2', 'it must look like m7g.large'],
    ['m6g.large', 'rds', 'it must look like db.m6g.large'],
    ['db.m7q.large', 'rds', 'there is no db.m7q family'],
    ['cache.r7g.giant', 'elasticache', '"giant" is not an instance size'],
  ] as const)('%s is not a %s type (%s)', (type, kind, why) => {
    expect(unknownInstanceType(type, kind)).toContain(why);
  });
});

describe('combinations AWS does not offer', () => {
  it('Windows and SQL Server on a Graviton type or Graviton sizing', () => {
    const named = offeringProblems({
      id: 'w',
      service: 'ec2',
      quantity: 1,
      instanceType: 'c7g.xlarge',
      os: 'Windows with SQL Server Standard',
    });
    expect(named).toEqual([expect.objectContaining({ field: 'os', kind: 'invalid-combination' })]);
    const sized = offeringProblems({
      id: 's',
      service: 'ec2',
      quantity: 1,
      sizing: { vcpu: 2, memoryGib: 8, architecture: 'arm64' },
      os: 'Windows',
    });
    expect(sized[0]?.kind).toBe('invalid-combination');
    expect(
      offeringProblems({
        id: 'l',
        service: 'ec2',
        quantity: 1,
        instanceType: 'c7g.xlarge',
        os: 'RHEL',
      }),
    ).toEqual([]);
  });

  it('SQL Server and Oracle on a Graviton RDS class; open-source engines are fine', () => {
    const rds = (engine: 'sqlserver-se' | 'oracle-ee' | 'postgresql') =>
      offeringProblems({
        id: 'db',
        service: 'rds',
        quantity: 1,
        engine,
        instanceClass: 'db.r6g.large',
        deployment: 'single-az',
        storageType: 'gp3',
        storageGb: 20,
      });
    expect(rds('sqlserver-se')[0]).toMatchObject({
      field: 'instanceClass',
      kind: 'invalid-combination',
    });
    expect(rds('oracle-ee')[0]?.message).toContain('RDS for oracle-ee does not run on Graviton');
    expect(rds('postgresql')).toEqual([]);
  });

  it('Oracle Enterprise Edition with the licence included (AWS sells EE as BYOL only)', () => {
    const oracle = (engine: 'oracle-ee' | 'oracle-se2', licenseModel?: 'byol') =>
      offeringProblems({
        id: 'db',
        service: 'rds',
        quantity: 1,
        engine,
        ...(licenseModel ? { licenseModel } : {}),
        instanceClass: 'db.r5.large',
        deployment: 'single-az',
        storageType: 'gp3',
        storageGb: 20,
      });
    expect(oracle('oracle-ee')).toEqual([
      expect.objectContaining({ field: 'licenseModel', kind: 'invalid-combination' }),
    ]);
    expect(oracle('oracle-ee', 'byol')).toEqual([]);
    expect(oracle('oracle-se2')).toEqual([]);
  });
});

/** us-east-1 Linux m5.large $0.096/h (AWS Pricing API via karpenter-provider-aws, 2024-04-04). */
const m5: RecordInput = {
  id: 'curated:AmazonEC2:us-east-1:m5.large:Linux:OnDemand',
  service: 'AmazonEC2',
  region: 'us-east-1',
  productFamily: 'Compute Instance',
  unit: 'Hrs',
  price: '0.096',
  attributes: {
    instanceType: 'm5.large',
    tenancy: 'Shared',
    operatingSystem: 'Linux',
    preInstalledSw: 'NA',
    licenseModel: 'No License required',
    capacitystatus: 'Used',
  },
};
const settings = { region: 'us-east-1', pricingModel: { kind: 'on-demand' as const } };

function shardCatalog(source: string): PriceCatalog {
  return new PriceCatalog({
    version: 'offer-test',
    createdAt: '2026-11-26T00:00:00Z',
    shards: [
      {
        service: 'AmazonEC2',
        region: 'us-east-1',
        version: '20260701000000',
        publishedAt: '2026-07-01T00:00:00Z',
        source,
        records: [record(m5)],
      },
    ],
  });
}

describe('not offered in the region vs price not in catalog', () => {
  const m7i: Requirements = {
    settings,
    items: [{ id: 'new', service: 'ec2', quantity: 1, instanceType: 'm7i.large', os: 'Linux' }],
  };

  it('a type missing from a curated shard is only "price not in catalog"', () => {
    const estimate = priceRequirements(m7i, shardCatalog('curated:ec2 linux'), {
      asOf: '2026-11-26',
    });
    expect(estimate.lines[0]!.components[0]!.status).toBe('price-not-in-catalog');
  });

  it('a type missing from an official, complete Price List offer file is "not offered"', () => {
    const catalog = shardCatalog(
      'aws-price-list:/offers/v1.0/aws/AmazonEC2/20260701000000/us-east-1/index.json',
    );
    const estimate = priceRequirements(m7i, catalog, { asOf: '2026-11-26' });
    const c = estimate.lines[0]!.components[0]!;
    expect(c.status).toBe('not-offered');
    expect(c.cost).toBeNull();
    expect(c.explanation).toMatch(/^Not offered by AWS in us-east-1/);
    expect(estimate.coverage).toMatchObject({ unpriced: 1, unpricedIds: ['new'] });
    // A type the file does list is offered.
    expect(
      regionOffering(catalog, {
        service: 'AmazonEC2',
        region: 'us-east-1',
        attributes: { instanceType: 'm5.large' },
      }),
    ).toBe('offered');
  });
});

describe('the engine never prices what AWS cannot sell', () => {
  const catalog = buildCatalog([m5], 'engine-offer-test');

  it("refuses an unknown instance type as the caller's mistake, naming item and field", () => {
    const bad: Requirements = {
      settings,
      items: [{ id: 'typo', service: 'ec2', quantity: 1, instanceType: 'm7g.huge', os: 'Linux' }],
    };
    expect(() => priceRequirements(bad, catalog)).toThrow(
      /^Item 'typo': instanceType "m7g.huge" is not an EC2 instance type/,
    );
  });

  it('shows Windows on Graviton as an explicit invalid-combination line, never $0', () => {
    const estimate = priceRequirements(
      {
        settings,
        items: [
          { id: 'win', service: 'ec2', quantity: 2, instanceType: 'm7g.large', os: 'Windows' },
        ],
      },
      catalog,
      { asOf: '2026-11-26' },
    );
    const line = estimate.lines[0]!;
    expect(line.components.map((c) => [c.status, c.cost, c.quantity])).toEqual([
      ['invalid-combination', null, '1460'],
    ]);
    expect(line.components[0]!.explanation).toContain('Windows does not run on Graviton');
    expect(estimate.coverage.unpricedIds).toEqual(['win']);
    expect(estimate.totals.monthly).toBe('0');
  });

  it('a worksheet cell with an impossible combination is a bad argument', () => {
    expect(() =>
      monthlyCost(
        catalog,
        { id: 'cell', service: 'ec2', quantity: 1, instanceType: 'm7g.large', os: 'Windows' },
        settings,
      ),
    ).toThrow(/does not run on Graviton/);
  });
});
