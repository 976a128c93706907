import { z } from 'zod';
import type { PricingModel } from '../../../core';
import {
  LEASE_LENGTHS,
  OFFERING_CLASSES,
  PURCHASE_OPTIONS,
  SAVINGS_PLAN_KINDS,
} from '../../../core';

const term = z.enum(LEASE_LENGTHS);
const purchaseOption = z.enum(PURCHASE_OPTIONS);

/** zod mirror of core's PricingModel. */
export const pricingModelSchema: z.ZodType<PricingModel, z.ZodTypeDef, unknown> =
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('on-demand') }).strict(),
    z
      .object({
        kind: z.literal('reserved'),
        term,
        offeringClass: z.enum(OFFERING_CLASSES),
        purchaseOption,
      })
      .strict(),
    z
      .object({
        kind: z.literal('savings-plan'),
        plan: z.enum(SAVINGS_PLAN_KINDS),
        term,
        purchaseOption,
      })
      .strict(),
    z.object({ kind: z.literal('spot'), discountPct: z.number().min(0).max(100) }).strict(),
  ]);
