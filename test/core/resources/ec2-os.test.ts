import {
  EC2_OS_ATTRIBUTES,
  ec2InstanceAttributes,
  ec2ProductFamily,
} from '../../../core/resources/ec2-os';
import { architectureOf, parseMemoryGib } from '../../../core/resources/ec2-sizing';
import { record } from './catalog-builder';

describe('EC2 operating systems as Price List attributes (domain-notes §5.4)', () => {
  it.each([
    ['Linux', 'Linux', 'NA', 'No License required'],
    ['Windows', 'Windows', 'NA', 'No License required'],
    ['RHEL', 'RHEL', 'NA', 'No License required'],
    ['SUSE', 'SUSE', 'NA', 'No License required'],
    ['Ubuntu Pro', 'Ubuntu Pro', 'NA', 'No License required'],
    ['Windows with SQL Server Web', 'Windows', 'SQL Web', 'No License required'],
    ['Windows with SQL Server Standard', 'Windows', 'SQL Std', 'No License required'],
    ['Windows with SQL Server Enterprise', 'Windows', 'SQL Ent', 'No License required'],
    ['Windows BYOL', 'Windows', 'NA', 'Bring your own license'],
  ] as const)('%s → %s / %s / %s', (os, operatingSystem, preInstalledSw, licenseModel) => {
    expect(EC2_OS_ATTRIBUTES[os]).toEqual({ operatingSystem, preInstalledSw, licenseModel });
  });

  it('selects Used capacity and the tenancy, and bare metal by its own product family', () => {
    expect(
      ec2InstanceAttributes('c6i.large', 'Windows with SQL Server Web', 'dedicated'),
    ).toMatchObject({
      tenancy: 'Dedicated',
      capacitystatus: 'Used',
      preInstalledSw: 'SQL Web',
    });
    expect(ec2ProductFamily('m7g.metal')).toBe('Compute Instance (bare metal)');
    expect(ec2ProductFamily('m7i.metal-24xl')).toBe('Compute Instance (bare metal)');
    expect(ec2ProductFamily('m7g.large')).toBe('Compute Instance');
  });
});

describe('instance facts the sizer reads', () => {
  const rec = (instanceType: string, physicalProcessor?: string) =>
    record({
      id: instanceType,
      service: 'AmazonEC2',
      region: 'us-east-1',
      unit: 'Hrs',
      price: '1',
      attributes: {
        instanceType,
        processorArchitecture: '64-bit',
        ...(physicalProcessor ? { physicalProcessor } : {}),
      },
    });

  it('tells Graviton from x86 by processor or by name, since processorArchitecture reads 64-bit for both', () => {
    expect(architectureOf(rec('m7g.large', 'AWS Graviton3 Processor'))).toBe('arm64');
    expect(architectureOf(rec('m8gb.metal-24xl'))).toBe('arm64');
    expect(architectureOf(rec('db.r6g.large'))).toBe('arm64');
    expect(architectureOf(rec('a1.medium'))).toBe('arm64');
    expect(architectureOf(rec('g4dn.xlarge'))).toBe('x86_64');
    expect(architectureOf(rec('m7i.large'))).toBe('x86_64');
  });

  it('reads memory in GiB', () => {
    expect(parseMemoryGib('8 GiB')).toBe(8);
    expect(parseMemoryGib('0.5 GiB')).toBe(0.5);
    expect(parseMemoryGib('1,024 GiB')).toBe(1024);
    expect(parseMemoryGib('NA')).toBeUndefined();
  });
});
