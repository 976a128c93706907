import { z } from 'zod';
import { regionCode } from './vocabulary';
import type { CreateEstimationRequest, ScenarioSpec, UpdateEstimationRequest } from '../../../core';
import { ESTIMATION_STATUSES } from '../../../core';
import { comparisonSchema, estimateSchema } from './estimate';
import { pricingModelSchema } from './pricing-model';
import { plainText } from './text';
import { jsonRefSchema, notBoth, oneRequirementsSource, resultRefSchema } from './json-ref';
import { discountSchema, requirementsSchema, sizingPolicySchema } from './requirements';

export const scenarioSchema: z.ZodType<ScenarioSpec, z.ZodTypeDef, unknown> = z
  .object({
    name: plainText(100, 1),
    region: regionCode().optional(),
    pricingModel: pricingModelSchema.optional(),
    graviton: z.boolean().optional(),
    sizingPolicy: sizingPolicySchema.optional(),
    discounts: z.array(discountSchema).max(20).optional(),
  })
  .strict();

const status = z.enum(ESTIMATION_STATUSES);
const fields = {
  name: plainText(200, 1),
  customer: plainText(200).optional(),
  reference: plainText(100).optional(),
  status: status.optional(),
  requirements: requirementsSchema.optional(),
  requirementsRef: jsonRefSchema.optional(),
  scenarios: z.array(scenarioSchema).max(10).optional(),
  result: estimateSchema.nullable().optional(),
  resultRef: resultRefSchema.optional(),
  comparison: comparisonSchema.nullable().optional(),
  comparisonRef: resultRefSchema.optional(),
};

function partSources(required: boolean) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    oneRequirementsSource(value, ctx, required);
    notBoth(value, ctx, 'result', 'resultRef');
    notBoth(value, ctx, 'comparison', 'comparisonRef');
  };
}

export const createEstimationSchema: z.ZodType<CreateEstimationRequest, z.ZodTypeDef, unknown> = z
  .object(fields)
  .strict()
  .superRefine(partSources(true));

export const updateEstimationSchema: z.ZodType<UpdateEstimationRequest, z.ZodTypeDef, unknown> = z
  .object({
    ...fields,
    name: fields.name.optional(),
    version: z.number({ required_error: 'is required: send the version you read' }).int().min(1),
  })
  .strict()
  .superRefine(partSources(false));

export const cloneEstimationSchema = z.object({ name: fields.name.optional() }).strict();

/** `?limit=&cursor=` of every list route. */
export const pageQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

/** Routes that take no query parameters still reject unknown ones (a typo is not silently ignored). */
export const noQuery = z.object({}).strict();
