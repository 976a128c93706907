import { parseRange } from '../../core';
import type { ListValidation } from './workbook-port';

/**
 * The checks every WorkbookPort makes before adding dropdowns (the Office adapter and the tests'
 * in-memory workbook alike): each range an `A1:B2` address, each source a formula. Throws naming
 * the sheet and range; `sheets` (when given) are the workbook's sheet names, compared as Excel
 * does, without case.
 */
export function checkListValidations(
  validations: readonly ListValidation[],
  sheets?: readonly string[],
): void {
  const known = sheets && new Set(sheets.map((s) => s.toLowerCase()));
  for (const v of validations) {
    const where = `the dropdown at ${v.sheet}!${v.range}`;
    if (known && !known.has(v.sheet.toLowerCase()))
      throw new Error(`Cannot add ${where}: the workbook has no sheet "${v.sheet}".`);
    try {
      parseRange(v.range);
    } catch {
      throw new Error(`Cannot add ${where}: "${v.range}" is not a range such as F2:F2001.`);
    }
    if (!v.source.startsWith('='))
      throw new Error(
        `Cannot add ${where}: its list "${v.source}" is not a formula such as =Lists!$A$2:$A$31.`,
      );
  }
}

/** The sheets the validations name, once each. */
export function sheetsOf(validations: readonly ListValidation[]): string[] {
  return [...new Set(validations.map((v) => v.sheet))];
}
