/**
 * Region prefixes of Price List `usagetype` values (`APS1-NatGateway-Hours`, `USE2-BoxUsage:m5.large`).
 * Used only where no descriptive attribute tells rows apart. In us-east-1 many services drop the
 * prefix (`NatGateway-Hours`), so callers say whether the service keeps it there.
 */
const PREFIXES: Readonly<Record<string, string>> = {
  'us-east-1': 'USE1',
  'us-east-2': 'USE2',
  'us-west-1': 'USW1',
  'us-west-2': 'USW2',
  'af-south-1': 'AFS1',
  'ap-east-1': 'APE1',
  'ap-east-2': 'APE2',
  'ap-south-1': 'APS3',
  'ap-south-2': 'APS5',
  'ap-southeast-1': 'APS1',
  'ap-southeast-2': 'APS2',
  'ap-southeast-3': 'APS4',
  'ap-southeast-4': 'APS6',
  'ap-southeast-5': 'APS7',
  'ap-southeast-7': 'APS9',
  'ap-northeast-1': 'APN1',
  'ap-northeast-2': 'APN2',
  'ap-northeast-3': 'APN3',
  'ca-central-1': 'CAN1',
  'ca-west-1': 'CAN2',
  'eu-central-1': 'EUC1',
  'eu-central-2': 'EUC2',
  'eu-west-1': 'EU',
  'eu-west-2': 'EUW2',
  'eu-west-3': 'EUW3',
  'eu-north-1': 'EUN1',
  'eu-south-1': 'EUS1',
  'eu-south-2': 'EUS2',
  'il-central-1': 'ILC1',
  'me-central-1': 'MEC1',
  'me-south-1': 'MES1',
  'mx-central-1': 'MXC1',
  'sa-east-1': 'SAE1',
};

/** `usageType('ap-southeast-1', 'NatGateway-Hours')` → `APS1-NatGateway-Hours`. */
export function usageType(
  region: string,
  suffix: string,
  options: { prefixedInUsEast1: boolean },
): string {
  if (region === 'us-east-1' && !options.prefixedInUsEast1) return suffix;
  const prefix = PREFIXES[region];
  // An unknown region keeps its code, so the lookup misses visibly instead of matching another region.
  return `${prefix ?? region}-${suffix}`;
}
