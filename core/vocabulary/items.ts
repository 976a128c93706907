/**
 * The words of the requirements model, once: every enumerated field of a requirement item as an
 * `as const` array. The item types (`core/requirements`), the API's zod schemas, the sheet readers
 * and dropdowns, the worksheet functions and the task pane's lists all read these arrays.
 */

export const EC2_OPERATING_SYSTEMS = [
  'Linux',
  'Windows',
  'RHEL',
  'SUSE',
  'Ubuntu Pro',
  'Windows with SQL Server Web',
  'Windows with SQL Server Standard',
  'Windows with SQL Server Enterprise',
  'Windows BYOL',
] as const;
export const TENANCIES = ['shared', 'dedicated'] as const;
export const ARCHITECTURES = ['x86_64', 'arm64'] as const;

/** In the order the template's dropdown offers them (gp3 first). */
export const EBS_VOLUME_TYPES = ['gp3', 'gp2', 'io2', 'io1', 'st1', 'sc1', 'standard'] as const;
export const S3_STORAGE_CLASSES = [
  'standard',
  'intelligent-tiering',
  'standard-ia',
  'one-zone-ia',
  'glacier-instant',
  'glacier-flexible',
  'glacier-deep-archive',
] as const;
/** Restore (retrieval) tiers of S3 Glacier Flexible Retrieval and Deep Archive. */
export const S3_RETRIEVAL_TIERS = ['expedited', 'standard', 'bulk'] as const;
export const EFS_STORAGE_CLASSES = [
  'standard',
  'infrequent-access',
  'archive',
  'one-zone',
  'one-zone-ia',
] as const;
export const EFS_THROUGHPUT_MODES = ['elastic', 'bursting', 'provisioned'] as const;

export const RDS_ENGINES = [
  'mysql',
  'postgresql',
  'mariadb',
  'oracle-se2',
  'oracle-ee',
  'sqlserver-ex',
  'sqlserver-web',
  'sqlserver-se',
  'sqlserver-ee',
] as const;
export const RDS_LICENSE_MODELS = ['license-included', 'byol'] as const;
export const RDS_DEPLOYMENTS = ['single-az', 'multi-az', 'multi-az-cluster'] as const;
export const RDS_STORAGE_TYPES = ['gp2', 'gp3', 'io1', 'io2', 'magnetic'] as const;
/** Years of RDS Extended Support after the end of standard support (years 1 and 2 share a rate). */
export const RDS_EXTENDED_SUPPORT_YEARS = [1, 2, 3] as const;
export const AURORA_ENGINES = ['aurora-mysql', 'aurora-postgresql'] as const;
export const AURORA_CAPACITIES = ['provisioned', 'serverless-v2'] as const;
export const AURORA_STORAGE_CONFIGURATIONS = ['standard', 'io-optimized'] as const;
export const DYNAMODB_CAPACITY_MODES = ['on-demand', 'provisioned'] as const;
export const DYNAMODB_TABLE_CLASSES = ['standard', 'standard-ia'] as const;
export const CACHE_ENGINES = ['redis', 'valkey', 'memcached'] as const;

export const FARGATE_OPERATING_SYSTEMS = ['linux', 'windows'] as const;
export const EKS_SUPPORT_TIERS = ['standard', 'extended'] as const;
export const LOAD_BALANCER_TYPES = ['application', 'network', 'gateway', 'classic'] as const;

/** AWS Support plans an estimate can add (`none` = no support line), smallest first. */
export const SUPPORT_PLAN_KINDS = [
  'none',
  'developer',
  'business',
  'business-plus',
  'enterprise-on-ramp',
  'enterprise',
  'unified-operations',
] as const;

/** The template's Yes/No dropdown; `parseYesNo` reads it. */
export const YES_NO = ['Yes', 'No'] as const;

/** `Yes`/`No` (also `y`, `n`, `true`, `false`, Excel's TRUE/FALSE) → boolean; undefined otherwise. */
export function parseYesNo(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'yes' || t === 'y' || t === 'true') return true;
  if (t === 'no' || t === 'n' || t === 'false') return false;
  return undefined;
}

/**
 * A word of `list` as typed in a cell or a formula: case, surrounding space and inner spaces
 * (read as `-`) do not matter (`Standard IA` → `standard-ia`); undefined when it is none of them.
 */
export function wordOf<T extends string>(list: readonly T[], text: string): T | undefined {
  let index = WORD_INDEX.get(list);
  if (!index) {
    index = new Map(list.map((w) => [normalWord(w), w]));
    WORD_INDEX.set(list, index);
  }
  // Most words arrive in their normal form already (`gp3`, `multi-az`): one lookup, no copies.
  // A key is its own normal form, so the exact hit answers what the normalised lookup would.
  return (index.get(text) ?? index.get(normalWord(text))) as T | undefined;
}

/** Each list's words by their normal form, built on first use (formulas read thousands of words). */
const WORD_INDEX = new WeakMap<readonly string[], Map<string, string>>();

function normalWord(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '-');
}

export function parseS3StorageClass(text: string): (typeof S3_STORAGE_CLASSES)[number] | undefined {
  return wordOf(S3_STORAGE_CLASSES, text);
}

export function parseEfsStorageClass(
  text: string,
): (typeof EFS_STORAGE_CLASSES)[number] | undefined {
  return wordOf(EFS_STORAGE_CLASSES, text);
}

/** An EC2 instance type name as the Price List writes it: `m7g.large`, `u-6tb1.metal`. */
export function isInstanceTypeName(text: string): boolean {
  return /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/.test(text);
}

/** `shared`, `default`, `Shared Instances` → shared; `dedicated`, `Dedicated Instances` → dedicated. */
export function parseTenancy(text: string): (typeof TENANCIES)[number] | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'shared' || t === 'default' || t === 'shared instances') return 'shared';
  if (t === 'dedicated' || t === 'dedicated instances') return 'dedicated';
  return undefined;
}

/** `x86_64` (also `x86`, `x64`, `amd64`) or `arm64` (also `arm`, `graviton`). */
export function parseArchitecture(text: string): (typeof ARCHITECTURES)[number] | undefined {
  const t = text.trim().toLowerCase();
  if (t === 'x86_64' || t === 'x86' || t === 'x64' || t === 'amd64') return 'x86_64';
  if (t === 'arm64' || t === 'arm' || t === 'graviton') return 'arm64';
  return undefined;
}
