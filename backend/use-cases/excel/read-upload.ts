import type { IssueGroup, ProcessResponse, Requirements } from '../../../core';
import { MAX_LISTED_ISSUES, readRequirements } from '../../../core';
import { readWorkbook } from '../../excel/read-workbook';
import type { Caller } from '../../http/caller';
import { NotFoundError, PayloadTooLargeError } from '../../http/errors';
import { recordExcelProcessing } from '../../observability/metrics';
import { getSettings } from '../settings/get-settings';
import { inlineOrStored } from '../shared/large-result';
import type { ExcelDeps } from './deps';
import { MAX_UPLOAD_FILE_BYTES, uploadKey } from './deps';

/**
 * POST /excel/validate and /excel/process: read the caller's upload with backend/excel and core's
 * sheet readers. Errors and warnings are cell-addressed (`Compute!E12`); requirements are
 * returned only when there is no error (a workbook is imported whole or not at all).
 */
export async function readUpload(
  deps: Pick<ExcelDeps, 'blobs' | 'settings' | 'clock' | 'ids'>,
  caller: Caller,
  uploadId: string,
  step: 'validate' | 'process',
): Promise<ProcessResponse> {
  const object = await deps.blobs.get('uploads', uploadKey(uploadId));
  const expiresAt = object?.metadata.expiresat;
  if (!object || object.metadata.owner !== caller.userId) {
    throw new NotFoundError(`Upload ${uploadId} was not found; upload the workbook again.`);
  }
  if (expiresAt && expiresAt < deps.clock.now().toISOString()) {
    throw new NotFoundError(
      `Upload ${uploadId} expired at ${expiresAt} (uploads are kept 24 hours); upload it again.`,
    );
  }
  // Files PUT through a presigned URL never passed the upload route's size check: check here.
  if (object.body.length > MAX_UPLOAD_FILE_BYTES) {
    throw new PayloadTooLargeError(
      `Upload ${uploadId} is ${(object.body.length / 1_048_576).toFixed(1)} MB; the limit is 10 MB. Remove unused sheets or split it, then upload it again.`,
      { details: { sizeBytes: object.body.length, maxBytes: MAX_UPLOAD_FILE_BYTES } },
    );
  }
  const fileName = decodeURIComponent(object.metadata.filename ?? 'upload.xlsx');
  try {
    const grid = await readWorkbook(object.body, { fileName });
    const system = await getSettings(deps);
    const result = readRequirements(grid, { defaultRegion: system.defaultRegion });
    const strip = ({
      cell,
      sheet,
      rule,
      message,
    }: {
      cell: string;
      sheet: string;
      rule: string;
      message: string;
    }) => ({
      cell,
      sheet,
      rule,
      message,
    });
    recordExcelProcessing(result.errors.length === 0, step);
    const answer: ProcessResponse = {
      format: result.formatLabel ?? 'unknown',
      valid: result.errors.length === 0,
      errors: result.errors.slice(0, MAX_LISTED_ISSUES).map(strip),
      warnings: result.warnings.slice(0, MAX_LISTED_ISSUES).map(strip),
      rows: result.rows,
      errorCount: result.errors.length,
      warningCount: result.warnings.length,
      issueGroups: issueGroups([...result.errors, ...result.warnings]),
      requirements: null,
    };
    if (step !== 'process' || !result.requirements) return answer;
    return withRequirements(deps, caller, answer, result.requirements);
  } catch (err) {
    recordExcelProcessing(false, step);
    throw err;
  }
}

/**
 * The requirements inline while small; a large estate's are stored (24 h) and named by
 * `stored.resultId`, which calculations and saves take as `requirementsRef`.
 */
async function withRequirements(
  deps: Pick<ExcelDeps, 'blobs' | 'clock' | 'ids'>,
  caller: Caller,
  answer: ProcessResponse,
  requirements: Requirements,
): Promise<ProcessResponse> {
  const body = await inlineOrStored(deps, caller, 'requirements', requirements, {
    summary: (r) => ({ items: r.items.length }),
    figures: (r) => ({ items: r.items.length }),
  });
  if ('inlineJson' in body) return { ...answer, requirements };
  return { ...answer, stored: body.stored };
}

/** Issues counted by severity and rule, in order of first appearance, two examples each. */
function issueGroups(
  issues: readonly { severity: 'error' | 'warning'; rule: string; message: string }[],
): IssueGroup[] {
  const groups = new Map<
    string,
    { severity: 'error' | 'warning'; rule: string; count: number; examples: string[] }
  >();
  for (const i of issues) {
    const key = `${i.severity}|${i.rule}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { severity: i.severity, rule: i.rule, count: 0, examples: [] }));
    g.count++;
    if (g.examples.length < 2) g.examples.push(i.message);
  }
  return [...groups.values()];
}
