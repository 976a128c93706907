import { z } from 'zod';
import type { PricingModel } from '../../../core';

const term = z.enum(['1yr', '3yr']);
const purchaseOption = z.enum(['No Upfront', 'Partial Upfront', 'All Upfront']);

/** zod mirror of core's PricingModel. */
export const pricingModelSchema: z.ZodType<PricingModel, z.ZodTypeDef, unknown> =
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('on-demand') }).strict(),
    z
      .object({
        kind: z.literal('reserved'),
        term,
        offeringClass: z.enum(['standard', 'convertible']),
        purchaseOption,
      })
      .strict(),
    z
      .object({
        kind: z.literal('savings-plan'),
        plan: z.enum(['compute', 'ec2-instance']),
        term,
        purchaseOption,
      })
      .strict(),
    z.object({ kind: z.literal('spot'), discountPct: z.number().min(0).max(100) }).strict(),
  ]);
