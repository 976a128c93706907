import type { Estimate, Estimation, SheetSpec } from '../../core';
import { assumptionsSheetSpec, comparisonSheetSpec, estimateSheetSpec } from '../../core';
import { renderSheetsToWorkbook } from '../excel/render-sheets';

/**
 * The Excel export: the same result-sheet writers the add-in uses (core/sheets/write — "AWS
 * Estimate", "AWS Comparison", "Assumptions"), rendered with exceljs by backend/excel, so the
 * downloaded workbook and the add-in's sheets cannot differ. User text is written as Text (`@`)
 * by those writers, so it never becomes a formula. Costs, subtotals and totals are live formulas
 * (quantity × unit price, sums, upfront + 12 × monthly) with the engine's exact amounts cached as
 * their results, so a customer can change a quantity (core/sheets/README.md, "Formula cells").
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
