import { COMMON_COLUMNS as common, templateColumn as col } from './template-columns';
import type { TemplateSheet } from './template-columns';

/**
 * The template sheets of DynamoDB, Lambda, Fargate, EKS, CloudFront, CloudWatch and data transfer:
 * one row per table, function, task group, cluster, distribution, account or transfer. Field names
 * are the requirement item's; counts accept the spec words of `=AWS.COST` (`10m`, `400k`).
 */

/** Example rows written short, padded with empty cells to the sheet's width. */
function padded<F extends string>(sheet: TemplateSheet<F>): TemplateSheet<F> {
  const width = sheet.columns.length;
  return {
    ...sheet,
    examples: sheet.examples.map((row) => [...row, ...Array<null>(width - row.length).fill(null)]),
  };
}

const COUNT_HELP = 'a number, or a count such as 10m or 400k';

export type DynamoDbField =
  | 'description'
  | 'group'
  | 'capacityMode'
  | 'tableClass'
  | 'storageGb'
  | 'readRequests'
  | 'writeRequests'
  | 'readCapacityUnits'
  | 'writeCapacityUnits'
  | 'quantity'
  | 'region';

export const DYNAMODB_SHEET: TemplateSheet<DynamoDbField> = padded({
  name: 'DynamoDB',
  purpose:
    'DynamoDB tables: on-demand (request units per month) or provisioned (capacity units held all month), plus storage.',
  columns: [
    common.description,
    common.group,
    col('capacityMode', 'Capacity mode', 14, 'on-demand (default) or provisioned.', {
      list: 'capacityModes',
    }),
    col('tableClass', 'Table class', 14, 'standard (default) or standard-ia.', {
      list: 'tableClasses',
    }),
    col('storageGb', 'Storage (GB)', 12, 'Table storage, number >= 0.', { required: true }),
    col('readRequests', 'Read request units (per month)', 18, `On-demand reads; ${COUNT_HELP}.`, {
      aliases: ['Reads (per month)'],
    }),
    col(
      'writeRequests',
      'Write request units (per month)',
      18,
      `On-demand writes; ${COUNT_HELP}.`,
      { aliases: ['Writes (per month)'] },
    ),
    col('readCapacityUnits', 'Read capacity units (RCU)', 14, 'Provisioned: RCUs held all month.', {
      aliases: ['RCU'],
    }),
    col(
      'writeCapacityUnits',
      'Write capacity units (WCU)',
      14,
      'Provisioned: WCUs held all month.',
      { aliases: ['WCU'] },
    ),
    col('quantity', 'Quantity (tables)', 10, 'Whole number >= 1 (default 1).', {
      aliases: ['Quantity'],
    }),
    common.region,
  ],
  examples: [
    ['Orders table', 'Production > Data', 'on-demand', 'standard', 50, 100000000, 10000000],
    ['Audit table', 'Production > Data', 'provisioned', 'standard-ia', 200, null, null, 100, 50],
  ],
});

export type LambdaField =
  | 'description'
  | 'group'
  | 'requestsPerMonth'
  | 'durationMs'
  | 'memoryMb'
  | 'architecture'
  | 'ephemeralStorageMb'
  | 'freeTier'
  | 'quantity'
  | 'region';

export const LAMBDA_SHEET: TemplateSheet<LambdaField> = padded({
  name: 'Lambda',
  purpose: 'Lambda functions: requests per month, average duration and memory.',
  columns: [
    common.description,
    common.group,
    col('requestsPerMonth', 'Requests (per month)', 16, `Invocations; ${COUNT_HELP}.`, {
      required: true,
      aliases: ['Requests'],
    }),
    col('durationMs', 'Duration (ms)', 12, 'Average duration per request, > 0.', {
      required: true,
      aliases: ['Duration'],
    }),
    col('memoryMb', 'Memory (MB)', 12, '128-10240.', { required: true, aliases: ['Memory'] }),
    col('architecture', 'Architecture', 13, 'x86_64 (default) or arm64.', {
      list: 'architecture',
    }),
    col('ephemeralStorageMb', 'Ephemeral storage (MB)', 14, '512-10240; blank = 512.'),
    col('freeTier', 'Free tier', 10, 'Yes applies the monthly free tier; blank = No.', {
      list: 'yesNo',
    }),
    col('quantity', 'Quantity (functions)', 10, 'Whole number >= 1 (default 1).', {
      aliases: ['Quantity'],
    }),
    common.region,
  ],
  examples: [
    ['Image resizer', 'Production > App', 10000000, 200, 512, 'arm64', null, 'No'],
    ['Order webhook', 'Production > App', 2000000, 120, 1024, 'x86_64', 1024, 'No'],
  ],
});

export type FargateField =
  | 'description'
  | 'group'
  | 'vcpu'
  | 'memoryGb'
  | 'architecture'
  | 'os'
  | 'ephemeralStorageGb'
  | 'quantity'
  | 'hoursPerMonth'
  | 'region';

export const FARGATE_SHEET: TemplateSheet<FargateField> = padded({
  name: 'Fargate',
  purpose: 'ECS or EKS tasks on Fargate: vCPU and memory per task, tasks running, hours.',
  columns: [
    common.description,
    common.group,
    col('vcpu', 'vCPU (per task)', 12, '0.25-16.', { required: true, aliases: ['vCPU'] }),
    col('memoryGb', 'Memory (GB per task)', 12, '0.5-120.', {
      required: true,
      aliases: ['Memory (GB)', 'Memory'],
    }),
    col('architecture', 'Architecture', 13, 'x86_64 (default) or arm64.', {
      list: 'architecture',
    }),
    col('os', 'Operating system', 14, 'linux (default) or windows.', {
      list: 'fargateOs',
      aliases: ['OS'],
    }),
    col('ephemeralStorageGb', 'Ephemeral storage (GB)', 14, '20-200; blank = 20 (included).'),
    col('quantity', 'Quantity (tasks)', 10, 'Tasks running at once, whole number >= 1.', {
      required: true,
      aliases: ['Quantity', 'Tasks'],
    }),
    col('hoursPerMonth', 'Hours per month (h)', 14, '0-744; blank means always on.', {
      aliases: ['Hours per month'],
    }),
    common.region,
  ],
  examples: [
    ['API tasks', 'Production > App', 1, 2, 'arm64', 'linux', null, 3],
    ['Report worker', 'Production > Batch', 2, 4, 'x86_64', 'windows', 30, 1, 200],
  ],
});

export type EksField =
  'description' | 'group' | 'support' | 'quantity' | 'hoursPerMonth' | 'region';

export const EKS_SHEET: TemplateSheet<EksField> = padded({
  name: 'EKS',
  purpose: 'EKS clusters (the control plane; price worker nodes on Compute or Fargate).',
  columns: [
    common.description,
    common.group,
    col('support', 'Kubernetes support', 16, 'standard (default) or extended.', {
      list: 'eksSupport',
      aliases: ['Support'],
    }),
    col('quantity', 'Quantity (clusters)', 10, 'Whole number >= 1 (default 1).', {
      aliases: ['Quantity', 'Clusters'],
    }),
    col('hoursPerMonth', 'Hours per month (h)', 14, '0-744; blank means always on.', {
      aliases: ['Hours per month'],
    }),
    common.region,
  ],
  examples: [['Production cluster', 'Production', 'standard', 1]],
});

export type CloudFrontField =
  | 'description'
  | 'group'
  | 'edgeLocation'
  | 'dataOutGb'
  | 'httpsRequests'
  | 'httpRequests'
  | 'quantity';

export const CLOUDFRONT_SHEET: TemplateSheet<CloudFrontField> = padded({
  name: 'CloudFront',
  purpose: 'CloudFront distributions, priced by the edge location serving the viewers (no region).',
  columns: [
    common.description,
    common.group,
    col('edgeLocation', 'Edge location', 18, 'Where viewers are; blank = United States.', {
      list: 'edgeLocations',
    }),
    col('dataOutGb', 'Data out (GB per month)', 14, 'Data transferred out to viewers.', {
      required: true,
      aliases: ['Data out (GB)'],
    }),
    col('httpsRequests', 'HTTPS requests (per month)', 16, COUNT_HELP, {
      aliases: ['HTTPS requests'],
    }),
    col('httpRequests', 'HTTP requests (per month)', 16, COUNT_HELP, {
      aliases: ['HTTP requests'],
    }),
    col('quantity', 'Quantity (distributions)', 12, 'Whole number >= 1 (default 1).', {
      aliases: ['Quantity'],
    }),
  ],
  examples: [
    ['Web shop CDN', 'Production > Web', 'United States', 1000, 10000000],
    ['European visitors', 'Production > Web', 'Europe', 500, 2000000],
  ],
});

export type CloudWatchField =
  | 'description'
  | 'group'
  | 'customMetrics'
  | 'alarms'
  | 'dashboards'
  | 'logsIngestedGb'
  | 'logsStoredGb'
  | 'quantity'
  | 'region';

export const CLOUDWATCH_SHEET: TemplateSheet<CloudWatchField> = padded({
  name: 'CloudWatch',
  purpose:
    'CloudWatch usage per month: custom metrics, alarms, dashboards and logs (at least one).',
  columns: [
    common.description,
    common.group,
    col('customMetrics', 'Custom metrics', 12, 'Metrics sent per month.'),
    col('alarms', 'Alarms', 10, 'Standard-resolution alarms.'),
    col('dashboards', 'Dashboards', 10, 'Custom dashboards.'),
    col('logsIngestedGb', 'Logs ingested (GB per month)', 14, 'Standard log ingestion.', {
      aliases: ['Logs ingested (GB)'],
    }),
    col('logsStoredGb', 'Logs stored (GB)', 12, 'Logs archived, GB-month.'),
    col('quantity', 'Quantity', 10, 'Whole number >= 1 (default 1), e.g. accounts.'),
    common.region,
  ],
  examples: [['Production monitoring', 'Production', 50, 10, 2, 20, 100]],
});

export type DataTransferField =
  | 'description'
  | 'group'
  | 'internetOutGb'
  | 'interRegionOutGb'
  | 'destinationRegion'
  | 'intraRegionGb'
  | 'freeAllowance'
  | 'region';

export const DATA_TRANSFER_SHEET: TemplateSheet<DataTransferField> = padded({
  name: 'Data Transfer',
  purpose:
    'Data transfer per month: out to the internet, to another region, between AZs (at least one).',
  columns: [
    common.description,
    common.group,
    col(
      'internetOutGb',
      'Out to internet (GB per month)',
      16,
      'Data transfer out to the internet.',
      {
        aliases: ['Internet out (GB)'],
      },
    ),
    col('interRegionOutGb', 'To another region (GB per month)', 16, 'Needs a destination region.', {
      aliases: ['Inter-region (GB)'],
    }),
    col('destinationRegion', 'Destination region', 16, 'Region the data goes to.', {
      list: 'regions',
    }),
    col('intraRegionGb', 'Between AZs (GB per month)', 14, 'Billed out and in.', {
      aliases: ['Between AZs (GB)'],
    }),
    col('freeAllowance', 'Free allowance', 10, 'Yes applies the 100 GB free internet egress.', {
      list: 'yesNo',
    }),
    common.region,
  ],
  examples: [
    ['Internet egress', 'Production', 1000, null, null, null, 'No'],
    ['Replication to Oregon', 'Production > Data', null, 200, 'us-west-2'],
  ],
});
