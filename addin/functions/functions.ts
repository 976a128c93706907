/* Excel custom functions, namespace AWS (manifest `Functions.Namespace`). The JSDoc below is the
 * formula help Excel shows; custom-functions-metadata-plugin turns it into functions.json and adds
 * the CustomFunctions.associate calls to the bundle (so importing this file in tests registers
 * nothing). Every function prices locally from the cached catalog shard of its region. Function
 * ids are stored in workbooks: never rename them (EC2 and S3 became EC2COST and S3COST before any
 * workbook stored them: Excel refuses names that read as cell references). The typed helpers
 * (AWS.RDS, AWS.LAMBDA …) are in service-functions.ts; the reference page is functions.html. */
import { catalogDate } from '../catalog-cache/shard-decoder';
import { ready } from '../runtime/services';
import type { AddinServices } from '../runtime/services';
import { toCellError } from './cell-errors';
import { costRequest, ebsRequest, ec2Request, s3Request } from './cell-requests';
import { parseServiceKind } from '../../core';
import { supportSpecCell } from './support-cell';
import { localCell, monthlyCell } from './cell-call';
export * from './service-functions';
import { cheapestInstance, unitPrice } from './catalog-queries';
import { osArg, regionArg, requiredNumber } from './function-args';

/** The task pane's Settings region: the region of a formula that names none. */
function defaultRegion(services: AddinServices): string {
  return services.store.getState().settings.region;
}

/**
 * Monthly cost in USD of any AWS service the engine prices, e.g. =AWS.COST("rds","db.t3.small postgresql multi-az 100gb gp2","ap-southeast-1").
 * @customfunction COST
 * @helpurl https://localhost:3000/functions.html#cost
 * @param service ec2, ebs, s3, efs, rds, aurora, dynamodb, elasticache, lambda, fargate, eks, data-transfer, nat-gateway, load-balancer, cloudfront, route53, public-ipv4, cloudwatch or support.
 * @param spec What to price, in the service's words: "m7g.large", "gp3 500gb", "requests=10m gb-s=400k arm" (grammar per service on the reference page).
 * @param [region] Region code, e.g. "us-east-1" (default: the task pane's region).
 * @param [option] EC2: operating system ("Linux", "Windows", "RHEL", ...). Other services: more spec words.
 * @param [pricingModel] "on-demand" (default), "spot 70", "1yr no upfront reserved", "3yr all upfront compute savings plan".
 * @param [hours] Hours per month each resource runs (default 730).
 * @param [quantity] Number of instances, volumes, tasks … (default 1).
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
  if (parseServiceKind(String(service ?? '')) === 'support')
    return localCell(() => supportSpecCell(spec, new Date().toISOString()));
  return monthlyCell((fallback) =>
    costRequest(service, spec, region, option, pricingModel, hours, quantity, fallback),
  );
}

/**
 * Monthly cost in USD of EC2 instances, e.g. =AWS.EC2COST("m7g.large","us-east-1","Linux","on-demand",730,2).
 * @customfunction EC2COST
 * @helpurl https://localhost:3000/functions.html#ec2cost
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
  return monthlyCell((fallback) =>
    ec2Request({ instanceType, region, os, pricingModel, hours, quantity }, fallback),
  );
}

/**
 * Monthly cost in USD of EBS volumes, e.g. =AWS.EBS("gp3",500,"us-east-1",6000,250).
 * @customfunction EBS
 * @helpurl https://localhost:3000/functions.html#ebs
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
  return monthlyCell((fallback) =>
    ebsRequest({ volumeType, storageGb, region, iops, throughputMbps, quantity }, fallback),
  );
}

/**
 * Monthly cost in USD of S3 storage and requests, e.g. =AWS.S3COST("standard",1000,"eu-west-1",100000,1000000).
 * @customfunction S3COST
 * @helpurl https://localhost:3000/functions.html#s3cost
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
  return monthlyCell((fallback) =>
    s3Request({ storageClass, storageGb, region, putRequests, getRequests }, fallback),
  );
}

/**
 * Unit price and unit of an AWS service spec, spilled into two cells, e.g. =AWS.PRICE("ec2","m7g.large","us-east-1") → 0.0816 | per hour.
 * @customfunction PRICE
 * @helpurl https://localhost:3000/functions.html#price
 * @param service Any service AWS.COST accepts, e.g. "ec2", "rds", "lambda".
 * @param spec As in AWS.COST, e.g. "m7g.large" or "db.t3.small postgresql 20gb".
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
    const services = await ready();
    const priced = await services.pricer.line(
      costRequest(
        service,
        spec,
        region,
        option,
        pricingModel,
        undefined,
        1,
        defaultRegion(services),
      ),
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
 * @helpurl https://localhost:3000/functions.html#instance
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
    const services = await ready();
    const where = regionArg(region, defaultRegion(services));
    const sizing = {
      vcpu: requiredNumber(vcpu, 'vCPU', 1, 1024),
      memoryGib: requiredNumber(memoryGib, 'memory GiB', 0.5, 32768),
    };
    const operatingSystem = osArg(os);
    const catalog = await services.catalogs.load(where);
    return cheapestInstance(catalog, where, operatingSystem, sizing);
  } catch (error) {
    throw toCellError(error);
  }
}

/**
 * Version and publication date of the price catalog used for a region, e.g. =AWS.CATALOG("us-east-1").
 * @customfunction CATALOG
 * @helpurl https://localhost:3000/functions.html#catalog
 * @param [region] Region code (default: the task pane's region).
 * @returns "version (date)".
 */
export async function catalog(region?: string): Promise<string> {
  try {
    const services = await ready();
    const where = regionArg(region, defaultRegion(services));
    const loaded = await services.catalogs.load(where);
    const date = catalogDate(loaded);
    return date ? `${loaded.version} (${date.slice(0, 10)})` : loaded.version;
  } catch (error) {
    throw toCellError(error);
  }
}
