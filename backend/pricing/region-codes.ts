import { regionForLocation } from '../../core';

/**
 * The region code of a Price List product. Current offer files carry a `regionCode` attribute;
 * older files and Pricing API items (e.g. the 2021 GetProducts sample) carry only `location`, so the
 * code comes from core's one table of AWS location names (`regionForLocation`, also used by the
 * pricing-page feed reader). Data-transfer products carry `fromRegionCode` / `fromLocation`.
 * Undefined when none gives a known region.
 */
export function regionOf(
  attributes: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const code = attributes.regionCode || attributes.fromRegionCode;
  if (code) return code;
  const location = attributes.location ?? attributes.fromLocation;
  if (location === undefined) return undefined;
  if (location === 'Any' || location === 'Global') return 'global';
  return regionForLocation(location);
}
