import { z } from 'zod';
import type { JsonRef } from '../../../core';

/** `{ uploadId }`, `{ resultId }` or `{ estimationId }`: requirements named instead of inlined. */
export const jsonRefSchema: z.ZodType<JsonRef, z.ZodTypeDef, unknown> = z.union(
  [
    z.object({ uploadId: z.string().uuid('must be an uploadId from /excel/upload-url') }).strict(),
    z.object({ resultId: z.string().uuid('must be a resultId the API returned') }).strict(),
    z.object({ estimationId: z.string().trim().min(1).max(100) }).strict(),
  ],
  { errorMap: () => ({ message: 'must be { uploadId }, { resultId } or { estimationId }' }) },
);

export const resultRefSchema = z
  .object({ resultId: z.string().uuid('must be a resultId the API returned') })
  .strict();

/** One of `requirements` and `requirementsRef`, never both (for a create: exactly one). */
export function oneRequirementsSource(
  value: { requirements?: unknown; requirementsRef?: unknown },
  ctx: z.RefinementCtx,
  required: boolean,
): void {
  const both = value.requirements !== undefined && value.requirementsRef !== undefined;
  const none = value.requirements === undefined && value.requirementsRef === undefined;
  if (both)
    ctx.addIssue({
      code: 'custom',
      path: ['requirementsRef'],
      message: 'send requirements or requirementsRef, not both',
    });
  else if (none && required)
    ctx.addIssue({
      code: 'custom',
      path: ['requirements'],
      message: 'is required (or name an upload, stored result or estimation with requirementsRef)',
    });
}

/** `result` and `resultRef` (and the comparison pair) exclude each other. */
export function notBoth(
  value: Record<string, unknown>,
  ctx: z.RefinementCtx,
  inline: string,
  ref: string,
): void {
  if (value[inline] !== undefined && value[ref] !== undefined)
    ctx.addIssue({ code: 'custom', path: [ref], message: `send ${inline} or ${ref}, not both` });
}
