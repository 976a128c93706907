import type { PriceQuery } from '../../core/catalog/price-query';
import type { Term } from '../../core/catalog/price-record';
import type { Region } from './curated-record';
import { REGIONS, usagePrefix } from './curated-record';

/** The catalog queries the cross-check sends: the ones core/catalog/data/README.md documents. */
const SIX = new Set<string>(REGIONS);
const OD: Term = { type: 'OnDemand' };

/** The query the engine sends for an EC2 instance price (core/catalog/data/README.md). */
export function ec2Query(
  region: string,
  instanceType: string,
  opts: { os?: string; tenancy?: string; sw?: string; term?: Term; unit?: string } = {},
): PriceQuery | undefined {
  if (!SIX.has(region)) return undefined;
  return {
    service: 'AmazonEC2',
    region,
    productFamily: instanceType.includes('.metal')
      ? 'Compute Instance (bare metal)'
      : 'Compute Instance',
    attributes: {
      instanceType,
      operatingSystem: opts.os ?? 'Linux',
      tenancy: opts.tenancy ?? 'Shared',
      preInstalledSw: opts.sw ?? 'NA',
      licenseModel: 'No License required',
      capacitystatus: 'Used',
    },
    term: opts.term ?? OD,
    unit: opts.unit ?? 'Hrs',
  };
}

export function rdsQuery(
  region: string,
  instanceType: string,
  databaseEngine: string,
  deploymentOption: string,
  term: Term = OD,
  unit = 'Hrs',
  databaseEdition?: string,
): PriceQuery | undefined {
  if (!SIX.has(region)) return undefined;
  return {
    service: 'AmazonRDS',
    region,
    productFamily: 'Database Instance',
    attributes: {
      instanceType,
      databaseEngine,
      deploymentOption,
      ...(databaseEdition ? { databaseEdition } : {}),
    },
    term,
    unit,
  };
}

/** A query on the usage type (with the region's billing prefix) and optional extra attributes. */
export function usageQuery(
  service: string,
  region: string,
  productFamily: string,
  usage: string,
  opts: { unit?: string; prefixed?: boolean; attributes?: Record<string, string> } = {},
): PriceQuery | undefined {
  if (region !== 'global' && !SIX.has(region)) return undefined;
  const prefix = region === 'global' ? '' : usagePrefix(region as Region, opts.prefixed ?? false);
  return {
    service,
    region,
    productFamily,
    attributes: { ...opts.attributes, usagetype: `${prefix}${usage}` },
    ...(opts.unit ? { unit: opts.unit } : {}),
  };
}
