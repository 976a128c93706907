import {
  formatPricingModel,
  mapGuestOs,
  parseEbsType,
  parseEc2Os,
  parsePricingModel,
  parseRegion,
  PRICING_MODEL_CHOICES,
  isRegionCode,
  localZoneParent,
  regionName,
} from '../../../core/vocabulary';

describe('pricing model text (the calculator wording)', () => {
  it.each([
    ['On-Demand', { kind: 'on-demand' }],
    [
      '1 Yr No Upfront Compute Savings Plan',
      { kind: 'savings-plan', plan: 'compute', term: '1yr', purchaseOption: 'No Upfront' },
    ],
    [
      '3 yr partial upfront EC2 Instance Savings Plan',
      {
        kind: 'savings-plan',
        plan: 'ec2-instance',
        term: '3yr',
        purchaseOption: 'Partial Upfront',
      },
    ],
    [
      '3 Yr All Upfront Reserved',
      { kind: 'reserved', term: '3yr', offeringClass: 'standard', purchaseOption: 'All Upfront' },
    ],
    [
      '1 Yr No Upfront Convertible Reserved',
      { kind: 'reserved', term: '1yr', offeringClass: 'convertible', purchaseOption: 'No Upfront' },
    ],
    ['Spot (70%)', { kind: 'spot', discountPct: 70 }],
  ])('parses %s', (text, model) => expect(parsePricingModel(text)).toEqual(model));

  it.each(['2 Yr No Upfront Compute Savings Plan', 'Spot', 'cheap', '1 Yr Some Upfront Reserved'])(
    'refuses %s',
    (text) => expect(parsePricingModel(text)).toBeUndefined(),
  );

  it('formats every dropdown choice back to itself', () => {
    for (const choice of PRICING_MODEL_CHOICES)
      expect(formatPricingModel(parsePricingModel(choice)!)).toBe(choice);
  });
});

describe('operating systems', () => {
  it('reads exact platform names from the template and the calculator', () => {
    expect(parseEc2Os('Windows Server')).toBe('Windows');
    expect(parseEc2Os('windows server with sql server enterprise')).toBe(
      'Windows with SQL Server Enterprise',
    );
    expect(parseEc2Os('Red Hat Enterprise Linux')).toBe('RHEL');
    expect(parseEc2Os('Solaris')).toBeUndefined();
  });

  it.each([
    ['Microsoft Windows Server 2019 (64-bit)', 'Windows', true],
    ['Red Hat Enterprise Linux 9 (64-bit)', 'RHEL', true],
    ['SUSE Linux Enterprise 15 (64-bit)', 'SUSE', true],
    ['CentOS 7 (64-bit)', 'Linux', true],
    ['Other 3.x or later Linux (64-bit)', 'Linux', true],
    ['Oracle Solaris 11 (64-bit)', 'Linux', false],
    ['Oracle Linux 8 (64-bit)', 'Linux', true],
    ['', 'Linux', false],
  ])('maps guest OS %j to %s', (text, os, recognised) =>
    expect(mapGuestOs(text)).toEqual({ os, recognised }),
  );
});

describe('regions and volume types', () => {
  it('accepts codes and display names, and flags unknown but well-formed codes', () => {
    expect(parseRegion('US East (N. Virginia)')).toEqual({ code: 'us-east-1', unknown: false });
    expect(parseRegion('AP-SOUTHEAST-1')).toEqual({ code: 'ap-southeast-1', unknown: false });
    expect(parseRegion('ap-southeast-9')).toEqual({ code: 'ap-southeast-9', unknown: true });
    expect(parseRegion('Singapore')).toBeUndefined();
  });

  it('reads Local Zone codes as codes of their parent region, never as the region itself', () => {
    expect(parseRegion('US-EAST-1-BOS-1')).toEqual({ code: 'us-east-1-bos-1', unknown: false });
    expect(parseRegion('us-west-2-lax-1a')).toEqual({ code: 'us-west-2-lax-1a', unknown: false });
    expect(localZoneParent('us-east-1-bos-1')).toBe('us-east-1');
    expect(localZoneParent('us-west-2-lax-1a')).toBe('us-west-2');
    // The shape of a Local Zone of a region the product does not know: a code, but no parent.
    expect(isRegionCode('xx-east-9-abc-1')).toBe(true);
    expect(localZoneParent('xx-east-9-abc-1')).toBeUndefined();
    expect(localZoneParent('us-east-1')).toBeUndefined();
    expect(isRegionCode('us-east-1-boston-1')).toBe(false);
    expect(regionName('us-east-1-bos-1')).toBe(
      'us-east-1-bos-1 (Local Zone of US East (N. Virginia))',
    );
  });

  it('reads EBS types by code or calculator name', () => {
    expect(parseEbsType('General Purpose SSD (gp3)')).toBe('gp3');
    expect(parseEbsType('IO2')).toBe('io2');
    expect(parseEbsType('Magnetic')).toBeUndefined();
  });
});
