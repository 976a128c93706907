import { usageType } from '../../core/resources/region-prefix';

/**
 * The usage type a curated record of `region` carries, built by the engine's own function so the
 * record matches the query the engine sends. Refuses a region the engine has no prefix for (it
 * would build `<region code>-…`, which no query asks for).
 */
export function regionUsageType(
  region: string,
  suffix: string,
  prefixedInUsEast1: boolean,
): string {
  const value = usageType(region, suffix, { prefixedInUsEast1 });
  if (value.startsWith(`${region}-`))
    throw new Error(
      `No usage-type prefix is known for region ${region} (core/resources/region-prefix.ts).`,
    );
  return value;
}
