import { allowListIssues, allowListLabel } from '../../core';

/**
 * The three deployment environments and everything that differs between them. The app picks one
 * with `-c env=dev|staging|prod`; nothing here reads the network or the AWS account (no lookups),
 * so `cdk synth` stays offline.
 */
export type EnvName = 'dev' | 'staging' | 'prod';

export const ENV_NAMES: readonly EnvName[] = ['dev', 'staging', 'prod'];

export const PROJECT = 'aws-cost-estimation-platform';

export interface EnvConfig {
  readonly name: EnvName;
  /** prod keeps tables, buckets, the user pool and the key when a stack is deleted. */
  readonly retainData: boolean;
  /** API Gateway cache cluster (0.5 GB, ~$14/month) for the 5-minute pricing-data cache. */
  readonly apiCache: boolean;
  /** WAF web ACL with the per-token rate-based rule (~$6/month); see DECISIONS.md §14. */
  readonly waf: boolean;
  /** Stage-wide throttling (requests per second, burst). Per-user limits are in the API middleware. */
  readonly throttle: { readonly rateLimit: number; readonly burstLimit: number };
  /** Provisioned concurrency on the calculator alias; 0 = off (seed §4.2 suggests 2). */
  readonly calculatorProvisionedConcurrency: number;
  /** How CodeDeploy shifts traffic to a new function version. */
  readonly deployment: 'all-at-once' | 'canary';
  readonly monthlyBudgetUsd: number;
  /** Receives alarm and budget e-mails; absent = alarms go to the SNS topic only. */
  readonly alertEmail?: string;
  readonly owner: string;
  /**
   * CIDR ranges allowed to reach `/admin/*` through the WAF (an IP set rule; a web ACL is created
   * for it even where `waf` is off); empty = no rule. The API's own list is a system setting.
   */
  readonly adminIpRanges: readonly string[];
}

const BASE: Record<EnvName, Omit<EnvConfig, 'name' | 'owner' | 'alertEmail' | 'adminIpRanges'>> = {
  dev: {
    retainData: false,
    apiCache: false,
    waf: false,
    throttle: { rateLimit: 20, burstLimit: 50 },
    calculatorProvisionedConcurrency: 0,
    deployment: 'all-at-once',
    monthlyBudgetUsd: 50,
  },
  staging: {
    retainData: false,
    apiCache: true,
    waf: true,
    throttle: { rateLimit: 50, burstLimit: 100 },
    calculatorProvisionedConcurrency: 0,
    deployment: 'canary',
    monthlyBudgetUsd: 50,
  },
  prod: {
    retainData: true,
    apiCache: true,
    waf: true,
    throttle: { rateLimit: 100, burstLimit: 200 },
    calculatorProvisionedConcurrency: 0,
    deployment: 'canary',
    monthlyBudgetUsd: 50,
  },
};

/** Reads context values as the CLI passes them (`-c key=value` gives strings). */
export type ContextReader = (key: string) => unknown;

export class EnvConfigError extends Error {
  override readonly name = 'EnvConfigError';
}

function isEnvName(value: string): value is EnvName {
  return (ENV_NAMES as readonly string[]).includes(value);
}

function nonNegativeInt(key: string, value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(String(value));
  if (!Number.isInteger(n) || n < 0) {
    throw new EnvConfigError(
      `Context '${key}' must be a whole number ≥ 0, got '${String(value)}'.`,
    );
  }
  return n;
}

/** A context value as a list: a comma-separated string (`-c`), or an array (cdk.json). */
function listOf(key: string, value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string')
    return value
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  throw new EnvConfigError(
    `Context '${key}' must be CIDR ranges separated by commas (or a list of strings in cdk.json), got ${JSON.stringify(value)}.`,
  );
}

/**
 * `adminIpRanges.<env>` (that environment's), else `adminIpRanges`: a list for every environment,
 * or an object of lists by environment name (cdk.json). Each entry must be a CIDR range.
 */
function adminIpRanges(name: EnvName, context: ContextReader): string[] {
  const ownKey = `adminIpRanges.${name}`;
  const shared = context('adminIpRanges');
  const [key, raw] =
    context(ownKey) !== undefined
      ? [ownKey, context(ownKey)]
      : typeof shared === 'object' && shared !== null && !Array.isArray(shared)
        ? [ownKey, (shared as Record<string, unknown>)[name]]
        : ['adminIpRanges', shared];
  const list = listOf(key, raw);
  const issues = allowListIssues(list);
  if (issues.length > 0) {
    throw new EnvConfigError(
      `Context '${key}': ${issues.map((i) => `${allowListLabel(i.index)} ${i.message}`).join('; ')}.`,
    );
  }
  return list.map((v) => v.trim());
}

/**
 * The configuration for `-c env=...`. Optional overrides: `-c calculatorProvisionedConcurrency=2`,
 * `-c alertEmail=ops@example.com`, `-c owner=presales-platform`,
 * `-c adminIpRanges.prod=203.0.113.0/24,2001:db8::/32` (the WAF's admin IP allow-list).
 */
export function resolveEnvConfig(context: ContextReader): EnvConfig {
  const raw = context('env') ?? 'dev';
  const name = String(raw);
  if (!isEnvName(name)) {
    throw new EnvConfigError(
      `Context 'env' must be one of ${ENV_NAMES.join(', ')}, got '${name}'. Use -c env=dev.`,
    );
  }
  return envConfig(name, context);
}

/**
 * One or more environments: `-c env=dev,staging,prod` synthesises all three in one process (CI
 * checks them together and esbuild bundles each handler once); deploys name one environment.
 */
export function resolveEnvConfigs(context: ContextReader): EnvConfig[] {
  const names = String(context('env') ?? 'dev')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length === 0) return [resolveEnvConfig(() => undefined)];
  return names.map((env) => resolveEnvConfig((key) => (key === 'env' ? env : context(key))));
}

export function envConfig(name: EnvName, context: ContextReader = () => undefined): EnvConfig {
  const base = BASE[name];
  const alertEmail = context('alertEmail');
  const owner = context('owner');
  return {
    ...base,
    name,
    calculatorProvisionedConcurrency:
      nonNegativeInt(
        'calculatorProvisionedConcurrency',
        context('calculatorProvisionedConcurrency'),
      ) ?? base.calculatorProvisionedConcurrency,
    alertEmail: typeof alertEmail === 'string' && alertEmail !== '' ? alertEmail : undefined,
    owner: typeof owner === 'string' && owner !== '' ? owner : 'presales-platform-team',
    adminIpRanges: adminIpRanges(name, context),
  };
}
