import { z } from 'zod';
import { REPRICE_POLICY_CHOICES, TERM_PARTS } from '../../../core';
import { regionCode } from './vocabulary';
import { scenarioSchema } from './estimation';
import { jsonRefSchema, oneRequirementsSource } from './json-ref';
import { requirementsSchema } from './requirements';

export const costSchema = z
  .object({
    requirements: requirementsSchema.optional(),
    requirementsRef: jsonRefSchema.optional(),
    scenario: scenarioSchema.optional(),
  })
  .strict()
  .superRefine((v, ctx) => oneRequirementsSource(v, ctx, true));

export const compareSchema = z
  .object({
    requirements: requirementsSchema.optional(),
    requirementsRef: jsonRefSchema.optional(),
    scenarios: z.array(scenarioSchema).min(1).max(10),
  })
  .strict()
  .superRefine((v, ctx) => oneRequirementsSource(v, ctx, true));

export const repriceSchema = z
  .object({
    estimationId: z.string().trim().min(1).max(100),
    requirements: requirementsSchema.optional(),
    requirementsRef: jsonRefSchema.optional(),
    sizingPolicy: z.enum(REPRICE_POLICY_CHOICES).optional(),
  })
  .strict()
  .superRefine((v, ctx) => oneRequirementsSource(v, ctx, false));

export const pricingDataQuerySchema = z
  .object({
    region: regionCode(z.string({ required_error: 'is required, e.g. ?region=ap-southeast-1' })),
    /**
     * Which records (DECISIONS 95): `on-demand` (On-Demand and every other non-commitment price),
     * `commitments` (Reserved, with RI upfront fees, and Savings Plans); absent: every term.
     */
    terms: z
      .enum(TERM_PARTS, {
        errorMap: () => ({ message: `must be one of ${TERM_PARTS.join(', ')}` }),
      })
      .optional(),
  })
  .strict();
