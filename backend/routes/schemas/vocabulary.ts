import { z } from 'zod';
import { GLOBAL_REGION, isRegionCode } from '../../../core';

/**
 * zod pieces built from core's vocabulary (`core/vocabulary`): the schemas name no region
 * pattern and list no enumeration of their own (they use core's `as const` arrays with z.enum).
 */
export const REGION_MESSAGE = 'must be a region code such as ap-southeast-1';

/** A region code (`ap-southeast-1`), by core's `isRegionCode`; `base` carries a custom required message. */
export function regionCode(base: z.ZodString = z.string()) {
  return base.refine(isRegionCode, REGION_MESSAGE);
}

/** A region code, or `global` (CloudFront, Route 53 lines). */
export const itemRegionSchema = z
  .string()
  .refine((s) => s === GLOBAL_REGION || isRegionCode(s), REGION_MESSAGE);
