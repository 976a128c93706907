/**
 * A part of the package the fast reader cannot read (malformed XML, a missing part, a cell that
 * cannot be a value). read-workbook.ts turns it into the one WorkbookReadError a user sees.
 */
export class XlsxFormatError extends Error {
  override readonly name = 'XlsxFormatError';
}
