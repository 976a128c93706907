import * as core from '../../core';
import type {
  Ec2OperatingSystem,
  Estimate,
  InstanceSizing,
  PriceCatalog,
  Requirements,
  Tenancy,
} from '../../core';

/** core's `priceRequirements(requirements, catalog)`: requirements in, a full Estimate out. */
export type PriceRequirements = (requirements: Requirements, catalog: PriceCatalog) => Estimate;

export class EngineUnavailableError extends Error {
  override readonly name = 'EngineUnavailableError';
}

/**
 * The engine entry point, looked up on core's public surface at call time. The cost engine
 * (issue 4) is being written alongside the add-in; reading the export by name keeps this module
 * compiling before `priceRequirements` is exported and fails with a clear message if it is not.
 */
export function priceRequirements(): PriceRequirements {
  return exported<PriceRequirements>('priceRequirements');
}

/** core's EC2 sizer: the cheapest current-generation type with at least this vCPU and memory. */
export type ChooseInstanceType = (
  catalog: PriceCatalog,
  region: string,
  attributes: Readonly<Record<string, string>>,
  sizing: InstanceSizing,
) =>
  | {
      readonly instanceType: string;
      readonly vcpu: number;
      readonly memoryGib: number;
      readonly price: string;
    }
  | undefined;

/** core's Price List attributes of an EC2 instance (OS → operatingSystem/licenseModel/preInstalledSw). */
export type Ec2InstanceAttributes = (
  instanceType: string,
  os: Ec2OperatingSystem,
  tenancy: Tenancy,
) => Readonly<Record<string, string>>;

export function chooseInstanceType(): ChooseInstanceType {
  return exported<ChooseInstanceType>('chooseInstanceType');
}

export function ec2InstanceAttributes(): Ec2InstanceAttributes {
  return exported<Ec2InstanceAttributes>('ec2InstanceAttributes');
}

function exported<T>(name: string): T {
  const fn = (core as Record<string, unknown>)[name];
  if (typeof fn !== 'function') {
    throw new EngineUnavailableError(
      `This build's pricing engine lacks ${name}; update the add-in.`,
    );
  }
  return fn as T;
}
