import { z } from 'zod';

const id = z.string().trim().min(1).max(100);
const locale = z
  .string()
  .regex(
    /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-\d{3})?$/,
    'must be a BCP 47 locale such as en-US or fil-PH',
  )
  .optional();

/** The AWS Pricing Calculator bulk-import workbooks: one per service, as the calculator takes them. */
const BULK_IMPORT = ['bulk-import-ec2-xlsx', 'bulk-import-ebs-xlsx'] as const;

/** Proposals and every export format may be generated. */
export const generateDocumentSchema = z
  .object({
    estimationId: id,
    format: z.enum(['pdf', 'docx', 'xlsx', 'csv', 'json', ...BULK_IMPORT]),
    locale,
  })
  .strict();

/** Data exports only (the proposals go through /documents/generate). */
export const exportDocumentSchema = z
  .object({ estimationId: id, format: z.enum(['xlsx', 'csv', 'json', ...BULK_IMPORT]), locale })
  .strict();
