import type { Estimate, Estimation, SheetSpec } from '../../core';
import { assumptionsSheetSpec, comparisonSheetSpec, estimateSheetSpec } from '../../core';
import { renderSheetsToWorkbook } from '../excel/render-sheets';

/**
 * The Excel export: the same result-sheet writers the add-in uses (core/sheets/write — "AWS
 * Estimate", "AWS Comparison", "Assumptions"), rendered with exceljs by backend/excel, so the
 * downloaded workbook and the add-in's sheets cannot differ. User text is written as Text (`@`)
 * by those writers, so it never becomes a formula. Amounts are exact values, not formulas: the
 * writer specs have no formula value yet (see backend/documents/README.md).
 */
export function xlsxSheetSpecs(estimation: Estimation, estimate: Estimate): SheetSpec[] {
  const specs = [estimateSheetSpec(estimate)];
  if (estimation.comparison && estimation.comparison.scenarios.length > 1)
    specs.push(comparisonSheetSpec(estimation.comparison));
  specs.push(assumptionsSheetSpec(estimate, estimation.requirements.settings));
  return specs;
}

export async function renderXlsxExport(
  estimation: Estimation,
  estimate: Estimate,
): Promise<Uint8Array> {
  return new Uint8Array(await renderSheetsToWorkbook(xlsxSheetSpecs(estimation, estimate)));
}
