import { z } from 'zod';
import { UPLOAD_KINDS } from '../../core';
import { buildTemplateWorkbook } from '../excel/build-template';
import { binary, json } from '../http/response';
import type { RouteTable } from '../http/router';
import { publicRoute } from '../http/router';
import type { ExcelDeps } from '../use-cases/excel/deps';
import { createUploadUrl } from '../use-cases/excel/create-upload-url';
import { readUpload } from '../use-cases/excel/read-upload';
import { uploadWorkbook } from '../use-cases/excel/upload-workbook';
import { auditContext, body, query } from './request';
import { noQuery } from './schemas/estimation';
import { uploadRefSchema, uploadSchema } from './schemas/excel';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** POST /excel/upload-url: the file is declared (name, exact size), then PUT straight to S3. */
const uploadUrlSchema = z
  .object({
    fileName: z.string().trim().min(1).max(200),
    sizeBytes: z.number().int().min(1, 'must be the file size in bytes (at least 1)'),
    kind: z.enum(UPLOAD_KINDS).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    const pattern = v.kind === 'requirements' ? /\.json(\.gz)?$/i : /\.(xlsx|xlsm|csv)$/i;
    if (!pattern.test(v.fileName))
      ctx.addIssue({
        code: 'custom',
        path: ['fileName'],
        message:
          v.kind === 'requirements'
            ? 'must end in .json or .json.gz'
            : 'must end in .xlsx, .xlsm or .csv',
      });
  });
let template: Promise<Buffer> | null = null;

export function excelRoutes(deps: ExcelDeps): RouteTable {
  return {
    /** Public: the blank requirements template, built once per container. */
    'GET /excel/template': publicRoute(async (req) => {
      query(req, noQuery);
      template ??= buildTemplateWorkbook().catch((err: unknown) => {
        template = null;
        throw err;
      });
      return binary(200, await template, XLSX, {
        'Content-Disposition': 'attachment; filename="aws-cost-estimation-template.xlsx"',
        'Cache-Control': 'public, max-age=3600',
      });
    }),
    'POST /excel/upload': async (req) =>
      json(201, await uploadWorkbook(deps, auditContext(req), body(req, uploadSchema))),
    'POST /excel/upload-url': async (req) =>
      json(201, await createUploadUrl(deps, auditContext(req), body(req, uploadUrlSchema))),
    'POST /excel/validate': async (req) => {
      const { uploadId } = body(req, uploadRefSchema);
      const { requirements: _none, ...result } = await readUpload(
        deps,
        req.caller,
        uploadId,
        'validate',
      );
      return json(200, result);
    },
    'POST /excel/process': async (req) =>
      json(200, await readUpload(deps, req.caller, body(req, uploadRefSchema).uploadId, 'process')),
  };
}
