import {
  AURORA_ENGINES,
  CACHE_ENGINES,
  EBS_VOLUME_TYPES,
  EC2_OPERATING_SYSTEMS,
  EFS_STORAGE_CLASSES,
  RDS_DEPLOYMENTS,
  RDS_ENGINES,
  S3_STORAGE_CLASSES,
  SUPPORT_PLAN_KINDS,
  ARCHITECTURES,
  DYNAMODB_CAPACITY_MODES,
  DYNAMODB_TABLE_CLASSES,
  EKS_SUPPORT_TIERS,
  FARGATE_OPERATING_SYSTEMS,
  TENANCIES,
  YES_NO,
} from '../../vocabulary/items';
import { CLOUDFRONT_EDGE_LOCATIONS } from '../../vocabulary/service-words';
import { PRICING_MODEL_CHOICES } from '../../vocabulary/pricing-models';
import { AWS_REGIONS } from '../../vocabulary/regions';
import type { DropdownList } from './template-columns';
import { MAX_POLICY_GENERATION, PROCESSOR_CHOICE_LABELS } from '../../requirements/sizing-policy';

export const NETWORK_SERVICES = [
  'Data transfer out to internet',
  'Data transfer to another region',
  'Data transfer between AZs',
  'NAT Gateway',
  'Application Load Balancer',
  'Network Load Balancer',
  'Classic Load Balancer',
  'Public IPv4 address',
  'Route 53 hosted zone',
] as const;
export type NetworkService = (typeof NETWORK_SERVICES)[number];

/** The values behind each dropdown of our template (the builder writes them to a hidden Lists sheet). */
export const DROPDOWN_VALUES: Record<DropdownList, readonly string[]> = {
  regions: AWS_REGIONS.map((r) => r.code),
  os: EC2_OPERATING_SYSTEMS,
  pricingModels: PRICING_MODEL_CHOICES,
  tenancy: TENANCIES,
  architecture: ARCHITECTURES,
  storageServices: ['EBS', 'S3', 'EFS'],
  storageTypes: [
    ...new Set<string>([...EBS_VOLUME_TYPES, ...S3_STORAGE_CLASSES, ...EFS_STORAGE_CLASSES]),
  ],
  engines: [...RDS_ENGINES, ...AURORA_ENGINES, ...CACHE_ENGINES],
  deployments: RDS_DEPLOYMENTS,
  networkServices: NETWORK_SERVICES,
  yesNo: YES_NO,
  capacityModes: DYNAMODB_CAPACITY_MODES,
  tableClasses: DYNAMODB_TABLE_CLASSES,
  fargateOs: FARGATE_OPERATING_SYSTEMS,
  eksSupport: EKS_SUPPORT_TIERS,
  edgeLocations: CLOUDFRONT_EDGE_LOCATIONS,
  processors: PROCESSOR_CHOICE_LABELS,
};

/** Name of the hidden sheet holding the dropdown values; readers skip it. */
export const LISTS_SHEET = 'Lists';

/** Our template's Settings sheet: one setting per row, label in A, value in B. */
export type SettingKey =
  | 'name'
  | 'customer'
  | 'region'
  | 'currency'
  | 'pricingModel'
  | 'hoursPerMonth'
  | 'discountPct'
  | 'serviceDiscounts'
  | 'partnerMarginPct'
  | 'taxPct'
  | 'fxRate'
  | 'fxDate'
  | 'supportPlan'
  | 'freeTier'
  | 'burstable'
  | 'processor'
  | 'minGeneration';

export interface SettingDef {
  readonly key: SettingKey;
  readonly label: string;
  readonly example: string | number;
  readonly help: string;
  readonly list?: DropdownList;
}

export const SETTINGS_SHEET = 'Settings';

export const SETTING_DEFS: readonly SettingDef[] = [
  {
    key: 'name',
    label: 'Estimate name',
    example: 'Example migration',
    help: 'Shown on the result sheets.',
  },
  {
    key: 'customer',
    label: 'Customer',
    example: 'Example Corp',
    help: 'Shown on the result sheets.',
  },
  {
    key: 'region',
    label: 'Region',
    example: 'us-east-1',
    help: 'Default region of every line.',
    list: 'regions',
  },
  {
    key: 'currency',
    label: 'Currency',
    example: 'USD',
    help: 'USD, or a 3-letter code with an FX rate below.',
  },
  {
    key: 'pricingModel',
    label: 'Pricing model',
    example: 'On-Demand',
    help: 'Default pricing model.',
    list: 'pricingModels',
  },
  {
    key: 'hoursPerMonth',
    label: 'Hours per month (h)',
    example: 730,
    help: 'AWS prices a month as 730 hours.',
  },
  {
    key: 'discountPct',
    label: 'Discount (%)',
    example: 0,
    help: 'Customer-wide discount on list prices, 0-100.',
  },
  {
    key: 'serviceDiscounts',
    label: 'Service discounts (%)',
    example: '',
    help: 'Per-service discounts on list prices, e.g. "ec2=10; rds=5" (service kinds: ec2, ebs, s3, rds, ...).',
  },
  {
    key: 'partnerMarginPct',
    label: 'Partner margin (%)',
    example: 0,
    help: 'Added after discounts, 0-100.',
  },
  { key: 'taxPct', label: 'Tax (%)', example: 0, help: 'Applied last, 0-100.' },
  {
    key: 'fxRate',
    label: 'FX rate (per USD)',
    example: '',
    help: 'Units of Currency per 1 USD; required when Currency is not USD.',
  },
  {
    key: 'fxDate',
    label: 'FX rate date',
    example: '',
    help: 'Date the FX rate was taken (YYYY-MM-DD).',
  },
  {
    key: 'supportPlan',
    label: 'Support plan',
    example: 'none',
    help: `${SUPPORT_PLAN_KINDS.join(', ')}.`,
  },
  {
    key: 'freeTier',
    label: 'Free tier',
    example: 'No',
    help: "Yes takes AWS's always-free monthly allowances (Lambda, DynamoDB, CloudWatch) off the lines; they are per account.",
    list: 'yesNo',
  },
  {
    key: 'burstable',
    label: 'Burstable types',
    example: 'Yes',
    help: 'Sizing policy: No keeps burstable types (t3, t3a, t4g) out of the types chosen for lines sized by vCPU and memory (RVTools, inventories). Blank: Yes.',
    list: 'yesNo',
  },
  {
    key: 'processor',
    label: 'Processor',
    example: 'Any',
    help: 'Sizing policy: Intel or AMD keeps sized x86 lines to that vendor (Arm guests and the Graviton scenario stay on Graviton). Blank: Any.',
    list: 'processors',
  },
  {
    key: 'minGeneration',
    label: 'Minimum generation',
    example: '',
    help: `Sizing policy: the lowest instance generation a sized line may get, 1-${MAX_POLICY_GENERATION} (6 keeps m6i/c7a and drops m5/t3). Blank: any.`,
  },
];
