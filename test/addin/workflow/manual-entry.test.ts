/** @jest-environment node */
import type { GridValue, TemplateSheet } from '../../../core';
import { COMPUTE_SHEET, DATA_TRANSFER_SHEET, LAMBDA_SHEET } from '../../../core';
import type { ApiClient } from '../../../addin/api/api-client';
import { createAppStore } from '../../../addin/state/app-store';
import { addTemplateLine } from '../../../addin/workflow/manual-entry';
import { MemoryWorkbook } from '../helpers/memory-workbook';

const headers = (layout: TemplateSheet = COMPUTE_SHEET): GridValue[] =>
  layout.columns.map((c) => c.aliases[0] ?? c.field);
const column = (field: string, layout: TemplateSheet = COMPUTE_SHEET) =>
  layout.columns.findIndex((c) => c.field === field);

function template(dataRows: GridValue[][] = []) {
  return new MemoryWorkbook([{ name: 'Compute', rows: [headers(), ...dataRows] }]);
}

const deps = (workbook: MemoryWorkbook) => ({
  workbook,
  api: {} as ApiClient,
  store: createAppStore(),
});

describe('Add line: a row appended to its template sheet', () => {
  it('appends a valid Compute line below the last row, in the template columns', async () => {
    const existing: GridValue[] = headers().map(() => null);
    existing[column('description')] = 'db';
    existing[column('instanceType')] = 'r7g.large';
    existing[column('os')] = 'Linux';
    existing[column('quantity')] = 1;
    const workbook = template([existing]);
    const result = await addTemplateLine(deps(workbook), COMPUTE_SHEET, {
      description: 'web',
      instanceType: 'm7g.large',
      os: 'Linux',
      quantity: '2',
      pricingModel: 'On-Demand',
    });
    expect(result).toEqual({ added: true, cell: 'Compute!A3', createdSheet: false });
    const written = workbook.blocks[0];
    expect(written?.topLeft).toBe('A3');
    expect(written?.values[0]?.[column('instanceType')]).toBe('m7g.large');
    expect(written?.values[0]?.[column('quantity')]).toBe(2);
    expect(workbook.replaced).toEqual([]);
  });

  it('shows the messages Validate would give, at the row it would occupy and on their field, and writes nothing', async () => {
    const workbook = template();
    const result = await addTemplateLine(deps(workbook), COMPUTE_SHEET, {
      description: 'web',
      instanceType: 'm7g.large',
      os: 'Linux',
      quantity: 'two',
    });
    expect(result.added).toBe(false);
    if (result.added) return;
    expect(result.issues.map((i) => i.cell)).toEqual(['Compute!G2']);
    expect(result.fieldErrors).toEqual({
      quantity: 'quantity must be a whole number at least 1, got "two"',
    });
    expect(result.otherMessages).toEqual([]);
    expect(workbook.blocks).toEqual([]);
  });

  it('adds the Lambda sheet with the template header when the workbook has none, then the line', async () => {
    const workbook = new MemoryWorkbook([{ name: 'Inputs', rows: [['x']] }]);
    const result = await addTemplateLine(deps(workbook), LAMBDA_SHEET, {
      description: 'resizer',
      requestsPerMonth: '10m',
      durationMs: '200',
      memoryMb: '512',
      architecture: 'arm64',
    });
    expect(result).toEqual({ added: true, cell: 'Lambda!A2', createdSheet: true });
    // The sheet, the template's hidden Lists sheet behind its dropdowns, then the line.
    expect(workbook.replaced).toEqual(['Lambda', 'Lists']);
    expect(workbook.blocks.map((b) => [b.sheet, b.topLeft])).toEqual([
      ['Lambda', 'A1'],
      ['Lists', 'A1'],
      ['Lambda', 'A2'],
    ]);
    expect(workbook.blocks[0]!.values[0]).toEqual(headers(LAMBDA_SHEET));
    expect(workbook.blocks[0]!.boldRows).toEqual([0]);
    // Architecture (F), Free tier (H) and Region (J), from the Lists columns of architecture (E:
    // x86_64, arm64), yesNo (K: Yes, No) and regions (A: 32 region codes).
    expect(workbook.validations.map((v) => [v.sheet, v.range, v.source])).toEqual([
      ['Lambda', 'F2:F2001', '=Lists!$E$2:$E$3'],
      ['Lambda', 'H2:H2001', '=Lists!$K$2:$K$3'],
      ['Lambda', 'J2:J2001', '=Lists!$A$2:$A$33'],
    ]);
    expect(workbook.blocks[2]!.values[0]!.slice(0, 6)).toEqual([
      'resizer',
      null,
      '10m',
      200,
      512,
      'arm64',
    ]);
  });

  it("takes back the sheets it added when a later step fails, and gives that step's error", async () => {
    class RefusingWorkbook extends MemoryWorkbook {
      override async addListValidations(): Promise<void> {
        throw new Error('Excel refused the data validation.');
      }
    }
    const workbook = new RefusingWorkbook([{ name: 'Inputs', rows: [['x']] }]);
    const line = { requestsPerMonth: '10m', durationMs: '200', memoryMb: '512' };
    await expect(addTemplateLine(deps(workbook), LAMBDA_SHEET, line)).rejects.toThrow(
      'Excel refused the data validation.',
    );
    // Lambda and the hidden Lists sheet were added, then deleted: the workbook is as it was.
    expect(workbook.replaced).toEqual(['Lambda', 'Lists']);
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Inputs']);
  });

  it('names the sheets it could not take back', async () => {
    class StuckWorkbook extends MemoryWorkbook {
      override async addListValidations(): Promise<void> {
        throw new Error('Excel refused the data validation.');
      }
      override async deleteSheet(name: string): Promise<void> {
        if (name === 'Lists') throw new Error('sheet is protected');
        await super.deleteSheet(name);
      }
    }
    const workbook = new StuckWorkbook([]);
    const line = { requestsPerMonth: '10m', durationMs: '200', memoryMb: '512' };
    await expect(addTemplateLine(deps(workbook), LAMBDA_SHEET, line)).rejects.toThrow(
      'Excel refused the data validation. The sheets Add line had added could not all be removed: delete "Lists" by hand.',
    );
    expect(workbook.sheets.map((s) => s.name)).toEqual(['Lists']);
  });

  it('creates no sheet when the new line has errors, and puts each on its field', async () => {
    const workbook = new MemoryWorkbook([]);
    const result = await addTemplateLine(deps(workbook), LAMBDA_SHEET, {
      requestsPerMonth: 'lots',
      durationMs: '100',
      memoryMb: '64',
    });
    expect(result.added).toBe(false);
    if (result.added) return;
    expect(result.fieldErrors).toEqual({
      requestsPerMonth:
        'requests per month must be a count of at least 0 (a number, or e.g. 10m or 400k), got "lots"',
      memoryMb: 'memory must be a number of MB at least 128 and at most 10240, got 64',
    });
    expect(workbook.replaced).toEqual([]);
    expect(workbook.blocks).toEqual([]);
  });

  it('names a sheet with a space as Excel does and checks cross-field rules at the field', async () => {
    const sheet = { name: 'Data Transfer', rows: [headers(DATA_TRANSFER_SHEET)] };
    const workbook = new MemoryWorkbook([sheet]);
    const missing = await addTemplateLine(deps(workbook), DATA_TRANSFER_SHEET, {
      interRegionOutGb: '200',
    });
    expect(missing.added).toBe(false);
    if (missing.added) return;
    expect(missing.issues.map((i) => i.cell)).toEqual(["'Data Transfer'!E2"]);
    expect(Object.keys(missing.fieldErrors)).toEqual(['destinationRegion']);
    const added = await addTemplateLine(deps(workbook), DATA_TRANSFER_SHEET, {
      interRegionOutGb: '200',
      destinationRegion: 'us-west-2',
    });
    expect(added).toEqual({ added: true, cell: "'Data Transfer'!A2", createdSheet: false });
  });

  it('refuses a sheet of that name without the template header', async () => {
    const workbook = new MemoryWorkbook([{ name: 'Compute', rows: [['my own notes']] }]);
    await expect(
      addTemplateLine(deps(workbook), COMPUTE_SHEET, { instanceType: 'm7g.large' }),
    ).rejects.toThrow('The "Compute" sheet has no header row from our template');
  });
});
