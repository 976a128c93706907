/** @module backend/excel — uploaded workbooks in (guarded), our template and result workbooks out. */
export { readWorkbook, MAX_UPLOAD_BYTES } from './read-workbook';
export type { ReadWorkbookOptions } from './read-workbook';
export { WorkbookReadError } from './workbook-read-error';
export type { WorkbookReadErrorCode } from './workbook-read-error';
export { buildTemplateWorkbook } from './build-template';
export { renderSheetsToWorkbook } from './render-sheets';
