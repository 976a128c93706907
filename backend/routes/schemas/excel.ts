import { z } from 'zod';
import { base64String } from './base64';

export const uploadSchema = z
  .object({
    fileName: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .regex(/\.(xlsx|xlsm|csv)$/i, 'must end in .xlsx, .xlsm or .csv'),
    contentBase64: base64String('must hold the file, base64-encoded'),
  })
  .strict();

export const uploadRefSchema = z
  .object({ uploadId: z.string().uuid('must be an uploadId returned by /excel/upload') })
  .strict();
