import ExcelJS from 'exceljs';
import { generateDocument } from '../../../backend/documents';
import type { Estimate } from '../../../core';
import { buildEstimation, buildSettings } from './estimation-fixture';
import { add } from './exact-decimal';

const at = new Date('2026-11-26T09:00:00Z');

async function workbook(body: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(body) as unknown as ArrayBuffer);
  return wb;
}

/** A cell's number: its value, or a formula's cached result (what a reader without recalculation sees). */
const numberOf = (cell: ExcelJS.Cell): unknown => (cell.formula ? cell.result : cell.value);

/** Every numeric cell of a sheet, as text, so totals can be looked up by value. */
function numbers(ws: ExcelJS.Worksheet): Set<string> {
  const out = new Set<string>();
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const v = numberOf(cell);
      if (typeof v === 'number') out.add(String(v));
    }),
  );
  return out;
}

/** Formulas of the cells whose label (column F) is `label`, by the amount column J. */
function formulaBesideLabel(ws: ExcelJS.Worksheet, label: string): string | undefined {
  let found: string | undefined;
  ws.eachRow((row) => {
    if (row.getCell('F').value === label) found = row.getCell('J').formula;
  });
  return found;
}

describe('Excel export', () => {
  it('writes the estimate, comparison and assumptions sheets through the shared sheet writers', async () => {
    const estimation = buildEstimation(20);
    const doc = await generateDocument('xlsx', estimation, buildSettings(), { generatedAt: at });
    expect(doc.fileName.endsWith('.xlsx')).toBe(true);
    const wb = await workbook(doc.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'AWS Estimate',
      'AWS Comparison',
      'Assumptions',
    ]);
    const estimate = estimation.result as Estimate;
    const values = numbers(wb.getWorksheet('AWS Estimate') as ExcelJS.Worksheet);
    // The writers store amounts as numbers; the totals must be there at full precision.
    for (const t of [
      estimate.totals.monthly,
      estimate.totals.first12Months,
      estimate.totals.totalOverTerm,
    ]) {
      expect(values).toContain(String(Number(t)));
    }
    // Live totals: a customer can change a quantity and Excel recalculates them.
    const sheet = wb.getWorksheet('AWS Estimate') as ExcelJS.Worksheet;
    expect(formulaBesideLabel(sheet, 'Total monthly')).toMatch(/^J\d+(\+J\d+)+$/);
    expect(formulaBesideLabel(sheet, 'Total first 12 months')).toMatch(/^J\d+\+12\*J\d+$/);
    const compute = estimate.lines.filter((l) => l.category === 'Compute');
    expect(values).toContain(String(Number(add(...compute.map((l) => l.monthly)))));
  });

  it('keeps user text that looks like a formula as text', async () => {
    const estimation = buildEstimation(8);
    const estimate = estimation.result as Estimate;
    const evil = {
      ...estimate,
      lines: estimate.lines.map((l, i) =>
        i === 0 ? { ...l, description: '=HYPERLINK("http://x","y")' } : l,
      ),
    };
    const doc = await generateDocument(
      'xlsx',
      { ...estimation, result: evil, comparison: null },
      null,
      { generatedAt: at },
    );
    const ws = (await workbook(doc.body)).getWorksheet('AWS Estimate') as ExcelJS.Worksheet;
    const found: ExcelJS.CellValue[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => String(cell.value).includes('HYPERLINK') && found.push(cell.value)),
    );
    expect(found).toEqual(['=HYPERLINK("http://x","y")']);
  });
});
