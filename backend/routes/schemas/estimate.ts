import { z } from 'zod';
import type { Comparison, Estimate } from '../../../core';
import {
  ADJUSTMENT_KINDS,
  CHARGES,
  COMPONENT_STATUSES,
  COST_CATEGORIES,
  LINE_SERVICE_KINDS,
  MAX_REQUIREMENT_LINES,
} from '../../../core';
import { BOUNDS } from './bounds';
import { sizingPolicySchema } from './requirements';
import { comparisonBasis, coverageOf } from '../../../core';

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

const itemIds = z.array(z.string().max(200)).max(MAX_REQUIREMENT_LINES);
const coverage = z
  .object({
    lines: z.number().int().min(0),
    priced: z.number().int().min(0),
    partial: z.number().int().min(0),
    unpriced: z.number().int().min(0),
    unpricedIds: itemIds,
    partialIds: itemIds,
  })
  .strict();

/**
 * Coverage is derived from the lines, so the server recomputes it rather than trust (or require)
 * the client's copy: results saved before coverage existed are accepted and completed.
 */
const estimateObject = z
  .object({
    scenario: z.string().max(200),
    region: z.string().max(40),
    currency: z.string().regex(/^[A-Z]{3}$/),
    catalogVersion: z.string().max(100),
    sizingPolicy: sizingPolicySchema.optional(),
    // One line per requirement item, plus the support line.
    lines: z.array(line).max(MAX_REQUIREMENT_LINES + 1),
    listTotals: totals,
    adjustments: z.array(adjustment).max(100),
    totals,
    coverage: coverage.optional(),
    // Grouped by kind (core/estimate/warning-groups.ts), so far fewer than the lines.
    warnings: z.array(text).max(MAX_REQUIREMENT_LINES),
    createdAt: z.string().max(40),
  })
  .strict()
  .transform((e) => ({ ...e, coverage: coverageOf(e.lines) }));

export const estimateSchema = estimateObject as unknown as z.ZodType<
  Estimate,
  z.ZodTypeDef,
  unknown
>;

const amountsOverHorizon = z
  .object({
    monthly: decimal,
    upfront: decimal,
    effectiveMonthly: decimal,
    totalOverHorizon: decimal,
  })
  .strict();

export const comparisonSchema = z
  .object({
    scenarios: z.array(estimateObject).max(10),
    lines: z
      .array(
        z
          .object({
            itemId: z.string().max(200),
            description: text,
            inBasis: z.boolean(),
            monthly: z.array(decimal.nullable()).max(10),
            effectiveMonthly: z.array(decimal.nullable()).max(10),
            deltaEffectiveMonthly: z.array(decimal.nullable()).max(10),
            cheapestScenario: z.string().max(200).nullable(),
          })
          .strict(),
      )
      .max(MAX_REQUIREMENT_LINES + 1),
    basis: z
      .object({
        lines: z.number().int().min(0),
        totalLines: z.number().int().min(0),
        lineIds: itemIds,
        excluded: z
          .array(
            z
              .object({
                itemId: z.string().max(200),
                scenarios: z.array(z.string().max(200)).max(10),
              })
              .strict(),
          )
          .max(MAX_REQUIREMENT_LINES),
        complete: z.boolean(),
        sameCurrency: z.boolean(),
        text,
      })
      .strict(),
    horizonMonths: z.number().int().min(1).max(600),
    cheapestScenario: z.string().max(200).nullable(),
    totals: z
      .array(
        z
          .object({
            scenario: z.string().max(200),
            currency: z.string().regex(/^[A-Z]{3}$/),
            totals,
            coverage,
            whole: amountsOverHorizon,
            basis: amountsOverHorizon,
            deltaEffectiveMonthly: decimal.nullable(),
            deltaOverHorizon: decimal.nullable(),
          })
          .strict(),
      )
      .max(10),
  })
  .strict()
  .superRefine((c, ctx) => {
    // A stored comparison may not name a cheapest scenario on an unequal basis (recomputed from its lines).
    const basis = comparisonBasis(c.scenarios as unknown as Estimate[]);
    if (c.cheapestScenario !== null && !(basis.complete && basis.sameCurrency))
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['cheapestScenario'],
        message: 'must be null unless every line is priced in every scenario (basis.complete)',
      });
  }) as unknown as z.ZodType<Comparison, z.ZodTypeDef, unknown>;
