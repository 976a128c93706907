/** @jest-environment node */
import type { GridValue } from '../../../core';
import { COMPUTE_SHEET } from '../../../core';
import type { ApiClient } from '../../../addin/api/api-client';
import { createAppStore } from '../../../addin/state/app-store';
import { addComputeLine } from '../../../addin/workflow/manual-entry';
import { MemoryWorkbook } from '../helpers/memory-workbook';

const headers = (): GridValue[] => COMPUTE_SHEET.columns.map((c) => c.aliases[0] ?? c.field);
const column = (field: string) => COMPUTE_SHEET.columns.findIndex((c) => c.field === field);

function template(dataRows: GridValue[][] = []) {
  return new MemoryWorkbook([{ name: 'Compute', rows: [headers(), ...dataRows] }]);
}

const deps = (workbook: MemoryWorkbook) => ({
  workbook,
  api: {} as ApiClient,
  store: createAppStore(),
});

describe('manual entry of a Compute line', () => {
  it('appends a valid line below the last row, in the template columns', async () => {
    const existing: GridValue[] = headers().map(() => null);
    existing[column('description')] = 'db';
    existing[column('instanceType')] = 'r7g.large';
    existing[column('os')] = 'Linux';
    existing[column('quantity')] = 1;
    const workbook = template([existing]);
    const result = await addComputeLine(deps(workbook), {
      description: 'web',
      instanceType: 'm7g.large',
      os: 'Linux',
      quantity: '2',
      pricingModel: 'On-Demand',
    });
    expect(result).toEqual({ added: true, cell: 'Compute!A3' });
    const written = workbook.blocks[0];
    expect(written?.topLeft).toBe('A3');
    expect(written?.values[0]?.[column('instanceType')]).toBe('m7g.large');
    expect(written?.values[0]?.[column('quantity')]).toBe(2);
  });

  it('shows the messages Validate would give, at the row it would occupy, and writes nothing', async () => {
    const workbook = template();
    const result = await addComputeLine(deps(workbook), {
      description: 'web',
      instanceType: 'm7g.large',
      os: 'Linux',
      quantity: 'two',
    });
    expect(result.added).toBe(false);
    if (result.added) return;
    const letter = String.fromCharCode(65 + column('quantity'));
    expect(result.issues.map((i) => i.cell)).toContain(`Compute!${letter}2`);
    expect(result.issues[0]?.message).toMatch(/two/);
    expect(workbook.blocks).toEqual([]);
  });

  it('asks for our template when the workbook has no Compute sheet', async () => {
    const workbook = new MemoryWorkbook([{ name: 'Inputs', rows: [['x']] }]);
    await expect(addComputeLine(deps(workbook), { instanceType: 'm7g.large' })).rejects.toThrow(
      'Press "Insert template" first',
    );
  });
});
