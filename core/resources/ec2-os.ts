import type { Ec2OperatingSystem, Tenancy } from '../requirements/requirement-items';

/**
 * Price List attributes that select an EC2 operating system and licence (domain-notes §5.4;
 * docs.aws.amazon.com/AWSEC2/latest/UserGuide/billing-info-fields.html). SQL Server editions are
 * Windows with `preInstalledSw`; Windows BYOL is `licenseModel = Bring your own license`.
 */
export interface OsAttributes {
  readonly operatingSystem: string;
  readonly preInstalledSw: string;
  readonly licenseModel: string;
}

const NO_LICENSE = 'No License required';

export const EC2_OS_ATTRIBUTES: Readonly<Record<Ec2OperatingSystem, OsAttributes>> = {
  Linux: { operatingSystem: 'Linux', preInstalledSw: 'NA', licenseModel: NO_LICENSE },
  Windows: { operatingSystem: 'Windows', preInstalledSw: 'NA', licenseModel: NO_LICENSE },
  RHEL: { operatingSystem: 'RHEL', preInstalledSw: 'NA', licenseModel: NO_LICENSE },
  SUSE: { operatingSystem: 'SUSE', preInstalledSw: 'NA', licenseModel: NO_LICENSE },
  'Ubuntu Pro': { operatingSystem: 'Ubuntu Pro', preInstalledSw: 'NA', licenseModel: NO_LICENSE },
  'Windows with SQL Server Web': {
    operatingSystem: 'Windows',
    preInstalledSw: 'SQL Web',
    licenseModel: NO_LICENSE,
  },
  'Windows with SQL Server Standard': {
    operatingSystem: 'Windows',
    preInstalledSw: 'SQL Std',
    licenseModel: NO_LICENSE,
  },
  'Windows with SQL Server Enterprise': {
    operatingSystem: 'Windows',
    preInstalledSw: 'SQL Ent',
    licenseModel: NO_LICENSE,
  },
  'Windows BYOL': {
    operatingSystem: 'Windows',
    preInstalledSw: 'NA',
    licenseModel: 'Bring your own license',
  },
};

export const TENANCY_ATTRIBUTE: Readonly<Record<Tenancy, string>> = {
  shared: 'Shared',
  dedicated: 'Dedicated',
};

/**
 * The attributes of an EC2 instance price: instance type, tenancy, OS/licence, and
 * `capacitystatus = Used` (other values are capacity-reservation rows, not instance prices).
 */
export function ec2InstanceAttributes(
  instanceType: string,
  os: Ec2OperatingSystem,
  tenancy: Tenancy,
): Readonly<Record<string, string>> {
  return {
    instanceType,
    tenancy: TENANCY_ATTRIBUTE[tenancy],
    ...EC2_OS_ATTRIBUTES[os],
    capacitystatus: 'Used',
  };
}

/** Savings Plans rates carry no capacity status: same selection without it. */
export function ec2SavingsPlanAttributes(
  instanceType: string,
  os: Ec2OperatingSystem,
  tenancy: Tenancy,
): Readonly<Record<string, string>> {
  return { instanceType, tenancy: TENANCY_ATTRIBUTE[tenancy], ...EC2_OS_ATTRIBUTES[os] };
}

/** Bare-metal types are their own product family in the Price List. */
export function ec2ProductFamily(instanceType: string): string {
  return /\.metal/.test(instanceType) ? 'Compute Instance (bare metal)' : 'Compute Instance';
}
