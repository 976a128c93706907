import { z } from 'zod';

export const uploadSchema = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/\.(xlsx|xlsm|csv)$/i, 'must end in .xlsx, .xlsm or .csv'),
    contentBase64: z
      .string()
      .min(1, 'must hold the file, base64-encoded')
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'must be base64 (A–Z, a–z, 0–9, +, /, = padding)'),
  })
  .strict();

export const uploadRefSchema = z
  .object({ uploadId: z.string().uuid('must be an uploadId returned by /excel/upload') })
  .strict();
