import { COMMON_COLUMNS as common, templateColumn as col } from './template-columns';
import type { TemplateSheet } from './template-columns';
import {
  CLOUDFRONT_SHEET,
  CLOUDWATCH_SHEET,
  DATA_TRANSFER_SHEET,
  DYNAMODB_SHEET,
  EKS_SHEET,
  FARGATE_SHEET,
  LAMBDA_SHEET,
} from './service-sheets';

export type { DropdownList, TemplateColumn, TemplateSheet } from './template-columns';

/**
 * Our requirements template: sheet names, columns (header text with its unit), dropdown lists and
 * example rows. The backend's template builder writes exactly this and the template reader reads it
 * back, so the two cannot drift apart. The sheets of the services added in #18 (DynamoDB, Lambda,
 * Fargate, EKS, CloudFront, CloudWatch, Data Transfer) are in `service-sheets.ts`.
 */

export type ComputeField =
  | 'description'
  | 'group'
  | 'instanceType'
  | 'vcpu'
  | 'memoryGib'
  | 'os'
  | 'quantity'
  | 'region'
  | 'tenancy'
  | 'hoursPerMonth'
  | 'pricingModel'
  | 'architecture';

export const COMPUTE_SHEET: TemplateSheet<ComputeField> = {
  name: 'Compute',
  purpose:
    'EC2 instances: name an instance type, or give vCPU and memory and the cheapest fitting type is chosen.',
  columns: [
    common.description,
    common.group,
    col('instanceType', 'Instance type', 16, 'e.g. m7g.large; blank to size from vCPU and memory.'),
    col('vcpu', 'vCPU (count)', 12, 'Whole number >= 1; used when no instance type is given.', {
      aliases: ['vCPU', 'vCPUs'],
    }),
    col('memoryGib', 'Memory (GiB)', 14, 'Number > 0; used when no instance type is given.', {
      aliases: ['Memory', 'RAM (GiB)'],
    }),
    col('os', 'Operating system', 30, 'Platform the instance is priced as.', {
      list: 'os',
      required: true,
      aliases: ['OS'],
    }),
    col('quantity', 'Quantity (instances)', 12, 'Whole number >= 1.', {
      required: true,
      aliases: ['Quantity', 'Instances'],
    }),
    common.region,
    col('tenancy', 'Tenancy', 12, 'shared or dedicated.', { list: 'tenancy' }),
    col(
      'hoursPerMonth',
      'Hours per month (h)',
      14,
      '0-744; blank means always on (Settings hours).',
      { aliases: ['Hours per month', 'Hours/month'] },
    ),
    col('pricingModel', 'Pricing model', 38, 'Blank uses the Settings pricing model.', {
      list: 'pricingModels',
    }),
    col('architecture', 'Architecture', 13, 'x86_64 or arm64, for sizing only.', {
      list: 'architecture',
    }),
  ],
  examples: [
    [
      'Web servers',
      'Production > Web',
      'm7g.large',
      null,
      null,
      'Linux',
      4,
      null,
      'shared',
      null,
      null,
      null,
    ],
    [
      'App servers (sized)',
      'Production > App',
      null,
      4,
      16,
      'Windows',
      2,
      null,
      'shared',
      null,
      'On-Demand',
      'x86_64',
    ],
  ],
};

export type StorageField =
  | 'description'
  | 'group'
  | 'service'
  | 'type'
  | 'storageGb'
  | 'quantity'
  | 'iops'
  | 'throughputMbps'
  | 'snapshotGb'
  | 'putRequests'
  | 'getRequests'
  | 'region';

export const STORAGE_SHEET: TemplateSheet<StorageField> = {
  name: 'Storage',
  purpose: 'EBS volumes, S3 buckets and EFS file systems (one row each, or use Quantity).',
  columns: [
    common.description,
    common.group,
    col('service', 'Service', 10, 'EBS, S3 or EFS.', { list: 'storageServices', required: true }),
    col(
      'type',
      'Volume type / storage class',
      24,
      'EBS: gp3, gp2, io2, io1, st1, sc1. S3: standard, standard-ia, ... EFS: standard, infrequent-access.',
      { list: 'storageTypes', required: true, aliases: ['Type', 'Storage class', 'Volume type'] },
    ),
    col('storageGb', 'Storage (GB)', 12, 'Number > 0 per volume / bucket / file system.', {
      required: true,
      aliases: ['Storage', 'Size (GB)'],
    }),
    col('quantity', 'Quantity', 10, 'Whole number >= 1 (default 1).'),
    col('iops', 'IOPS', 10, 'EBS gp3/io1/io2 provisioned IOPS.'),
    col('throughputMbps', 'Throughput (MB/s)', 14, 'EBS gp3 throughput.', {
      aliases: ['Throughput'],
    }),
    col('snapshotGb', 'Snapshots (GB-month)', 14, 'EBS snapshot storage per volume.'),
    col('putRequests', 'PUT requests (per month)', 16, 'S3 PUT/COPY/POST/LIST requests.'),
    col('getRequests', 'GET requests (per month)', 16, 'S3 GET/SELECT requests.'),
    common.region,
  ],
  examples: [
    ['Web root volumes', 'Production > Web', 'EBS', 'gp3', 50, 4, 3000, 125, 10, null, null, null],
    [
      'Static assets',
      'Production',
      'S3',
      'standard',
      500,
      1,
      null,
      null,
      null,
      100000,
      2000000,
      null,
    ],
  ],
};

export type DatabaseField =
  | 'description'
  | 'group'
  | 'engine'
  | 'instanceClass'
  | 'deployment'
  | 'storageType'
  | 'storageGb'
  | 'quantity'
  | 'nodes'
  | 'region'
  | 'pricingModel'
  | 'hoursPerMonth'
  | 'iops';

export const DATABASE_SHEET: TemplateSheet<DatabaseField> = {
  name: 'Database',
  purpose: 'RDS instances, Aurora provisioned clusters and ElastiCache clusters.',
  columns: [
    common.description,
    common.group,
    col(
      'engine',
      'Engine',
      18,
      'mysql, postgresql, ..., aurora-mysql, aurora-postgresql, redis, valkey, memcached.',
      { list: 'engines', required: true },
    ),
    col('instanceClass', 'Instance class', 18, 'e.g. db.r7g.large or cache.r7g.large.', {
      required: true,
      aliases: ['Node type', 'Instance type'],
    }),
    col('deployment', 'Deployment', 16, 'single-az or multi-az (RDS).', { list: 'deployments' }),
    col('storageType', 'Storage type', 12, 'gp3, gp2, io1, io2 (RDS).', { list: 'storageTypes' }),
    col('storageGb', 'Storage (GB)', 12, 'RDS and Aurora storage.'),
    col('quantity', 'Quantity', 10, 'Instances or clusters, whole number >= 1.', {
      required: true,
    }),
    col('nodes', 'Nodes per cluster', 12, 'ElastiCache nodes per cluster (default 1).'),
    common.region,
    col(
      'pricingModel',
      'Pricing model',
      32,
      'On-Demand or a Reserved option; blank uses Settings.',
      { list: 'pricingModels' },
    ),
    col('hoursPerMonth', 'Hours per month (h)', 14, 'Blank means always on.', {
      aliases: ['Hours per month'],
    }),
    col('iops', 'IOPS', 10, 'Provisioned IOPS (io1/io2/gp3).'),
  ],
  examples: [
    [
      'Orders DB',
      'Production > Data',
      'postgresql',
      'db.r7g.large',
      'multi-az',
      'gp3',
      200,
      1,
      null,
      null,
      null,
      null,
      null,
    ],
    [
      'Session cache',
      'Production > Data',
      'redis',
      'cache.r7g.large',
      null,
      null,
      null,
      1,
      2,
      null,
      null,
      null,
      null,
    ],
  ],
};

export type NetworkField =
  | 'description'
  | 'group'
  | 'service'
  | 'quantity'
  | 'dataGb'
  | 'capacityUnits'
  | 'region'
  | 'hoursPerMonth'
  | 'destinationRegion';

export const NETWORK_SHEET: TemplateSheet<NetworkField> = {
  name: 'Network',
  purpose:
    'NAT gateways, load balancers, public IPv4 addresses, Route 53 and simple data transfer (the Data Transfer sheet has every kind).',
  columns: [
    common.description,
    common.group,
    col('service', 'Service', 30, 'What is priced; see the list.', {
      list: 'networkServices',
      required: true,
    }),
    col(
      'quantity',
      'Quantity',
      10,
      'Gateways, load balancers, addresses or hosted zones (default 1).',
    ),
    col(
      'dataGb',
      'Data (GB per month)',
      16,
      'Transfer out, data processed, or CloudFront data out.',
      { aliases: ['Data (GB)', 'GB per month'] },
    ),
    col(
      'capacityUnits',
      'Capacity units (LCU)',
      14,
      'ALB LCUs / NLB NLCUs averaged over the month.',
    ),
    common.region,
    col('hoursPerMonth', 'Hours per month (h)', 14, 'Blank means always on.', {
      aliases: ['Hours per month'],
    }),
    col(
      'destinationRegion',
      'Destination region',
      16,
      'Where "Data transfer to another region" goes (required for it).',
      { list: 'regions' },
    ),
  ],
  examples: [
    ['Internet egress', 'Production', 'Data transfer out to internet', 1, 1000, null, null, null],
    ['NAT', 'Production', 'NAT Gateway', 2, 200, null, null, null],
    ['Public ALB', 'Production > Web', 'Application Load Balancer', 1, null, 5, null, null],
  ],
};

/** Every data sheet of the template, in workbook order (the builder, detector and readers follow it). */
export const TEMPLATE_DATA_SHEETS = [
  COMPUTE_SHEET,
  STORAGE_SHEET,
  DATABASE_SHEET,
  NETWORK_SHEET,
  DYNAMODB_SHEET,
  LAMBDA_SHEET,
  FARGATE_SHEET,
  EKS_SHEET,
  CLOUDFRONT_SHEET,
  CLOUDWATCH_SHEET,
  DATA_TRANSFER_SHEET,
] as const;

export {
  CLOUDFRONT_SHEET,
  CLOUDWATCH_SHEET,
  DATA_TRANSFER_SHEET,
  DYNAMODB_SHEET,
  EKS_SHEET,
  FARGATE_SHEET,
  LAMBDA_SHEET,
};
