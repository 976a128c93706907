import type { GridSheet } from '../../../core';
import { CellBudget } from './cell-budget';
import { parseSharedStrings } from './shared-strings';
import type { SharedStrings } from './shared-strings';
import { parseDateStyles } from './styles';
import { parseRelationships, parseWorkbook, resolveTarget } from './workbook-parts';
import { parseWorksheet } from './worksheet';
import { XlsxFormatError } from './xlsx-format-error';

/**
 * The fast xlsx -> GridSheet[] reader over a package's already-inflated parts (zip-guard.ts
 * inflates and size-checks them). Sheets come in tab order; chart sheets and sheets whose part is
 * missing are left out, as exceljs leaves them out. Anything unreadable is an XlsxFormatError.
 */
export function readXlsxSheets(parts: ReadonlyMap<string, Buffer>): GridSheet[] {
  const text = (name: string): string | undefined => parts.get(name)?.toString('utf8');
  const workbookXml = text('xl/workbook.xml');
  if (workbookXml === undefined) throw new XlsxFormatError('the package has no xl/workbook.xml');
  const workbook = parseWorkbook(workbookXml, 'xl/workbook.xml');
  const relsXml = text('xl/_rels/workbook.xml.rels');
  if (relsXml === undefined)
    throw new XlsxFormatError('the package has no xl/_rels/workbook.xml.rels');
  const rels = parseRelationships(relsXml, 'xl/_rels/workbook.xml.rels');
  const partOfType = (suffix: string, fallback: string): string => {
    for (const rel of rels.values())
      if (rel.type.endsWith(suffix)) return resolveTarget(rel.target);
    return fallback;
  };
  const sharedPart = partOfType('/sharedStrings', 'xl/sharedStrings.xml');
  const sharedXml = text(sharedPart);
  const shared: SharedStrings | null =
    sharedXml === undefined ? null : parseSharedStrings(sharedXml, sharedPart);
  const stylesPart = partOfType('/styles', 'xl/styles.xml');
  const stylesXml = text(stylesPart);
  const dateStyles = stylesXml === undefined ? [] : parseDateStyles(stylesXml, stylesPart);

  const budget = new CellBudget();
  const sheets: GridSheet[] = [];
  for (const entry of workbook.sheets) {
    const rel = rels.get(entry.relId);
    if (rel === undefined || rel.type.endsWith('/chartsheet')) continue;
    const path = resolveTarget(rel.target);
    const xml = text(path);
    if (xml === undefined) continue;
    const { rows, merges } = parseWorksheet(xml, path, {
      sheetName: entry.name,
      shared,
      dateStyles,
      date1904: workbook.date1904,
      budget,
    });
    sheets.push({
      name: entry.name,
      rows,
      ...(entry.state !== 'visible' ? { hidden: true } : {}),
      ...(merges.length ? { merges } : {}),
    });
  }
  return sheets;
}
