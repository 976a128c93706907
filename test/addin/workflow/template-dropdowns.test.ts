/** @jest-environment node */
import ExcelJS from 'exceljs';
import type { GridValue, TemplateSheet } from '../../../core';
import {
  DROPDOWN_VALUES,
  LISTS_SHEET,
  TEMPLATE_DATA_SHEETS,
  columnLetters,
  listsSheetRows,
} from '../../../core';
import { addTemplateDropdowns } from '../../../addin/workflow/template-dropdowns';
import { buildTemplateWorkbook } from '../../../backend/excel/build-template';
import { MemoryWorkbook } from '../helpers/memory-workbook';

/** A sheet Add line creates gets the dropdowns the template's sheet has, from the same lists. */
describe('the dropdowns of a sheet Add line creates', () => {
  let template: ExcelJS.Workbook;
  beforeAll(async () => {
    template = new ExcelJS.Workbook();
    // exceljs types load() for an ArrayBuffer; it reads a Node Buffer as well.
    await template.xlsx.load((await buildTemplateWorkbook()) as unknown as ArrayBuffer);
  });

  it.each(TEMPLATE_DATA_SHEETS.map((l) => [l.name, l] as const))(
    'are the template’s on every column of %s, with a Lists sheet like its own',
    async (_name, layout) => {
      const sheets = [{ name: 'Notes', rows: [['x']] as GridValue[][] }];
      const workbook = new MemoryWorkbook([...sheets, { name: layout.name, rows: [] }]);
      await addTemplateDropdowns(workbook, await workbook.readGrid(), layout as TemplateSheet);

      const ws = template.getWorksheet(layout.name)!;
      layout.columns.forEach((c, i) => {
        const col = columnLetters(i + 1);
        const expected = ws.getCell(`${col}2`).dataValidation;
        const added = workbook.validations.find((v) => v.range.startsWith(`${col}2:`));
        if (!c.list) {
          expect([col, expected, added]).toEqual([col, undefined, undefined]);
          return;
        }
        expect(ws.getCell(`${col}2001`).dataValidation).toEqual(expected);
        expect(added).toEqual({
          sheet: layout.name,
          range: `${col}2:${col}2001`,
          source: `=${expected.formulae[0] as string}`,
          title: expected.errorTitle,
          promptTitle: expected.promptTitle,
          prompt: expected.prompt,
          error: expected.error,
        });
      });
      // The Lists sheet is added hidden, with the template's rows.
      expect(workbook.sheets.find((s) => s.name === LISTS_SHEET)?.hidden).toBe(true);
      expect(workbook.blocks).toEqual([
        { sheet: LISTS_SHEET, topLeft: 'A1', values: listsSheetRows() },
      ]);
      const lists = template.getWorksheet(LISTS_SHEET)!;
      expect(lists.state).toBe('hidden');
      listsSheetRows().forEach((row, r) =>
        row.forEach((v, c) => expect(lists.getCell(r + 1, c + 1).value ?? null).toBe(v)),
      );
    },
  );

  it('use a Lists sheet already there (an inserted template’s) as it stands', async () => {
    const layout = TEMPLATE_DATA_SHEETS.find((l) => l.name === 'Compute')! as TemplateSheet;
    const workbook = new MemoryWorkbook([
      { name: LISTS_SHEET, rows: listsSheetRows(), hidden: true },
      { name: 'Compute', rows: [] },
    ]);
    await addTemplateDropdowns(workbook, await workbook.readGrid(), layout);
    expect(workbook.replaced).toEqual([]);
    expect(workbook.blocks).toEqual([]);
    expect(workbook.validations.find((v) => v.range === 'F2:F2001')?.source).toBe(
      `=Lists!$B$2:$B$${DROPDOWN_VALUES.os.length + 1}`,
    );
  });

  it('write a list an older Lists sheet lacks or holds differently to its next free column', async () => {
    const layout = TEMPLATE_DATA_SHEETS.find((l) => l.name === 'Compute')! as TemplateSheet;
    // An older template: its os list is shorter, and the architecture list is not there at all.
    const older = listsSheetRows().map((row) => row.slice(0, 4));
    older[DROPDOWN_VALUES.os.length] = [
      ...older[DROPDOWN_VALUES.os.length]!.slice(0, 1),
      null,
      ...older[DROPDOWN_VALUES.os.length]!.slice(2),
    ];
    const workbook = new MemoryWorkbook([
      { name: LISTS_SHEET, rows: older, hidden: true },
      { name: 'Compute', rows: [] },
    ]);
    await addTemplateDropdowns(workbook, await workbook.readGrid(), layout);
    expect(workbook.replaced).toEqual([]);
    // regions (A), pricingModels (C) and tenancy (D) are used where they stand; os goes to E,
    // architecture to F; nothing in A:D is written.
    expect(workbook.blocks.map((b) => [b.topLeft, b.values[0]?.[0], b.values.length])).toEqual([
      ['E1', 'os', DROPDOWN_VALUES.os.length + 1],
      ['F1', 'architecture', DROPDOWN_VALUES.architecture.length + 1],
    ]);
    const source = (range: string) => workbook.validations.find((v) => v.range === range)?.source;
    expect(source('F2:F2001')).toBe(`=Lists!$E$2:$E$${DROPDOWN_VALUES.os.length + 1}`);
    expect(source('H2:H2001')).toBe(`=Lists!$A$2:$A$${DROPDOWN_VALUES.regions.length + 1}`);
    expect(source('L2:L2001')).toBe(`=Lists!$F$2:$F$${DROPDOWN_VALUES.architecture.length + 1}`);
  });
});
