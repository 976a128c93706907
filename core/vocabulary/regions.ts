/**
 * The AWS commercial regions the product knows — one list, used by the sheets, the add-in's region
 * pickers, the catalog build and the Price List importers — with the display names AWS's calculator,
 * Price List and pricing pages use (`location`), so either form can be typed. Codes not listed are
 * still accepted by `parseRegion` when they look like a region code, with a warning (new regions
 * appear faster than this list).
 */
export const AWS_REGIONS = [
  { code: 'us-east-1', name: 'US East (N. Virginia)' },
  { code: 'us-east-2', name: 'US East (Ohio)' },
  { code: 'us-west-1', name: 'US West (N. California)' },
  { code: 'us-west-2', name: 'US West (Oregon)' },
  { code: 'af-south-1', name: 'Africa (Cape Town)' },
  { code: 'ap-east-1', name: 'Asia Pacific (Hong Kong)' },
  { code: 'ap-south-1', name: 'Asia Pacific (Mumbai)' },
  { code: 'ap-south-2', name: 'Asia Pacific (Hyderabad)' },
  { code: 'ap-southeast-1', name: 'Asia Pacific (Singapore)' },
  { code: 'ap-southeast-2', name: 'Asia Pacific (Sydney)' },
  { code: 'ap-southeast-3', name: 'Asia Pacific (Jakarta)' },
  { code: 'ap-southeast-4', name: 'Asia Pacific (Melbourne)' },
  { code: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)' },
  { code: 'ap-southeast-7', name: 'Asia Pacific (Thailand)' },
  { code: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)' },
  { code: 'ap-northeast-2', name: 'Asia Pacific (Seoul)' },
  { code: 'ap-northeast-3', name: 'Asia Pacific (Osaka)' },
  { code: 'ca-central-1', name: 'Canada (Central)' },
  { code: 'ca-west-1', name: 'Canada West (Calgary)' },
  { code: 'eu-central-1', name: 'EU (Frankfurt)' },
  { code: 'eu-central-2', name: 'EU (Zurich)' },
  { code: 'eu-west-1', name: 'EU (Ireland)' },
  { code: 'eu-west-2', name: 'EU (London)' },
  { code: 'eu-west-3', name: 'EU (Paris)' },
  { code: 'eu-south-1', name: 'EU (Milan)' },
  { code: 'eu-south-2', name: 'EU (Spain)' },
  { code: 'eu-north-1', name: 'EU (Stockholm)' },
  { code: 'il-central-1', name: 'Israel (Tel Aviv)' },
  { code: 'me-south-1', name: 'Middle East (Bahrain)' },
  { code: 'me-central-1', name: 'Middle East (UAE)' },
  { code: 'mx-central-1', name: 'Mexico (Central)' },
  { code: 'sa-east-1', name: 'South America (Sao Paulo)' },
] as const;

export type AwsRegionCode = (typeof AWS_REGIONS)[number]['code'];

/** The region codes of AWS_REGIONS, in its order. */
export const AWS_REGION_CODES: readonly AwsRegionCode[] = AWS_REGIONS.map((r) => r.code);

/**
 * Other location names AWS's price data uses: the Price List's newer `Europe (…)` spelling, older
 * names, regions newer than AWS_REGIONS, and the GovCloud and China partitions (which the importers
 * recognise but the product does not price).
 */
const OTHER_LOCATIONS: readonly { readonly name: string; readonly code: string }[] = [
  { name: 'Europe (Frankfurt)', code: 'eu-central-1' },
  { name: 'Europe (Zurich)', code: 'eu-central-2' },
  { name: 'Europe (Ireland)', code: 'eu-west-1' },
  { name: 'Europe (London)', code: 'eu-west-2' },
  { name: 'Europe (Paris)', code: 'eu-west-3' },
  { name: 'Europe (Milan)', code: 'eu-south-1' },
  { name: 'Europe (Spain)', code: 'eu-south-2' },
  { name: 'Europe (Stockholm)', code: 'eu-north-1' },
  { name: 'Asia Pacific (Osaka-Local)', code: 'ap-northeast-3' },
  { name: 'Asia Pacific (Taipei)', code: 'ap-east-2' },
  { name: 'Asia Pacific (New Zealand)', code: 'ap-southeast-6' },
  { name: 'AWS GovCloud (US-West)', code: 'us-gov-west-1' },
  { name: 'AWS GovCloud (US)', code: 'us-gov-west-1' },
  { name: 'AWS GovCloud (US-East)', code: 'us-gov-east-1' },
  { name: 'China (Beijing)', code: 'cn-north-1' },
  { name: 'China (Ningxia)', code: 'cn-northwest-1' },
];

/**
 * The shape of a region code: two letters, one or more words, a number (`us-east-1`,
 * `us-gov-west-1`, `us-isob-east-1`, `ap-southeast-10`). The one region pattern of the product:
 * schemas, sheets, worksheet functions and consoles all test codes with `isRegionCode`.
 */
const REGION_CODE = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** The pseudo-region of global services (CloudFront, Route 53) in requirements and the catalog. */
export const GLOBAL_REGION = 'global';

/**
 * The shape of a Local Zone code: its parent region, a three-letter metro and a number
 * (`us-east-1-bos-1`), optionally with the zone letter (`us-west-2-lax-1a`).
 */
const LOCAL_ZONE_CODE = /^([a-z]{2}(?:-[a-z]+)+-\d{1,2})-[a-z]{3}-\d[a-z]?$/;

/**
 * True for a lower-case region code (see REGION_CODE) or Local Zone code (LOCAL_ZONE_CODE);
 * display names and `global` are not codes.
 */
export function isRegionCode(text: string): boolean {
  return REGION_CODE.test(text) || LOCAL_ZONE_CODE.test(text);
}

/**
 * The parent region of a Local Zone code whose parent is in AWS_REGIONS (`us-east-1-bos-1` →
 * `us-east-1`); undefined for anything else. AWS's pricing pages list each Local Zone as a location
 * of its own, with its own rates, and no source in the catalog shows a service priced in a Local
 * Zone as in its parent region (the feeds of ../shared/price-data leave Local Zones out). So the
 * catalog never lends a Local Zone its parent's prices: each component shows "price not in
 * catalog" until Local Zone prices are added.
 */
export function localZoneParent(code: string): AwsRegionCode | undefined {
  const parent = LOCAL_ZONE_CODE.exec(code)?.[1];
  return parent !== undefined && isAwsRegion(parent) ? parent : undefined;
}

const BY_LOCATION: ReadonlyMap<string, string> = new Map([
  ...AWS_REGIONS.map((r): [string, string] => [r.name, r.code]),
  ...OTHER_LOCATIONS.map((l): [string, string] => [l.name, l.code]),
]);

/** The region code of an AWS location name (`US East (N. Virginia)` → `us-east-1`); exact match. */
export function regionForLocation(location: string): string | undefined {
  return BY_LOCATION.get(location);
}

/** True for a code of AWS_REGIONS. */
export function isAwsRegion(code: string): code is AwsRegionCode {
  return (AWS_REGION_CODES as readonly string[]).includes(code);
}

export interface RegionParse {
  readonly code: string;
  /** True when the code has the right shape but is not in AWS_REGIONS. */
  readonly unknown: boolean;
}

/**
 * A region as typed in a cell or a formula: `us-east-1`, `US-EAST-1` or `US East (N. Virginia)`
 * -> `us-east-1`; undefined when neither.
 */
export function parseRegion(text: string): RegionParse | undefined {
  const t = text.trim();
  const lower = t.toLowerCase();
  const byCode = AWS_REGIONS.find((r) => r.code === lower);
  if (byCode) return { code: byCode.code, unknown: false };
  const byName = AWS_REGIONS.find((r) => r.name.toLowerCase() === lower);
  if (byName) return { code: byName.code, unknown: false };
  if (localZoneParent(lower)) return { code: lower, unknown: false };
  return isRegionCode(lower) ? { code: lower, unknown: true } : undefined;
}

export function regionName(code: string): string {
  const parent = localZoneParent(code);
  if (parent) return `${code} (Local Zone of ${regionName(parent)})`;
  return AWS_REGIONS.find((r) => r.code === code)?.name ?? code;
}
