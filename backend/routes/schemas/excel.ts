import { z } from 'zod';
import { base64String } from './base64';
import { plainText } from './text';

export const uploadSchema = z
  .object({
    fileName: plainText(200, 1).refine(
      (v) => /\.(xlsx|xlsm|csv)$/i.test(v),
      'must end in .xlsx, .xlsm or .csv',
    ),
    contentBase64: base64String('must hold the file, base64-encoded'),
  })
  .strict();

export const uploadRefSchema = z
  .object({ uploadId: z.string().uuid('must be an uploadId returned by /excel/upload') })
  .strict();
