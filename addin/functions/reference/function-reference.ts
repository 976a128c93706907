/**
 * Every worksheet function with its syntax and a working example: the content of the reference page
 * (functions.html, each function's helpUrl) and, in tests, the examples evaluated against the
 * catalog. `call` names the export of functions.ts / service-functions.ts and its arguments.
 */
export interface FunctionReference {
  /** The id after `AWS.` (functions.json), also the page anchor in lower case. */
  readonly id: string;
  readonly syntax: string;
  readonly summary: string;
  readonly call: { readonly fn: string; readonly args: readonly (string | number)[] };
}

export const FUNCTION_REFERENCE: readonly FunctionReference[] = [
  {
    id: 'COST',
    syntax: 'AWS.COST(service, spec, [region], [option], [pricingModel], [hours], [quantity])',
    summary:
      'Monthly USD cost of any service the engine prices; spec uses the service grammar below.',
    call: {
      fn: 'cost',
      args: ['rds', 'db.t3.small postgresql multi-az 100gb gp2', 'ap-southeast-1'],
    },
  },
  {
    id: 'EC2COST',
    syntax: 'AWS.EC2COST(instanceType, [region], [os], [pricingModel], [hours], [quantity])',
    summary: 'Monthly USD cost of EC2 instances.',
    call: { fn: 'ec2', args: ['m7g.large', 'us-east-1', 'Linux', 'on-demand', 730, 2] },
  },
  {
    id: 'EBS',
    syntax: 'AWS.EBS(volumeType, storageGb, [region], [iops], [throughputMbps], [quantity])',
    summary: 'Monthly USD cost of EBS volumes.',
    call: { fn: 'ebs', args: ['gp3', 500, 'us-east-1'] },
  },
  {
    id: 'S3COST',
    syntax: 'AWS.S3COST(storageClass, storageGb, [region], [putRequests], [getRequests])',
    summary: 'Monthly USD cost of S3 storage and requests.',
    call: { fn: 's3', args: ['standard', 1000, 'ap-southeast-1', 100000, 1000000] },
  },
  {
    id: 'RDS',
    syntax:
      'AWS.RDS(instanceClass, engine, deployment, storageGb, [storageType], [region], [pricingModel])',
    summary: 'Monthly USD cost of an RDS instance and its storage.',
    call: {
      fn: 'rds',
      args: ['db.t3.small', 'postgresql', 'multi-az', 100, 'gp2', 'ap-southeast-1'],
    },
  },
  {
    id: 'ELASTICACHE',
    syntax: 'AWS.ELASTICACHE(nodeType, engine, [nodes], [region], [pricingModel])',
    summary: 'Monthly USD cost of an ElastiCache cluster.',
    call: { fn: 'elasticache', args: ['cache.t4g.medium', 'redis', 2, 'us-east-1'] },
  },
  {
    id: 'LAMBDA',
    syntax: 'AWS.LAMBDA(requests, durationMs, memoryMb, [architecture], [region])',
    summary: 'Monthly USD cost of a Lambda function (requests and GB-seconds).',
    call: { fn: 'lambda', args: [10000000, 200, 512, 'x86_64', 'ap-southeast-1'] },
  },
  {
    id: 'FARGATE',
    syntax: 'AWS.FARGATE(vcpu, memoryGb, [tasks], [architecture], [region], [hours])',
    summary: 'Monthly USD cost of Fargate tasks.',
    call: { fn: 'fargate', args: [1, 2, 3, 'x86_64', 'ap-southeast-1'] },
  },
  {
    id: 'SUPPORT',
    syntax: 'AWS.SUPPORT(plan, monthlyCharges)',
    summary:
      "Monthly AWS Support fee on a month's AWS charges before discounts (e.g. the SUM of the cost cells).",
    call: { fn: 'support', args: ['business-plus', 2500] },
  },
  {
    id: 'PRICE',
    syntax: 'AWS.PRICE(service, spec, [region], [option], [pricingModel])',
    summary: 'Unit price and unit of the first priced component, spilled into two cells.',
    call: { fn: 'price', args: ['ec2', 'm7g.large', 'us-east-1'] },
  },
  {
    id: 'INSTANCE',
    syntax: 'AWS.INSTANCE(vcpu, memoryGib, [region], [os])',
    summary: 'The cheapest current-generation EC2 type with at least these vCPUs and GiB.',
    call: { fn: 'instance', args: [4, 16, 'us-east-1'] },
  },
  {
    id: 'CATALOG',
    syntax: 'AWS.CATALOG([region])',
    summary: 'Version and date of the price catalog a region is priced from.',
    call: { fn: 'catalog', args: ['us-east-1'] },
  },
];

/** The example as a user types it: `=AWS.RDS("db.t3.small","postgresql",…)`. */
export function exampleFormula(ref: FunctionReference): string {
  const args = ref.call.args.map((a) => (typeof a === 'number' ? String(a) : `"${a}"`));
  return `=AWS.${ref.id}(${args.join(',')})`;
}
