import { z } from 'zod';
import type { Comparison, Estimate } from '../../../core';
import { MAX_REQUIREMENT_LINES, SERVICE_KINDS } from '../../../core';

/** zod mirror of core's Estimate and Comparison, for results a client stores on an estimation. */
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal string such as "119.14"');
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
    charge: z.enum(['monthly', 'upfront']),
    quantity: decimal.nullable(),
    unitPrice: decimal.nullable(),
    priceId: z.string().max(300).nullable(),
    cost: decimal.nullable(),
    status: z.enum(['priced', 'no-usage', 'price-not-in-catalog', 'ambiguous']),
    explanation: text,
  })
  .strict();

const line = z
  .object({
    id: z.string().max(200),
    itemId: z.string().max(200),
    service: z.enum([...(SERVICE_KINDS as [string, ...string[]]), 'support']),
    category: z.enum(['Compute', 'Storage', 'Database', 'Network', 'Management', 'Support']),
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
    kind: z.enum(['discount', 'margin', 'credit', 'support', 'tax', 'fx']),
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
    // One line per requirement item, plus the support line.
    lines: z.array(line).max(MAX_REQUIREMENT_LINES + 1),
    listTotals: totals,
    adjustments: z.array(adjustment).max(100),
    totals,
    // Grouped by kind (core/estimate/warning-groups.ts), so far fewer than the lines.
    warnings: z.array(text).max(MAX_REQUIREMENT_LINES),
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
      .max(MAX_REQUIREMENT_LINES + 1),
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
