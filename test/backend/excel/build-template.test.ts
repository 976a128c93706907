import ExcelJS from 'exceljs';
import { buildTemplateWorkbook } from '../../../backend/excel/build-template';
import { COMPUTE_SHEET, DROPDOWN_VALUES, TEMPLATE_DATA_SHEETS } from '../../../core';

describe('requirements template workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplateWorkbook()) as unknown as ArrayBuffer);
  });

  it('has the data sheets, Settings, Instructions and a hidden Lists sheet', () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Instructions', 'visible'],
      ['Settings', 'visible'],
      ...TEMPLATE_DATA_SHEETS.map((s) => [s.name, 'visible']),
      ['Lists', 'hidden'],
    ]);
  });

  it('writes header rows with units, frozen, with the layout widths', () => {
    const ws = wb.getWorksheet('Compute')!;
    expect(ws.getCell('E1').value).toBe('Memory (GiB)');
    expect(ws.getCell('D1').value).toBe('vCPU (count)');
    expect(ws.getCell('E1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    COMPUTE_SHEET.columns.forEach((c, i) => expect(ws.getColumn(i + 1).width).toBe(c.width));
  });

  it('puts dropdowns on the OS, region and pricing model columns and on Settings', () => {
    const dv = (sheet: string, cell: string) =>
      (
        wb.getWorksheet(sheet) as unknown as {
          dataValidations: { find(a: string): ExcelJS.DataValidation | undefined };
        }
      ).dataValidations.find(cell);
    expect(dv('Compute', 'F2')).toMatchObject({
      type: 'list',
      formulae: [`Lists!$B$2:$B$${DROPDOWN_VALUES.os.length + 1}`],
    });
    expect(dv('Compute', 'F2001')?.type).toBe('list');
    expect(dv('Compute', 'H50')?.formulae).toEqual([
      `Lists!$A$2:$A$${DROPDOWN_VALUES.regions.length + 1}`,
    ]);
    expect(dv('Storage', 'D9')?.type).toBe('list');
    expect(dv('Database', 'C3')?.type).toBe('list');
    expect(dv('Settings', 'B4')?.type).toBe('list');
    // The sheets of #18: each list column of their layout has its dropdown.
    const listOf = (sheet: string, cell: string) => dv(sheet, cell)?.formulae?.[0];
    const ref = (list: keyof typeof DROPDOWN_VALUES) => {
      const i = Object.keys(DROPDOWN_VALUES).indexOf(list);
      const col = String.fromCharCode(65 + i);
      return `Lists!$${col}$2:$${col}$${DROPDOWN_VALUES[list].length + 1}`;
    };
    expect(listOf('DynamoDB', 'C2')).toBe(ref('capacityModes'));
    expect(listOf('Lambda', 'F9')).toBe(ref('architecture'));
    expect(listOf('Lambda', 'H2')).toBe(ref('yesNo'));
    expect(listOf('Fargate', 'F2')).toBe(ref('fargateOs'));
    expect(listOf('EKS', 'C2')).toBe(ref('eksSupport'));
    expect(listOf('CloudFront', 'C2')).toBe(ref('edgeLocations'));
    expect(listOf('Data Transfer', 'E2')).toBe(ref('regions'));
    expect(wb.getWorksheet('Lambda')!.getCell('C1').note).toBe(
      'Required. Invocations; a number, or a count such as 10m or 400k.',
    );
    const lists = wb.getWorksheet('Lists')!;
    expect(lists.getCell('B2').value).toBe(DROPDOWN_VALUES.os[0]);
  });
});
