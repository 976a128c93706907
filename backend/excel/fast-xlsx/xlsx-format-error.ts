/**
 * A part of the package the fast reader cannot read (malformed XML, a missing part, a cell that
 * cannot be a value). read-workbook.ts turns it into the one WorkbookReadError a user sees.
 */
export class XlsxFormatError extends Error {
  override readonly name: string = 'XlsxFormatError';
}

/** The workbook's sheets span more cells than are read (see cell-budget.ts). */
export class XlsxTooLargeError extends XlsxFormatError {
  override readonly name: string = 'XlsxTooLargeError';
}
