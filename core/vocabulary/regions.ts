/**
 * AWS commercial regions with the display names AWS's calculator and Price List use (the
 * `location` attribute): every surface accepts the codes, and where text is typed, the names.
 * Codes not listed are still accepted when they look like a region code, with a warning (new
 * regions appear faster than this list).
 */
export const AWS_REGIONS: readonly { readonly code: string; readonly name: string }[] = [
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
];

/**
 * The shape of a region code: two letters, one or more words, a number (`us-east-1`,
 * `us-gov-west-1`, `us-isob-east-1`, `ap-southeast-10`). The one region pattern of the product:
 * schemas, sheets, worksheet functions and consoles all test codes with `isRegionCode`.
 */
const REGION_CODE = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** The pseudo-region of global services (CloudFront, Route 53) in requirements and the catalog. */
export const GLOBAL_REGION = 'global';

/** True for a lower-case region code (see REGION_CODE); display names and `global` are not codes. */
export function isRegionCode(text: string): boolean {
  return REGION_CODE.test(text);
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
  return isRegionCode(lower) ? { code: lower, unknown: true } : undefined;
}

export function regionName(code: string): string {
  return AWS_REGIONS.find((r) => r.code === code)?.name ?? code;
}
