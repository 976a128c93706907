import { z } from 'zod';
import type { RequirementItem, Requirements } from '../../../core';
import {
  ARCHITECTURES,
  AURORA_CAPACITIES,
  AURORA_ENGINES,
  AURORA_STORAGE_CONFIGURATIONS,
  CACHE_ENGINES,
  DYNAMODB_CAPACITY_MODES,
  DYNAMODB_TABLE_CLASSES,
  EBS_VOLUME_TYPES,
  EC2_OPERATING_SYSTEMS,
  EFS_STORAGE_CLASSES,
  EFS_THROUGHPUT_MODES,
  EKS_SUPPORT_TIERS,
  FARGATE_OPERATING_SYSTEMS,
  LOAD_BALANCER_TYPES,
  MAX_REQUIREMENT_LINES,
  RDS_DEPLOYMENTS,
  RDS_ENGINES,
  RDS_LICENSE_MODELS,
  RDS_STORAGE_TYPES,
  S3_RETRIEVAL_TIERS,
  S3_STORAGE_CLASSES,
  SUPPORT_PLAN_KINDS,
  TENANCIES,
  offeringProblems,
  MAX_POLICY_GENERATION,
  PROCESSOR_CHOICES,
} from '../../../core';
import { pricingModelSchema } from './pricing-model';
import { itemRegionSchema } from './vocabulary';
import { amount, memoryGib, quantity, vcpu, wholeCount } from './bounds';
import { plainText } from './text';

/**
 * zod mirror of core's Requirements and every RequirementItem kind. Objects are strict, so a
 * misspelt field is reported at its JSON path (`$.requirements.items[3].storageGB`).
 */
const count = amount;
const whole = wholeCount;
const hours = z.number().min(0).max(744, 'must be at most 744 hours (31 days)');
const pct = z.number().min(0).max(100);
const region = itemRegionSchema;
const arch = z.enum(ARCHITECTURES);

export const discountSchema = z
  .object({
    name: plainText(100, 1),
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

export const supportPlanSchema = z.enum(SUPPORT_PLAN_KINDS);

const source = z
  .object({
    sheet: z.string().max(100),
    row: z.number().int().min(1),
    cells: z.record(z.string().max(20)).optional(),
  })
  .strict();

const base = {
  id: z.string().min(1).max(100),
  description: plainText(500).optional(),
  group: z.array(plainText(100)).max(10).optional(),
  region: region.optional(),
  quantity,
  source: source.optional(),
};

const item = <S extends string, T extends z.ZodRawShape>(service: S, shape: T) =>
  z.object({ ...base, service: z.literal(service), ...shape }).strict();

const itemSchema = z.discriminatedUnion('service', [
  item('ec2', {
    instanceType: z.string().max(40).optional(),
    sizing: z
      .object({
        vcpu,
        memoryGib,
        architecture: arch.optional(),
        families: z.array(z.string().max(20)).max(40).optional(),
        minGeneration: whole.optional(),
      })
      .strict()
      .optional(),
    os: z.enum(EC2_OPERATING_SYSTEMS),
    tenancy: z.enum(TENANCIES).optional(),
    hoursPerMonth: hours.optional(),
    utilizationPct: pct.optional(),
    pricingModel: pricingModelSchema.optional(),
    detailedMonitoring: z.boolean().optional(),
    publicIpv4PerInstance: whole.optional(),
    /** Whole Dedicated Hosts of this family (`quantity` counts hosts); no instanceType or sizing. */
    dedicatedHostFamily: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9-]*$/, 'must be an EC2 instance family such as m5 or r8i')
      .max(20)
      .optional(),
    /** T-family unlimited mode: surplus CPU credits per instance per month (1 credit = 1 vCPU-minute). */
    surplusCpuCredits: count.optional(),
    ebsOptimized: z.boolean().optional(),
  }),
  item('ebs', {
    volumeType: z.enum(EBS_VOLUME_TYPES),
    storageGb: count,
    iops: count.optional(),
    throughputMbps: count.optional(),
    snapshotGb: count.optional(),
    /** Fast snapshot restore: snapshot × Availability Zone pairs enabled (DSUs). */
    fastSnapshotRestores: whole.optional(),
    hoursPerMonth: hours.optional(),
  }),
  item('s3', {
    storageClass: z.enum(S3_STORAGE_CLASSES),
    storageGb: count,
    putRequests: count.optional(),
    getRequests: count.optional(),
    retrievalGb: count.optional(),
    retrievalTier: z.enum(S3_RETRIEVAL_TIERS).optional(),
    retrievalRequests: count.optional(),
    lifecycleTransitions: count.optional(),
    infrequentAccessGb: count.optional(),
    archiveInstantAccessGb: count.optional(),
    monitoredObjects: count.optional(),
    selectScannedGb: count.optional(),
    selectReturnedGb: count.optional(),
  }),
  item('efs', {
    storageClass: z.enum(EFS_STORAGE_CLASSES),
    storageGb: count,
    throughputMode: z.enum(EFS_THROUGHPUT_MODES).optional(),
    provisionedThroughputMbps: count.optional(),
    readGb: count.optional(),
    writeGb: count.optional(),
    iaReadGb: count.optional(),
    iaWriteGb: count.optional(),
  }),
  item('rds', {
    engine: z.enum(RDS_ENGINES),
    licenseModel: z.enum(RDS_LICENSE_MODELS).optional(),
    instanceClass: z.string().min(1).max(40),
    deployment: z.enum(RDS_DEPLOYMENTS),
    storageType: z.enum(RDS_STORAGE_TYPES),
    storageGb: count,
    iops: count.optional(),
    throughputMbps: count.optional(),
    backupGb: count.optional(),
    ioRequestsMillions: count.optional(),
    performanceInsightsRetentionMonths: z
      .number()
      .int('must be a whole number of months')
      .min(0)
      .max(24, 'must be at most 24 months')
      .optional(),
    extendedSupport: z
      .object({
        majorVersion: z
          .string()
          .regex(/^\d{1,2}(\.\d{1,2})?$/, 'must be a major version such as 5.7 or 12'),
        year: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      })
      .strict()
      .optional(),
    surplusCpuCredits: count.optional(),
    hoursPerMonth: hours.optional(),
    pricingModel: pricingModelSchema.optional(),
  }),
  item('aurora', {
    engine: z.enum(AURORA_ENGINES),
    capacity: z.enum(AURORA_CAPACITIES),
    instanceClass: z.string().max(40).optional(),
    averageAcu: count.optional(),
    storageConfiguration: z.enum(AURORA_STORAGE_CONFIGURATIONS),
    storageGb: count,
    ioRequestsMillions: count.optional(),
    backupGb: count.optional(),
    hoursPerMonth: hours.optional(),
    pricingModel: pricingModelSchema.optional(),
  }),
  item('dynamodb', {
    capacityMode: z.enum(DYNAMODB_CAPACITY_MODES),
    tableClass: z.enum(DYNAMODB_TABLE_CLASSES).optional(),
    readRequestUnitsMillions: count.optional(),
    writeRequestUnitsMillions: count.optional(),
    readCapacityUnits: count.optional(),
    writeCapacityUnits: count.optional(),
    storageGb: count,
    backupGb: count.optional(),
    pitrGb: count.optional(),
    restoreGb: count.optional(),
    streamReadRequestsMillions: count.optional(),
    replicatedWriteRequestUnitsMillions: count.optional(),
    replicatedWriteCapacityUnits: count.optional(),
  }),
  item('elasticache', {
    engine: z.enum(CACHE_ENGINES),
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
    vcpu,
    memoryGb: memoryGib,
    architecture: arch.optional(),
    os: z.enum(FARGATE_OPERATING_SYSTEMS).optional(),
    ephemeralStorageGb: count.optional(),
    hoursPerMonth: hours.optional(),
  }),
  item('eks', {
    support: z.enum(EKS_SUPPORT_TIERS).optional(),
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
    type: z.enum(LOAD_BALANCER_TYPES),
    capacityUnits: count.optional(),
    dataProcessedGb: count.optional(),
    hoursPerMonth: hours.optional(),
  }),
  item('cloudfront', {
    edgeLocation: z.string().min(1).max(60),
    dataOutGb: count,
    httpsRequests: count.optional(),
    httpRequests: count.optional(),
    originShieldRequests: count.optional(),
    originShieldRegion: region.optional(),
    invalidationPaths: count.optional(),
    dedicatedIpCertificates: whole.optional(),
    fieldLevelEncryptionRequests: count.optional(),
    realtimeLogLines: count.optional(),
  }),
  item('route53', {
    hostedZones: whole,
    standardQueriesMillions: count.optional(),
    latencyQueriesMillions: count.optional(),
    geoQueriesMillions: count.optional(),
  }),
  item('public-ipv4', { hoursPerMonth: hours.optional() }),
  item('cloudwatch', {
    customMetrics: count.optional(),
    logsIngestedGb: count.optional(),
    logsStoredGb: count.optional(),
    alarms: whole.optional(),
    dashboards: whole.optional(),
  }),
]);

/** `settings.sizingPolicy` (core/requirements/sizing-policy.ts): every field optional. */
export const sizingPolicySchema = z
  .object({
    burstable: z.boolean().optional(),
    processor: z.enum(PROCESSOR_CHOICES).optional(),
    minGeneration: z.number().int().min(1).max(MAX_POLICY_GENERATION).optional(),
  })
  .strict();

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
    sizingPolicy: sizingPolicySchema.optional(),
  })
  .strict();

/** Lines per estimate: MAX_REQUIREMENT_LINES (100,000; a 10,000-VM estate has about 20,000). */
export const MAX_ITEMS = MAX_REQUIREMENT_LINES;

export const requirementsSchema: z.ZodType<Requirements, z.ZodTypeDef, unknown> = z
  .object({
    name: plainText(200).optional(),
    customer: plainText(200).optional(),
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
      // What AWS cannot sell (an unknown type, Windows on Graviton…) is refused here, never priced.
      for (const p of offeringProblems(it as RequirementItem))
        ctx.addIssue({ code: 'custom', path: ['items', i, p.field], message: p.message });
    });
  });
