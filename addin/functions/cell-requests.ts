import type { EbsItem, Ec2Item, RequirementItem, S3Item } from '../../core';
import { offeringProblems } from '../../core';
import type { CellRequest } from './function-args';
import {
  optionalNumber,
  ebsTypeArg,
  instanceTypeArg,
  osArg,
  pricingModelArg,
  regionArg,
  s3ClassArg,
  sizedSpecArg,
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
 * AWS.COST(service, spec, region, option, pricingModel, hours, quantity):
 * ec2 → spec is the instance type and option the OS; ebs / s3 → spec is "<type> <GB>".
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
  const kind = String(service ?? '')
    .trim()
    .toLowerCase();
  switch (kind) {
    case 'ec2':
      return ec2Request(
        { instanceType: spec, region, os: option, pricingModel, hours, quantity },
        defaultRegion,
      );
    case 'ebs': {
      const [volumeType, storageGb] = sizedSpecArg(spec, 'ebs');
      return ebsRequest({ volumeType, storageGb, region, quantity }, defaultRegion);
    }
    case 's3': {
      const [storageClass, storageGb] = sizedSpecArg(spec, 's3');
      return s3Request({ storageClass, storageGb, region }, defaultRegion);
    }
    default:
      throw new ArgumentError(
        `service must be "ec2", "ebs" or "s3", got "${String(service ?? '')}"; price other services from the task pane`,
      );
  }
}

function missing(name: string): never {
  throw new ArgumentError(`${name} is required`);
}
