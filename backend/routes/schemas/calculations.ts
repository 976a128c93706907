import { z } from 'zod';
import { regionCode } from './vocabulary';
import { scenarioSchema } from './estimation';
import { requirementsSchema } from './requirements';

export const costSchema = z
  .object({ requirements: requirementsSchema, scenario: scenarioSchema.optional() })
  .strict();

export const compareSchema = z
  .object({ requirements: requirementsSchema, scenarios: z.array(scenarioSchema).min(1).max(10) })
  .strict();

export const pricingDataQuerySchema = z
  .object({
    region: regionCode(z.string({ required_error: 'is required, e.g. ?region=ap-southeast-1' })),
  })
  .strict();
