import type {
  EbsVolumeType,
  Ec2OperatingSystem,
  PricingModel,
  RequirementItem,
  S3StorageClass,
} from '../../core';
import {
  EBS_VOLUME_TYPES,
  EC2_OPERATING_SYSTEMS,
  S3_STORAGE_CLASSES,
  isInstanceTypeName,
  parseEbsType,
  parseEc2Os,
  parsePricingModel,
  parseRegion,
  parseS3StorageClass,
} from '../../core';
import { ArgumentError } from './function-errors';

/**
 * Formula arguments → requirement fields. Every word is read by core's vocabulary parser, the same
 * one the sheet readers use, so what a cell accepts a worksheet function accepts too; this file
 * adds only the functions' defaults (Linux, On-Demand, S3 Standard, the task pane's region) and
 * their #VALUE! messages.
 */

/** What one cell asks for, already validated: one requirement item in one region. */
export interface CellRequest {
  readonly region: string;
  readonly item: RequirementItem;
  /** Normalised arguments: equal keys price identically, so a batch prices each key once. */
  readonly key: string;
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value).trim();
}

/** A region code or display name (`us-east-1`, `US East (N. Virginia)`); blank → the default. */
export function regionArg(value: unknown, fallback: string): string {
  const region = parseRegion(text(value) || fallback);
  if (!region)
    throw new ArgumentError(`region must be a code like "us-east-1", got "${text(value)}"`);
  return region.code;
}

export function osArg(value: unknown): Ec2OperatingSystem {
  const raw = text(value);
  if (!raw) return 'Linux';
  const os = parseEc2Os(raw);
  if (!os)
    throw new ArgumentError(`os must be one of ${EC2_OPERATING_SYSTEMS.join(', ')}; got "${raw}"`);
  return os;
}

/** A pricing model in the calculator's wording or a short form; blank → On-Demand. */
export function pricingModelArg(value: unknown): PricingModel {
  if (!text(value)) return { kind: 'on-demand' };
  const model = parsePricingModel(text(value));
  if (model) return model;
  throw new ArgumentError(
    `pricing model "${text(value)}" is not understood; use "on-demand", "spot 70" (a discount below 100 %), ` +
      `"1yr no upfront reserved", "3yr all upfront convertible reserved" or "1yr no upfront compute savings plan"`,
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

export function instanceTypeArg(value: unknown): string {
  const t = text(value).toLowerCase();
  if (!isInstanceTypeName(t))
    throw new ArgumentError(`instance type must look like "m7g.large", got "${text(value)}"`);
  return t;
}

export function ebsTypeArg(value: unknown): EbsVolumeType {
  const type = parseEbsType(text(value));
  if (!type)
    throw new ArgumentError(
      `volume type must be one of ${EBS_VOLUME_TYPES.join(', ')}, got "${text(value)}"`,
    );
  return type;
}

export function s3ClassArg(value: unknown): S3StorageClass {
  const storageClass = parseS3StorageClass(text(value) || 'standard');
  if (!storageClass)
    throw new ArgumentError(
      `storage class must be one of ${S3_STORAGE_CLASSES.join(', ')}, got "${text(value)}"`,
    );
  return storageClass;
}

export function requestKey(region: string, item: RequirementItem): string {
  const { id: _id, ...rest } = item;
  return `${region}|${JSON.stringify(rest)}`;
}
