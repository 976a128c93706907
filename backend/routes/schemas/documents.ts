import { z } from 'zod';

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
    format: z.enum(['pdf', 'docx', 'xlsx', 'csv', 'json', 'bulk-import-xlsx']),
    locale,
  })
  .strict();

/** Data exports only (the proposals go through /documents/generate). */
export const exportDocumentSchema = z
  .object({ estimationId: id, format: z.enum(['xlsx', 'csv', 'json', 'bulk-import-xlsx']), locale })
  .strict();
