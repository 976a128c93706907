/* Excel custom functions, namespace AWS (manifest `Functions.Namespace`). The JSDoc below is the
 * formula help Excel shows; custom-functions-metadata-plugin turns it into functions.json and adds
 * the CustomFunctions.associate calls to the bundle (so importing this file in tests registers
 * nothing). Every function prices locally from the cached catalog shard of its region. Function
 * ids are stored in workbooks: never rename them. */
import { catalogDate } from '../catalog-cache/shard-decoder';
import { loadPageConfig } from '../config/page-config';
import { services } from '../runtime/services';
import { toCellError } from './cell-errors';
import { costRequest, ebsRequest, ec2Request, s3Request } from './cell-requests';
import { cheapestInstance, unitPrice } from './catalog-queries';
import { osArg, regionArg, requiredNumber } from './function-args';
import type { CellRequest } from './function-args';

function defaultRegion(): string {
  return services().store.getState().settings.region;
}

/** Excel cells hold doubles: the exact decimal becomes a number only here, at the cell boundary. */
async function monthly(request: () => CellRequest): Promise<number> {
  try {
    await loadPageConfig();
    const price = await services().pricer.price(request());
    return Number(price.monthly);
  } catch (error) {
    throw toCellError(error);
  }
}

/**
 * Monthly cost in USD of an AWS service at list price, e.g. =AWS.COST("ec2","m7g.large","ap-southeast-1").
 * @customfunction COST
 * @param service "ec2", "ebs" or "s3".
 * @param spec EC2: instance type ("m7g.large"). EBS/S3: type and GB ("gp3 500", "standard 1000").
 * @param [region] Region code, e.g. "us-east-1" (default: the task pane's region).
 * @param [option] EC2: operating system ("Linux", "Windows", "RHEL", ...). Default Linux.
 * @param [pricingModel] "on-demand" (default), "spot 70", "1yr no upfront reserved", "3yr all upfront compute savings plan".
 * @param [hours] Hours per month each instance runs (default 730).
 * @param [quantity] Number of instances or volumes (default 1).
 * @returns Monthly cost in USD.
 */
export function cost(
  service: string,
  spec: string,
  region?: string,
  option?: string,
  pricingModel?: string,
  hours?: number,
  quantity?: number,
): Promise<number> {
  return monthly(() =>
    costRequest(service, spec, region, option, pricingModel, hours, quantity, defaultRegion()),
  );
}

/**
 * Monthly cost in USD of EC2 instances, e.g. =AWS.EC2("m7g.large","us-east-1","Linux","on-demand",730,2).
 * @customfunction EC2
 * @param instanceType Instance type, e.g. "m7g.large".
 * @param [region] Region code (default: the task pane's region).
 * @param [os] Operating system (default Linux).
 * @param [pricingModel] Pricing model (default on-demand).
 * @param [hours] Hours per month (default 730).
 * @param [quantity] Number of instances (default 1).
 * @returns Monthly cost in USD.
 */
export function ec2(
  instanceType: string,
  region?: string,
  os?: string,
  pricingModel?: string,
  hours?: number,
  quantity?: number,
): Promise<number> {
  return monthly(() =>
    ec2Request({ instanceType, region, os, pricingModel, hours, quantity }, defaultRegion()),
  );
}

/**
 * Monthly cost in USD of EBS volumes, e.g. =AWS.EBS("gp3",500,"us-east-1",6000,250).
 * @customfunction EBS
 * @param volumeType gp2, gp3, io1, io2, st1, sc1 or standard.
 * @param storageGb Size of each volume in GB.
 * @param [region] Region code (default: the task pane's region).
 * @param [iops] Provisioned IOPS per volume (gp3, io1, io2).
 * @param [throughputMbps] Throughput per volume in MB/s (gp3).
 * @param [quantity] Number of volumes (default 1).
 * @returns Monthly cost in USD.
 */
export function ebs(
  volumeType: string,
  storageGb: number,
  region?: string,
  iops?: number,
  throughputMbps?: number,
  quantity?: number,
): Promise<number> {
  return monthly(() =>
    ebsRequest({ volumeType, storageGb, region, iops, throughputMbps, quantity }, defaultRegion()),
  );
}

/**
 * Monthly cost in USD of S3 storage and requests, e.g. =AWS.S3("standard",1000,"eu-west-1",100000,1000000).
 * @customfunction S3
 * @param storageClass standard, intelligent-tiering, standard-ia, one-zone-ia, glacier-instant, glacier-flexible or glacier-deep-archive.
 * @param storageGb GB stored per month.
 * @param [region] Region code (default: the task pane's region).
 * @param [putRequests] PUT, COPY, POST and LIST requests per month (default 0).
 * @param [getRequests] GET and other requests per month (default 0).
 * @returns Monthly cost in USD.
 */
export function s3(
  storageClass: string,
  storageGb: number,
  region?: string,
  putRequests?: number,
  getRequests?: number,
): Promise<number> {
  return monthly(() =>
    s3Request({ storageClass, storageGb, region, putRequests, getRequests }, defaultRegion()),
  );
}

/**
 * Unit price and unit of an AWS service spec, spilled into two cells, e.g. =AWS.PRICE("ec2","m7g.large","us-east-1") → 0.0816 | per hour.
 * @customfunction PRICE
 * @param service "ec2", "ebs" or "s3".
 * @param spec EC2: instance type. EBS/S3: type and GB ("gp3 100").
 * @param [region] Region code (default: the task pane's region).
 * @param [option] EC2: operating system (default Linux).
 * @param [pricingModel] Pricing model (default on-demand).
 * @returns The unit price in USD and its unit.
 */
export async function price(
  service: string,
  spec: string,
  region?: string,
  option?: string,
  pricingModel?: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the metadata generator maps a mixed number/text row only as any[][]
): Promise<any[][]> {
  try {
    await loadPageConfig();
    const priced = await services().pricer.line(
      costRequest(service, spec, region, option, pricingModel, undefined, 1, defaultRegion()),
    );
    const unit = unitPrice(priced.line);
    return [[Number(unit.price), unit.unit]];
  } catch (error) {
    throw toCellError(error);
  }
}

/**
 * The cheapest current-generation EC2 instance type with at least this many vCPUs and GiB, e.g. =AWS.INSTANCE(4,16,"us-east-1").
 * @customfunction INSTANCE
 * @param vcpu Minimum vCPUs.
 * @param memoryGib Minimum memory in GiB.
 * @param [region] Region code (default: the task pane's region).
 * @param [os] Operating system (default Linux).
 * @returns An instance type, e.g. "m7g.xlarge".
 */
export async function instance(
  vcpu: number,
  memoryGib: number,
  region?: string,
  os?: string,
): Promise<string> {
  try {
    await loadPageConfig();
    const where = regionArg(region, defaultRegion());
    const sizing = {
      vcpu: requiredNumber(vcpu, 'vCPU', 1, 1024),
      memoryGib: requiredNumber(memoryGib, 'memory GiB', 0.5, 32768),
    };
    const operatingSystem = osArg(os);
    const catalog = await services().catalogs.load(where);
    return cheapestInstance(catalog, where, operatingSystem, sizing);
  } catch (error) {
    throw toCellError(error);
  }
}

/**
 * Version and publication date of the price catalog used for a region, e.g. =AWS.CATALOG("us-east-1").
 * @customfunction CATALOG
 * @param [region] Region code (default: the task pane's region).
 * @returns "version (date)".
 */
export async function catalog(region?: string): Promise<string> {
  try {
    await loadPageConfig();
    const where = regionArg(region, defaultRegion());
    const loaded = await services().catalogs.load(where);
    const date = catalogDate(loaded);
    return date ? `${loaded.version} (${date.slice(0, 10)})` : loaded.version;
  } catch (error) {
    throw toCellError(error);
  }
}
