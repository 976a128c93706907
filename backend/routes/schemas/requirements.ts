import { z } from 'zod';
import type { Requirements } from '../../../core';
import { MAX_REQUIREMENT_LINES } from '../../../core';
import { pricingModelSchema } from './pricing-model';

/**
 * zod mirror of core's Requirements and every RequirementItem kind. Objects are strict, so a
 * misspelt field is reported at its JSON path (`$.requirements.items[3].storageGB`).
 */
const count = z.number().finite().nonnegative();
const whole = z.number().int().nonnegative();
const hours = z.number().min(0).max(744, 'must be at most 744 hours (31 days)');
const pct = z.number().min(0).max(100);
const region = z
  .string()
  .regex(/^([a-z]{2}(-[a-z]+)+-\d|global)$/, 'must be a region code such as ap-southeast-1');
const arch = z.enum(['x86_64', 'arm64']);

export const discountSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    percent: z.number().min(0).max(100),
    services: z.array(z.string().min(1).max(40)).max(40).optional(),
  })
  .strict();

export const fxRateSchema = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as PHP'),
    rate: z.string().regex(/^\d+(\.\d+)?$/, 'must be a positive decimal string such as "56.12"'),
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'must be an ISO date such as 2026-11-01'),
    source: z.string().max(200).optional(),
  })
  .strict();

export const supportPlanSchema = z.enum([
  'none',
  'business-plus',
  'enterprise',
  'unified-operations',
  'developer',
  'business',
  'enterprise-on-ramp',
]);

const source = z
  .object({
    sheet: z.string().max(100),
    row: z.number().int().min(1),
    cells: z.record(z.string().max(20)).optional(),
  })
  .strict();

const base = {
  id: z.string().min(1).max(100),
  description: z.string().max(500).optional(),
  group: z.array(z.string().max(100)).max(10).optional(),
  region: region.optional(),
  quantity: count,
  source: source.optional(),
};

const item = <S extends string, T extends z.ZodRawShape>(service: S, shape: T) =>
  z.object({ ...base, service: z.literal(service), ...shape }).strict();

const itemSchema = z.discriminatedUnion('service', [
  item('ec2', {
    instanceType: z.string().max(40).optional(),
    sizing: z
      .object({
        vcpu: z.number().positive(),
        memoryGib: z.number().positive(),
        architecture: arch.optional(),
        families: z.array(z.string().max(20)).max(40).optional(),
        minGeneration: whole.optional(),
      })
      .strict()
      .optional(),
    os: z.enum([
      'Linux',
      'Windows',
      'RHEL',
      'SUSE',
      'Ubuntu Pro',
      'Windows with SQL Server Web',
      'Windows with SQL Server Standard',
      'Windows with SQL Server Enterprise',
      'Windows BYOL',
    ]),
    tenancy: z.enum(['shared', 'dedicated']).optional(),
    hoursPerMonth: hours.optional(),
    utilizationPct: pct.optional(),
    pricingModel: pricingModelSchema.optional(),
    detailedMonitoring: z.boolean().optional(),
    publicIpv4PerInstance: whole.optional(),
  }),
  item('ebs', {
    volumeType: z.enum(['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard']),
    storageGb: count,
    iops: count.optional(),
    throughputMbps: count.optional(),
    snapshotGb: count.optional(),
    hoursPerMonth: hours.optional(),
  }),
  item('s3', {
    storageClass: z.enum([
      'standard',
      'intelligent-tiering',
      'standard-ia',
      'one-zone-ia',
      'glacier-instant',
      'glacier-flexible',
      'glacier-deep-archive',
    ]),
    storageGb: count,
    putRequests: count.optional(),
    getRequests: count.optional(),
    retrievalGb: count.optional(),
  }),
  item('efs', {
    storageClass: z.enum(['standard', 'infrequent-access', 'one-zone', 'one-zone-ia']),
    storageGb: count,
    throughputMode: z.enum(['elastic', 'bursting', 'provisioned']).optional(),
    provisionedThroughputMbps: count.optional(),
    readGb: count.optional(),
    writeGb: count.optional(),
  }),
  item('rds', {
    engine: z.enum([
      'mysql',
      'postgresql',
      'mariadb',
      'oracle-se2',
      'oracle-ee',
      'sqlserver-ex',
      'sqlserver-web',
      'sqlserver-se',
      'sqlserver-ee',
    ]),
    licenseModel: z.enum(['license-included', 'byol']).optional(),
    instanceClass: z.string().min(1).max(40),
    deployment: z.enum(['single-az', 'multi-az', 'multi-az-cluster']),
    storageType: z.enum(['gp2', 'gp3', 'io1', 'io2', 'magnetic']),
    storageGb: count,
    iops: count.optional(),
    throughputMbps: count.optional(),
    backupGb: count.optional(),
    hoursPerMonth: hours.optional(),
    pricingModel: pricingModelSchema.optional(),
  }),
  item('aurora', {
    engine: z.enum(['aurora-mysql', 'aurora-postgresql']),
    capacity: z.enum(['provisioned', 'serverless-v2']),
    instanceClass: z.string().max(40).optional(),
    averageAcu: count.optional(),
    storageConfiguration: z.enum(['standard', 'io-optimized']),
    storageGb: count,
    ioRequestsMillions: count.optional(),
    backupGb: count.optional(),
    hoursPerMonth: hours.optional(),
    pricingModel: pricingModelSchema.optional(),
  }),
  item('dynamodb', {
    capacityMode: z.enum(['on-demand', 'provisioned']),
    tableClass: z.enum(['standard', 'standard-ia']).optional(),
    readRequestUnitsMillions: count.optional(),
    writeRequestUnitsMillions: count.optional(),
    readCapacityUnits: count.optional(),
    writeCapacityUnits: count.optional(),
    storageGb: count,
  }),
  item('elasticache', {
    engine: z.enum(['redis', 'valkey', 'memcached']),
    nodeType: z.string().min(1).max(40),
    nodes: whole,
    hoursPerMonth: hours.optional(),
    pricingModel: pricingModelSchema.optional(),
  }),
  item('lambda', {
    requestsPerMonth: count,
    durationMs: count,
    memoryMb: z.number().int().min(128).max(10240),
    architecture: arch.optional(),
    ephemeralStorageMb: z.number().int().min(512).max(10240).optional(),
    freeTier: z.boolean().optional(),
  }),
  item('fargate', {
    vcpu: z.number().positive(),
    memoryGb: z.number().positive(),
    architecture: arch.optional(),
    os: z.enum(['linux', 'windows']).optional(),
    ephemeralStorageGb: count.optional(),
    hoursPerMonth: hours.optional(),
  }),
  item('eks', {
    support: z.enum(['standard', 'extended']).optional(),
    hoursPerMonth: hours.optional(),
  }),
  item('data-transfer', {
    internetOutGb: count.optional(),
    interRegionOutGb: count.optional(),
    destinationRegion: region.optional(),
    intraRegionGb: count.optional(),
    freeAllowance: z.boolean().optional(),
  }),
  item('nat-gateway', { dataProcessedGb: count, hoursPerMonth: hours.optional() }),
  item('load-balancer', {
    type: z.enum(['application', 'network', 'classic']),
    capacityUnits: count.optional(),
    dataProcessedGb: count.optional(),
    hoursPerMonth: hours.optional(),
  }),
  item('cloudfront', {
    edgeLocation: z.string().min(1).max(60),
    dataOutGb: count,
    httpsRequests: count.optional(),
    httpRequests: count.optional(),
  }),
  item('route53', { hostedZones: whole, standardQueriesMillions: count.optional() }),
  item('public-ipv4', { hoursPerMonth: hours.optional() }),
  item('cloudwatch', {
    customMetrics: count.optional(),
    logsIngestedGb: count.optional(),
    logsStoredGb: count.optional(),
    alarms: whole.optional(),
    dashboards: whole.optional(),
  }),
]);

export const settingsSchema = z
  .object({
    region,
    pricingModel: pricingModelSchema,
    hoursPerMonth: hours.optional(),
    discounts: z.array(discountSchema).max(20).optional(),
    partnerMarginPct: pct.optional(),
    monthlyCreditsUsd: count.optional(),
    taxPct: pct.optional(),
    fx: fxRateSchema.optional(),
    supportPlan: supportPlanSchema.optional(),
    freeTier: z.boolean().optional(),
  })
  .strict();

/** Lines per estimate: MAX_REQUIREMENT_LINES (100,000; a 10,000-VM estate has about 20,000). */
export const MAX_ITEMS = MAX_REQUIREMENT_LINES;

export const requirementsSchema: z.ZodType<Requirements, z.ZodTypeDef, unknown> = z
  .object({
    name: z.string().max(200).optional(),
    customer: z.string().max(200).optional(),
    settings: settingsSchema,
    items: z
      .array(itemSchema)
      .max(
        MAX_ITEMS,
        `must have at most ${MAX_ITEMS.toLocaleString('en-US')} lines (MAX_REQUIREMENT_LINES); split the estate into several estimations`,
      ),
  })
  .strict()
  .superRefine((req, ctx) => {
    const seen = new Set<string>();
    req.items.forEach((it, i) => {
      if (seen.has(it.id))
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'id'],
          message: `duplicate item id "${it.id}"`,
        });
      seen.add(it.id);
    });
  });
