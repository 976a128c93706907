import type { EbsItem, Ec2Item, RequirementItem, S3Item } from '../../core';
import type { ItemOptions } from '../../core';
import {
  SpecError,
  offeringProblems,
  parseServiceKind,
  parseServiceSpec,
  withItemOptions,
} from '../../core';
import type { CellRequest } from './function-args';
import {
  optionalNumber,
  ebsTypeArg,
  instanceTypeArg,
  osArg,
  pricingModelArg,
  regionArg,
  s3ClassArg,
  requestKey,
} from './function-args';
import { ArgumentError } from './function-errors';

const CELL_ITEM_ID = 'cell';

/** A cell's item, refused as a bad argument (#VALUE!) when AWS cannot sell it (m7g.huge, Windows on Graviton). */
function request(region: string, item: RequirementItem): CellRequest {
  const problem = offeringProblems(item)[0];
  if (problem) throw new ArgumentError(problem.message);
  return { region, item, key: requestKey(region, item) };
}

export interface Ec2Args {
  instanceType: unknown;
  region: unknown;
  os?: unknown;
  pricingModel?: unknown;
  hours?: unknown;
  quantity?: unknown;
}

export function ec2Request(args: Ec2Args, defaultRegion: string): CellRequest {
  const item: Ec2Item = {
    id: CELL_ITEM_ID,
    service: 'ec2',
    instanceType: instanceTypeArg(args.instanceType),
    os: osArg(args.os),
    pricingModel: pricingModelArg(args.pricingModel),
    hoursPerMonth: optionalNumber(args.hours, 'hours per month', 0, 744),
    quantity: optionalNumber(args.quantity, 'quantity', 0) ?? 1,
  };
  return request(regionArg(args.region, defaultRegion), item);
}

export interface EbsArgs {
  volumeType: unknown;
  storageGb: unknown;
  region: unknown;
  iops?: unknown;
  throughputMbps?: unknown;
  quantity?: unknown;
}

export function ebsRequest(args: EbsArgs, defaultRegion: string): CellRequest {
  const item: EbsItem = {
    id: CELL_ITEM_ID,
    service: 'ebs',
    volumeType: ebsTypeArg(args.volumeType),
    storageGb: optionalNumber(args.storageGb, 'storage GB', 1, 65_536) ?? missing('storage GB'),
    iops: optionalNumber(args.iops, 'IOPS', 0),
    throughputMbps: optionalNumber(args.throughputMbps, 'throughput MB/s', 0),
    quantity: optionalNumber(args.quantity, 'quantity', 0) ?? 1,
  };
  return request(regionArg(args.region, defaultRegion), item);
}

export interface S3Args {
  storageClass: unknown;
  storageGb: unknown;
  region: unknown;
  putRequests?: unknown;
  getRequests?: unknown;
}

export function s3Request(args: S3Args, defaultRegion: string): CellRequest {
  const item: S3Item = {
    id: CELL_ITEM_ID,
    service: 's3',
    storageClass: s3ClassArg(args.storageClass),
    storageGb: optionalNumber(args.storageGb, 'storage GB', 0) ?? missing('storage GB'),
    // A formula that names no requests means none (the engine would otherwise report "no usage").
    putRequests: optionalNumber(args.putRequests, 'PUT requests', 0) ?? 0,
    getRequests: optionalNumber(args.getRequests, 'GET requests', 0) ?? 0,
    quantity: 1,
  };
  return request(regionArg(args.region, defaultRegion), item);
}

/**
 * AWS.COST(service, spec, region, option, pricingModel, hours, quantity): ec2 → spec is the
 * instance type and option the OS; every other service → spec (and option, appended) in core's
 * grammar for that service (core/specs), the same words the sheets accept.
 */
export function costRequest(
  service: unknown,
  spec: unknown,
  region: unknown,
  option: unknown,
  pricingModel: unknown,
  hours: unknown,
  quantity: unknown,
  defaultRegion: string,
): CellRequest {
  const kind = parseServiceKind(String(service ?? ''));
  if (kind === 'ec2' && !/\s/.test(String(spec ?? '').trim()))
    return ec2Request(
      { instanceType: spec, region, os: option, pricingModel, hours, quantity },
      defaultRegion,
    );
  if (kind === 'support')
    throw new ArgumentError('price support with =AWS.SUPPORT(plan, monthlyCharges)');
  const text = [spec, option].filter((v) => v !== undefined && v !== null).join(' ');
  const item = specItem(String(service ?? ''), text, {
    pricingModel: pricingModelArg(pricingModel),
    hoursPerMonth: optionalNumber(hours, 'hours per month', 0, 744),
    quantity: optionalNumber(quantity, 'quantity', 0),
  });
  return request(regionArg(region, defaultRegion), item);
}

/** A service spec read by core's parser; its SpecError becomes the cell's #VALUE! message. */
export function specItem(service: string, spec: string, options: ItemOptions): RequirementItem {
  try {
    return withItemOptions(parsedSpec(service, spec), options);
  } catch (error) {
    if (error instanceof SpecError) throw new ArgumentError(error.message);
    throw error;
  }
}

/** Specs already read (items are immutable): a recalculation re-reads no unchanged cell's spec. */
const PARSED = new Map<string, RequirementItem>();
const PARSED_LIMIT = 100_000;

function parsedSpec(service: string, spec: string): RequirementItem {
  const key = `${service}\u0000${spec}`;
  let item = PARSED.get(key);
  if (!item) {
    item = parseServiceSpec(service, spec, { id: CELL_ITEM_ID });
    if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
    PARSED.set(key, item);
  }
  return item;
}

/** A typed helper's spec (AWS.RDS, AWS.LAMBDA …) in one region. */
export function specRequest(
  service: string,
  spec: string,
  region: unknown,
  options: ItemOptions,
  defaultRegion: string,
): CellRequest {
  return request(regionArg(region, defaultRegion), specItem(service, spec, options));
}

function missing(name: string): never {
  throw new ArgumentError(`${name} is required`);
}
