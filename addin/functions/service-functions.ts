/* Typed helpers of the AWS namespace, for services whose spec string would be awkward in a
 * formula. Each builds the service's spec and prices it through core's spec parser and the
 * engine, exactly as =AWS.COST does. custom-functions-metadata-plugin reads this file's JSDoc too
 * (webpack.config.js `input`); function ids are stored in workbooks: never rename them. */
import { monthlyCell, localCell } from './cell-call';
import { optionalNumber, pricingModelArg, requiredNumber } from './function-args';
import { specRequest } from './cell-requests';
import { supportCell } from './support-cell';

const word = (value: unknown): string =>
  value === undefined || value === null ? '' : String(value).trim();

/**
 * Monthly cost in USD of an RDS database instance and its storage, e.g. =AWS.RDS("db.t3.small","postgresql","multi-az",100,"gp2","ap-southeast-1").
 * @customfunction RDS
 * @helpurl https://localhost:3000/functions.html#rds
 * @param instanceClass Instance class, e.g. "db.r6g.large".
 * @param engine mysql, postgresql, mariadb, oracle-se2, oracle-ee, sqlserver-ex, sqlserver-web, sqlserver-se or sqlserver-ee.
 * @param deployment single-az, multi-az or multi-az-cluster.
 * @param storageGb Allocated storage in GB.
 * @param [storageType] gp3 (default), gp2, io1, io2 or magnetic.
 * @param [region] Region code (default: the task pane's region).
 * @param [pricingModel] "on-demand" (default) or e.g. "1yr no upfront reserved".
 * @returns Monthly cost in USD.
 */
export function rds(
  instanceClass: string,
  engine: string,
  deployment: string,
  storageGb: number,
  storageType?: string,
  region?: string,
  pricingModel?: string,
): Promise<number> {
  return monthlyCell((paneRegion) => {
    const gb = requiredNumber(storageGb, 'storage GB', 1);
    const spec = `${word(instanceClass)} ${word(engine)} ${word(deployment)} ${gb}gb ${word(storageType)}`;
    const options = { pricingModel: pricingModelArg(pricingModel) };
    return specRequest('rds', spec, region, options, paneRegion);
  });
}

/**
 * Monthly cost in USD of an ElastiCache cluster, e.g. =AWS.ELASTICACHE("cache.t4g.medium","redis",2,"us-east-1").
 * @customfunction ELASTICACHE
 * @helpurl https://localhost:3000/functions.html#elasticache
 * @param nodeType Node type, e.g. "cache.r6g.large".
 * @param engine redis, valkey or memcached.
 * @param [nodes] Nodes in the cluster (default 1).
 * @param [region] Region code (default: the task pane's region).
 * @param [pricingModel] "on-demand" (default) or e.g. "1yr no upfront reserved".
 * @returns Monthly cost in USD.
 */
export function elasticache(
  nodeType: string,
  engine: string,
  nodes?: number,
  region?: string,
  pricingModel?: string,
): Promise<number> {
  return monthlyCell((paneRegion) => {
    const count = optionalNumber(nodes, 'nodes', 1, 500) ?? 1;
    const spec = `${word(nodeType)} ${word(engine)} nodes=${count}`;
    const options = { pricingModel: pricingModelArg(pricingModel) };
    return specRequest('elasticache', spec, region, options, paneRegion);
  });
}

/**
 * Monthly cost in USD of a Lambda function, e.g. =AWS.LAMBDA(10000000,200,512,"x86_64","ap-southeast-1").
 * @customfunction LAMBDA
 * @helpurl https://localhost:3000/functions.html#lambda
 * @param requests Invocations per month.
 * @param durationMs Average duration in milliseconds.
 * @param memoryMb Memory in MB (128 to 10,240).
 * @param [architecture] x86_64 (default) or arm64.
 * @param [region] Region code (default: the task pane's region).
 * @returns Monthly cost in USD.
 */
export function lambda(
  requests: number,
  durationMs: number,
  memoryMb: number,
  architecture?: string,
  region?: string,
): Promise<number> {
  return monthlyCell((paneRegion) => {
    const spec =
      `requests=${requiredNumber(requests, 'requests', 0)} ` +
      `duration=${requiredNumber(durationMs, 'duration ms', 1)} ` +
      `memory=${requiredNumber(memoryMb, 'memory MB', 128, 10240)} ${word(architecture)}`;
    return specRequest('lambda', spec, region, {}, paneRegion);
  });
}

/**
 * Monthly cost in USD of Fargate tasks running all month, e.g. =AWS.FARGATE(1,2,3,"x86_64","ap-southeast-1").
 * @customfunction FARGATE
 * @helpurl https://localhost:3000/functions.html#fargate
 * @param vcpu vCPU per task (0.25 to 16).
 * @param memoryGb Memory per task in GB.
 * @param [tasks] Number of tasks (default 1).
 * @param [architecture] x86_64 (default) or arm64.
 * @param [region] Region code (default: the task pane's region).
 * @param [hours] Hours per month each task runs (default 730).
 * @returns Monthly cost in USD.
 */
export function fargate(
  vcpu: number,
  memoryGb: number,
  tasks?: number,
  architecture?: string,
  region?: string,
  hours?: number,
): Promise<number> {
  return monthlyCell((paneRegion) => {
    const spec = `${requiredNumber(vcpu, 'vCPU', 0.25, 16)}vcpu ${requiredNumber(memoryGb, 'memory GB', 0.5, 120)}gb ${word(architecture)}`;
    const options = {
      quantity: optionalNumber(tasks, 'tasks', 0) ?? 1,
      hoursPerMonth: optionalNumber(hours, 'hours per month', 0, 744),
    };
    return specRequest('fargate', spec, region, options, paneRegion);
  });
}

/**
 * Monthly AWS Support fee on a month's AWS charges, e.g. =AWS.SUPPORT("business-plus",SUM(B2:B12)).
 * @customfunction SUPPORT
 * @helpurl https://localhost:3000/functions.html#support
 * @param plan business-plus, enterprise, unified-operations (or, until 2027, developer, business, enterprise-on-ramp).
 * @param monthlyCharges The month's AWS charges in USD before discounts.
 * @returns Monthly fee in USD.
 */
export function support(plan: string, monthlyCharges: number): Promise<number> {
  return localCell(() => supportCell(plan, monthlyCharges, new Date().toISOString()));
}
