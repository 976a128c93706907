import { SheetBuilder, WriterFormulaError, estimateSheetSpec } from '../../../core/sheets';
import { ESTIMATE } from './estimate-fixtures';

describe('writer formulas', () => {
  it('accepts references, ranges, numbers, arithmetic and SUM, caching the result as the value', () => {
    const spec = new SheetBuilder('S')
      .formula(3, 10, '=SUM(J1:J2)+12*K4-$A$1/2', 5, { numberFormat: '0.00' })
      .build();
    expect(spec.cells).toEqual([
      { address: 'J3', value: 5, formula: '=SUM(J1:J2)+12*K4-$A$1/2', numberFormat: '0.00' },
    ]);
  });

  it.each([
    '=HYPERLINK("http://evil.example","x")',
    '=J1&"text"',
    "=cmd|' /C calc'!A0",
    'J1+J2',
    '=IMPORTXML(A1)',
  ])('refuses %s, naming the cell', (formula) => {
    expect(() => new SheetBuilder('S').formula(2, 2, formula, 1)).toThrow(WriterFormulaError);
    expect(() => new SheetBuilder('S').formula(2, 2, formula, 1)).toThrow(/^B2: /);
  });

  it('user text is written as Text and never carries a formula', () => {
    const spec = new SheetBuilder('S').userText(1, 1, '=1+1').build();
    expect(spec.cells[0]).toEqual({ address: 'A1', value: '=1+1', numberFormat: '@' });
  });

  it('the estimate sheet links costs, lines, subtotals and totals', () => {
    const cells = new Map(estimateSheetSpec(ESTIMATE).cells.map((c) => [c.address, c]));
    // Fixture layout: line L1 on row 5 with its component on row 6; Compute subtotal on row 9.
    expect(cells.get('J6')?.formula).toBe('=G6*I6');
    expect(cells.get('J5')?.formula).toBe('=SUM(J6:J6)');
    expect(cells.get('J9')?.formula).toBe('=J5+J7');
    expect(cells.get('J9')?.value).toBe(238.272 + 562.976);
    const labels = [...cells.values()].filter((c) => c.address.startsWith('F'));
    const rowOf = (label: string) =>
      Number(labels.find((c) => c.value === label)!.address.slice(1));
    const monthly = rowOf('Total monthly');
    const upfront = rowOf('Total upfront');
    expect(cells.get(`J${monthly}`)?.formula).toBe(
      `=J${rowOf('List price (USD)')}+J${monthly - 3}`,
    );
    expect(cells.get(`J${rowOf('Total first 12 months')}`)?.formula).toBe(
      `=J${upfront}+12*J${monthly}`,
    );
    expect(cells.get(`J${rowOf('Total over the term (36 months)')}`)?.formula).toBe(
      `=J${upfront}+36*J${monthly}`,
    );
  });
});
