import type {
  EbsVolumeType,
  Ec2OperatingSystem,
  PricingModel,
  RequirementItem,
  S3StorageClass,
} from '../../core';
import { ArgumentError } from './function-errors';

/** What one cell asks for, already validated: one requirement item in one region. */
export interface CellRequest {
  readonly region: string;
  readonly item: RequirementItem;
  /** Normalised arguments: equal keys price identically, so a batch prices each key once. */
  readonly key: string;
}

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/;
const EBS_TYPES: readonly EbsVolumeType[] = ['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard'];
const S3_CLASSES: readonly S3StorageClass[] = [
  'standard',
  'intelligent-tiering',
  'standard-ia',
  'one-zone-ia',
  'glacier-instant',
  'glacier-flexible',
  'glacier-deep-archive',
];
const OS_NAMES: Readonly<Record<string, Ec2OperatingSystem>> = {
  linux: 'Linux',
  windows: 'Windows',
  'windows server': 'Windows',
  rhel: 'RHEL',
  'red hat enterprise linux': 'RHEL',
  suse: 'SUSE',
  'ubuntu pro': 'Ubuntu Pro',
  'windows with sql server web': 'Windows with SQL Server Web',
  'windows with sql server standard': 'Windows with SQL Server Standard',
  'windows with sql server enterprise': 'Windows with SQL Server Enterprise',
  'windows byol': 'Windows BYOL',
};

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

export function parseRegion(value: unknown, fallback: string): string {
  const region = text(value).toLowerCase() || fallback;
  if (!REGION.test(region))
    throw new ArgumentError(`region must be a code like "us-east-1", got "${text(value)}"`);
  return region;
}

export function parseOs(value: unknown): Ec2OperatingSystem {
  const raw = text(value);
  if (!raw) return 'Linux';
  const os = OS_NAMES[raw.toLowerCase().replace(/\s+/g, ' ')];
  if (!os)
    throw new ArgumentError(
      `os must be one of ${Object.values(OS_NAMES).filter(unique).join(', ')}; got "${raw}"`,
    );
  return os;
}

/** Function-argument forms of a pricing model (the calculator's wording also works). */
export function parsePricingModel(value: unknown): PricingModel {
  const raw = text(value)
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');
  if (!raw || raw === 'on-demand' || raw === 'on demand' || raw === 'ondemand' || raw === 'od')
    return { kind: 'on-demand' };
  const spot = /^spot\s*[:(]?\s*(\d+(?:\.\d+)?)\s*%?\)?$/.exec(raw);
  if (spot) {
    const pct = Number(spot[1]);
    if (pct >= 100) throw new ArgumentError(`a Spot discount must be below 100 %, got ${pct}`);
    return { kind: 'spot', discountPct: pct };
  }
  const termMatch = /\b([13])\s*-?\s*(?:yr|year|years|y)\b/.exec(raw);
  const purchaseOption = /\ball upfront\b/.test(raw)
    ? 'All Upfront'
    : /\bpartial upfront\b/.test(raw)
      ? 'Partial Upfront'
      : 'No Upfront';
  if (termMatch && /\b(savings plans?|sp)\b/.test(raw)) {
    const plan = /\b(ec2 instance|instance)\b/.test(raw) ? 'ec2-instance' : 'compute';
    return {
      kind: 'savings-plan',
      plan,
      term: termMatch[1] === '1' ? '1yr' : '3yr',
      purchaseOption,
    };
  }
  if (termMatch && /\b(reserved|ri)\b/.test(raw)) {
    const offeringClass = /\bconvertible\b/.test(raw) ? 'convertible' : 'standard';
    return {
      kind: 'reserved',
      term: termMatch[1] === '1' ? '1yr' : '3yr',
      offeringClass,
      purchaseOption,
    };
  }
  throw new ArgumentError(
    `pricing model "${text(value)}" is not understood; use "on-demand", "spot 70", "1yr no upfront reserved", ` +
      `"3yr all upfront convertible reserved" or "1yr no upfront compute savings plan"`,
  );
}

export function optionalNumber(
  value: unknown,
  name: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isFinite(n) || n < min || n > max)
    throw new ArgumentError(`${name} must be a number from ${min} to ${max}, got "${text(value)}"`);
  return n;
}

export function requiredNumber(value: unknown, name: string, min: number, max?: number): number {
  const n = optionalNumber(value, name, min, max);
  if (n === undefined) throw new ArgumentError(`${name} is required`);
  return n;
}

export function parseInstanceType(value: unknown): string {
  const t = text(value).toLowerCase();
  if (!INSTANCE_TYPE.test(t))
    throw new ArgumentError(`instance type must look like "m7g.large", got "${text(value)}"`);
  return t;
}

export function parseEbsType(value: unknown): EbsVolumeType {
  const t = text(value).toLowerCase() as EbsVolumeType;
  if (!EBS_TYPES.includes(t))
    throw new ArgumentError(
      `volume type must be one of ${EBS_TYPES.join(', ')}, got "${text(value)}"`,
    );
  return t;
}

export function parseS3Class(value: unknown): S3StorageClass {
  const t = (text(value) || 'standard').toLowerCase().replace(/\s+/g, '-') as S3StorageClass;
  if (!S3_CLASSES.includes(t))
    throw new ArgumentError(
      `storage class must be one of ${S3_CLASSES.join(', ')}, got "${text(value)}"`,
    );
  return t;
}

/** `gp3 500`, `gp3:500`, `gp3/500GB` → ['gp3', 500]: a storage spec for AWS.COST("ebs"|"s3", …). */
export function parseSizedSpec(value: unknown, what: string): [string, number] {
  const m = /^([a-z0-9-]+)\s*[\s:/]\s*(\d+(?:\.\d+)?)\s*(gb|gib)?$/i.exec(text(value));
  if (!m)
    throw new ArgumentError(
      `${what} spec must be "<type> <GB>", e.g. "gp3 500", got "${text(value)}"`,
    );
  return [m[1]!.toLowerCase(), Number(m[2])];
}

function unique<T>(v: T, i: number, all: readonly T[]): boolean {
  return all.indexOf(v) === i;
}

export function requestKey(region: string, item: RequirementItem): string {
  const { id: _id, ...rest } = item;
  return `${region}|${JSON.stringify(rest)}`;
}
