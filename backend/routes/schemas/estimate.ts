import { z } from 'zod';
import type { Comparison, Estimate } from '../../../core';
import {
  ADJUSTMENT_KINDS,
  CHARGES,
  COMPONENT_STATUSES,
  COST_CATEGORIES,
  LINE_SERVICE_KINDS,
} from '../../../core';
import { BOUNDS } from './bounds';

/** zod mirror of core's Estimate and Comparison, for results a client stores on an estimation. */
const decimal = z
  .string()
  .max(BOUNDS.decimalChars)
  .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string such as "119.14"');
const text = z.string().max(2000);

const totals = z
  .object({
    upfront: decimal,
    monthly: decimal,
    first12Months: decimal,
    termMonths: z.number().int().min(0).max(600),
    totalOverTerm: decimal,
  })
  .strict();

const component = z
  .object({
    name: text,
    unit: z.string().max(100),
    charge: z.enum(CHARGES),
    quantity: decimal.nullable(),
    unitPrice: decimal.nullable(),
    priceId: z.string().max(300).nullable(),
    cost: decimal.nullable(),
    status: z.enum(COMPONENT_STATUSES),
    explanation: text,
  })
  .strict();

const line = z
  .object({
    id: z.string().max(200),
    itemId: z.string().max(200),
    service: z.enum(LINE_SERVICE_KINDS as [string, ...string[]]),
    category: z.enum(COST_CATEGORIES),
    group: z.array(z.string().max(100)).max(10),
    description: text,
    region: z.string().max(40),
    components: z.array(component).max(50),
    monthly: decimal,
    upfront: decimal,
    warnings: z.array(text).max(50),
    termMonths: z.number().int().min(0).max(600).optional(),
    notes: z.array(text).max(50).optional(),
    incomplete: z.boolean().optional(),
  })
  .strict();

const adjustment = z
  .object({
    kind: z.enum(ADJUSTMENT_KINDS),
    name: z.string().max(200),
    monthly: decimal,
    upfront: decimal,
    explanation: text,
  })
  .strict();

const estimateObject = z
  .object({
    scenario: z.string().max(200),
    region: z.string().max(40),
    currency: z.string().regex(/^[A-Z]{3}$/),
    catalogVersion: z.string().max(100),
    lines: z.array(line).max(4000),
    listTotals: totals,
    adjustments: z.array(adjustment).max(100),
    totals,
    warnings: z.array(text).max(500),
    createdAt: z.string().max(40),
  })
  .strict();

export const estimateSchema = estimateObject as unknown as z.ZodType<
  Estimate,
  z.ZodTypeDef,
  unknown
>;

export const comparisonSchema = z
  .object({
    scenarios: z.array(estimateObject).max(10),
    lines: z
      .array(
        z
          .object({
            itemId: z.string().max(200),
            description: text,
            monthly: z.array(decimal.nullable()).max(10),
            deltaMonthly: z.array(decimal.nullable()).max(10),
            effectiveMonthly: z.array(decimal.nullable()).max(10).optional(),
            cheapestScenario: z.string().max(200).nullable(),
          })
          .strict(),
      )
      .max(4000),
    cheapestScenario: z.string().max(200),
    totals: z
      .array(
        z
          .object({
            scenario: z.string().max(200),
            totals,
            deltaMonthly: decimal,
            deltaTerm: decimal,
            effectiveMonthly: decimal.optional(),
            horizonMonths: z.number().int().min(0).max(600).optional(),
            totalOverHorizon: decimal.optional(),
          })
          .strict(),
      )
      .max(10),
  })
  .strict() as unknown as z.ZodType<Comparison, z.ZodTypeDef, unknown>;
