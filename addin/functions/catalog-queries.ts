import type { CostLine, Ec2OperatingSystem, InstanceSizing, PriceCatalog } from '../../core';
import { chooseInstanceType, ec2InstanceAttributes } from '../../core';
import { UnavailableError } from './function-errors';

/** The first priced component's unit price and unit: what AWS.PRICE shows. */
export function unitPrice(line: CostLine): { price: string; unit: string } {
  const component = line.components.find((c) => c.status === 'priced' && c.unitPrice !== null);
  if (!component || component.unitPrice === null) {
    throw new UnavailableError(`${line.description} has no priced component in the catalog`);
  }
  return { price: component.unitPrice, unit: component.unit };
}

/** AWS.INSTANCE: core's sizer over the cached catalog (shared tenancy). */
export function cheapestInstance(
  catalog: PriceCatalog,
  region: string,
  os: Ec2OperatingSystem,
  sizing: InstanceSizing,
): string {
  const attributes = ec2InstanceAttributes('', os, 'shared');
  const choice = chooseInstanceType(catalog, region, attributes, sizing);
  if (!choice) {
    throw new UnavailableError(
      `no current-generation ${os} instance in ${region} has ≥ ${sizing.vcpu} vCPU and ≥ ${sizing.memoryGib} GiB`,
    );
  }
  return choice.instanceType;
}
