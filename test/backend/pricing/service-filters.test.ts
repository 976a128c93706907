import {
  keepsProduct,
  serviceFilter,
  supportedServices,
} from '../../../backend/pricing/service-filters';
import { regionOf } from '../../../backend/pricing/region-codes';
import { filterFor } from './helpers';

const ec2 = (
  overrides: Record<string, string>,
  productFamily = 'Compute Instance',
): { productFamily: string; attributes: Record<string, string> } => ({
  productFamily,
  attributes: {
    instanceType: 'm7g.large',
    tenancy: 'Shared',
    operatingSystem: 'Linux',
    licenseModel: 'No License required',
    preInstalledSw: 'NA',
    capacitystatus: 'Used',
    marketoption: 'OnDemand',
    ...overrides,
  },
});

describe('service filters', () => {
  const filter = filterFor('AmazonEC2');

  it.each([
    ['Linux shared', {}, true],
    ['Dedicated tenancy', { tenancy: 'Dedicated' }, true],
    ['Host tenancy', { tenancy: 'Host' }, false],
    ['unused capacity reservation', { capacitystatus: 'UnusedCapacityReservation' }, false],
    ['allocated capacity reservation', { capacitystatus: 'AllocatedCapacityReservation' }, false],
    ['Capacity Block', { marketoption: 'CapacityBlock' }, false],
    ['no marketoption attribute (older files)', { marketoption: '' }, true],
    ['Windows + SQL Ent', { operatingSystem: 'Windows', preInstalledSw: 'SQL Ent' }, true],
    ['Windows BYOL', { operatingSystem: 'Windows', licenseModel: 'Bring your own license' }, true],
    ['Linux + SQL Web (not priced)', { preInstalledSw: 'SQL Web' }, false],
    ['RHEL with HA (not priced)', { operatingSystem: 'Red Hat Enterprise Linux with HA' }, false],
    ['Ubuntu Pro', { operatingSystem: 'Ubuntu Pro' }, true],
  ])('EC2 instance: %s → kept %p', (_name, overrides: Record<string, string>, kept) => {
    const product = ec2(overrides);
    if (overrides.marketoption === '') delete product.attributes.marketoption;
    expect(keepsProduct(filter, product)).toBe(kept);
  });

  it('keeps the EC2 families the engine prices beyond instances and drops the others', () => {
    expect(
      keepsProduct(filter, { productFamily: 'Storage', attributes: { volumeApiName: 'gp3' } }),
    ).toBe(true);
    expect(keepsProduct(filter, { productFamily: 'NAT Gateway', attributes: {} })).toBe(true);
    expect(keepsProduct(filter, { productFamily: 'Dedicated Host', attributes: {} })).toBe(true);
    expect(keepsProduct(filter, { productFamily: 'CPU Credits', attributes: {} })).toBe(false);
  });

  it('keeps public IPv4 addresses under AmazonVPC and prices CloudFront and Route 53 globally', () => {
    expect(
      keepsProduct(filterFor('AmazonVPC'), {
        productFamily: 'VPC Public IPv4 Address',
        attributes: {},
      }),
    ).toBe(true);
    expect(serviceFilter('AmazonCloudFront')?.global).toBe(true);
    expect(serviceFilter('AmazonRoute53')?.global).toBe(true);
    expect(serviceFilter('AmazonEC2')?.global).toBeUndefined();
    expect(supportedServices()).toEqual(
      expect.arrayContaining([
        'AmazonEC2',
        'AmazonRDS',
        'AWSLambda',
        'AmazonS3',
        'AWSDataTransfer',
      ]),
    );
  });

  it.each([
    [{ regionCode: 'ap-southeast-1', location: 'Asia Pacific (Tokyo)' }, 'ap-southeast-1'],
    [{ location: 'US East (N. Virginia)' }, 'us-east-1'],
    [{ location: 'EU (Ireland)' }, 'eu-west-1'],
    [{ fromRegionCode: 'eu-west-1', fromLocation: 'EU (Ireland)' }, 'eu-west-1'],
    [{ fromLocation: 'Asia Pacific (Sydney)' }, 'ap-southeast-2'],
    [{ location: 'Any' }, 'global'],
    [{ location: 'Atlantis (Central)' }, undefined],
    [{}, undefined],
  ])('region of %p is %p', (attributes, region) => expect(regionOf(attributes)).toBe(region));
});
