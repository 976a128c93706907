import { z } from 'zod';
import { DOCUMENT_FORMATS, EXPORT_FORMATS } from '../../../core';

const id = z.string().trim().min(1).max(100);
const locale = z
  .string()
  .regex(
    /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-\d{3})?$/,
    'must be a BCP 47 locale such as en-US or fil-PH',
  )
  .optional();

/** Proposals and every export format may be generated. */
export const generateDocumentSchema = z
  .object({
    estimationId: id,
    format: z.enum(DOCUMENT_FORMATS),
    locale,
  })
  .strict();

/** Data exports only (the proposals go through /documents/generate). */
export const exportDocumentSchema = z
  .object({ estimationId: id, format: z.enum(EXPORT_FORMATS), locale })
  .strict();
