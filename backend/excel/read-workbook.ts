import { gridFromCsv } from '../../core';
import type { Grid } from '../../core';
import { inspectZip } from './zip-guard';
import { readXlsxSheets } from './fast-xlsx/read-xlsx';
import { XlsxFormatError, XlsxTooLargeError } from './fast-xlsx/xlsx-format-error';
import { WorkbookReadError } from './workbook-read-error';

export interface ReadWorkbookOptions {
  /** Used to recognise CSV uploads and to name a CSV's one sheet. */
  readonly fileName?: string;
  /** Default 10 MB (the upload limit). */
  readonly maxBytes?: number;
  /** Default 100 MB unzipped. */
  readonly maxUncompressedBytes?: number;
  readonly maxZipEntries?: number;
}

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * An uploaded .xlsx / .xlsm (or .csv) -> Grid. Checks size, file signature and the zip's real
 * unzipped size, then parses the inflated parts with the fast reader (fast-xlsx/, the same Grid
 * exceljs gave, at 4-6x less CPU); macros are never run (only cell values are read).
 * Any failure is one WorkbookReadError with a message a user can act on; nothing is half-read.
 */
export async function readWorkbook(
  data: Uint8Array,
  options: ReadWorkbookOptions = {},
): Promise<Grid> {
  try {
    return await readChecked(data, options);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    // Anything else (a malformed header read past the end, a reader bug) is still one clear error.
    throw new WorkbookReadError(
      'corrupt',
      'the workbook could not be read: the file is damaged. Open it in Excel and save it again as .xlsx',
      e,
    );
  }
}

async function readChecked(data: Uint8Array, options: ReadWorkbookOptions): Promise<Grid> {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  if (buf.length > maxBytes) {
    throw new WorkbookReadError(
      'too-large',
      `the file is ${(buf.length / 1048576).toFixed(1)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB. Remove unused sheets or split it`,
    );
  }
  if (buf.length === 0) throw new WorkbookReadError('not-a-workbook', 'the file is empty');
  if (buf.subarray(0, 8).equals(CFB)) throw classifyCfb(buf);
  if (!buf.subarray(0, 4).equals(ZIP)) {
    if (isCsvUpload(buf, options.fileName))
      return gridFromCsv(buf.toString('utf8'), csvSheetName(options.fileName));
    throw new WorkbookReadError(
      'not-a-workbook',
      'the file is not an Excel workbook (.xlsx or .xlsm) or a CSV file',
    );
  }
  const zip = inspectZip(buf, {
    maxUncompressedBytes: options.maxUncompressedBytes ?? 100 * 1024 * 1024,
    maxEntries: options.maxZipEntries ?? 2000,
  });
  if (!zip.entries.includes('xl/workbook.xml')) {
    throw new WorkbookReadError(
      'not-a-workbook',
      'the file is a zip archive but not an Excel workbook (no xl/workbook.xml); save it from Excel as .xlsx',
    );
  }
  const notes: string[] = [];
  if (zip.entries.some((e) => e.toLowerCase().endsWith('vbaproject.bin')))
    notes.push('the workbook contains macros; only cell values were read and no macro was run');
  try {
    return { sheets: readXlsxSheets(zip.parts), ...(notes.length ? { notes } : {}) };
  } catch (e) {
    if (e instanceof XlsxTooLargeError)
      throw new WorkbookReadError('too-large', `the workbook is too large to read: ${e.message}`);
    const why = e instanceof XlsxFormatError ? `${e.message}. ` : 'a part of it is damaged. ';
    throw new WorkbookReadError(
      'corrupt',
      `the workbook could not be read: ${why}Open it in Excel and save it again as .xlsx`,
      e,
    );
  }
}

/** An OLE compound file is either an encrypted OOXML package or a legacy .xls. */
function classifyCfb(buf: Buffer): WorkbookReadError {
  const utf16 = (s: string) => Buffer.from(s, 'utf16le');
  if (buf.includes(utf16('EncryptionInfo')) || buf.includes(utf16('EncryptedPackage'))) {
    return new WorkbookReadError(
      'password-protected',
      'the workbook is password-protected; remove the password in Excel (File > Info > Protect Workbook > Encrypt with Password) and upload it again',
    );
  }
  return new WorkbookReadError(
    'legacy-xls',
    'the file is an Excel 97-2003 workbook (.xls); save it as .xlsx and upload it again',
  );
}

function isCsvUpload(buf: Buffer, fileName: string | undefined): boolean {
  if (fileName !== undefined && !/\.(csv|txt)$/i.test(fileName)) return false;
  const head = buf.subarray(0, 4096);
  // Text files have no NUL bytes; without a name, also require a delimiter on the first line.
  if (head.includes(0)) return false;
  return fileName !== undefined || /^[^\r\n]*[,;][^\r\n]*(\r?\n|$)/.test(head.toString('utf8'));
}

function csvSheetName(fileName: string | undefined): string {
  const base = (fileName ?? 'CSV').replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return base.slice(0, 31) || 'CSV';
}
