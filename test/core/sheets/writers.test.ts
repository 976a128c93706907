import {
  assumptionsSheetSpec,
  comparisonSheetSpec,
  estimateSheetSpec,
  looksLikeFormula,
  TEXT_FORMAT,
} from '../../../core/sheets';
import type { CellSpec, SheetSpec } from '../../../core/sheets';
import { COMPARISON, COMPLETE_COMPARISON, ESTIMATE } from './estimate-fixtures';

const cell = (spec: SheetSpec, address: string): CellSpec | undefined =>
  spec.cells.find((c) => c.address === address);
const rowOf = (spec: SheetSpec, text: string, column = ''): number => {
  const c = spec.cells.find((x) => x.value === text && x.address.startsWith(column));
  if (!c) throw new Error(`no cell "${text}" in ${spec.name}`);
  return Number(/\d+$/.exec(c.address)![0]);
};

describe('AWS Estimate sheet spec', () => {
  const spec = estimateSheetSpec(ESTIMATE);

  it('writes a row per line with its components, grouped by category with exact subtotals', () => {
    expect(spec.name).toBe('AWS Estimate');
    expect(cell(spec, 'A5')?.value).toBe('Compute');
    expect(cell(spec, 'C5')?.value).toBe(ESTIMATE.lines[0]!.description);
    expect(cell(spec, 'F6')?.value).toBe('Instance usage (Linux, On-Demand, m7g.large)');
    // The unit price with the digits AWS publishes ($0.0816), not rounded to cents.
    expect(cell(spec, 'I6')).toMatchObject({ value: 0.0816, numberFormat: '"$"#,##0.0000' });
    expect(cell(spec, 'G6')?.value).toBe(2920);
    expect(cell(spec, 'J6')?.value).toBe(238.272);
    expect(cell(spec, 'L6')?.value).toBe('ABC123.JRTCKXETXF.6YS6EN2CT7');
    // Compute lines (web, app) come together even though storage sits between them in the estimate.
    expect(cell(spec, 'C7')?.value).toBe('App servers');
    const sub = rowOf(spec, 'Subtotal Compute');
    expect(cell(spec, `J${sub}`)?.value).toBe(801.248);
    expect(cell(spec, `J${sub}`)?.numberFormat).toBe('"$"#,##0.00');
    expect(cell(spec, `J${rowOf(spec, 'Subtotal Storage')}`)?.value).toBe(16);
  });

  it('writes unit prices with their published precision and line amounts in USD', () => {
    const storage = rowOf(spec, 'Storage (gp3)');
    expect(cell(spec, `I${storage}`)).toMatchObject({ value: 0.08, numberFormat: '"$"#,##0.00' });
    const php = estimateSheetSpec({ ...ESTIMATE, currency: 'PHP' });
    // Lines are AWS list prices in USD even when the totals are converted.
    expect(cell(php, 'J6')?.numberFormat).toBe('"$"#,##0.00');
    expect(cell(php, `J${rowOf(php, 'Customer discount (discount)')}`)?.numberFormat).toBe(
      '"$"#,##0.00',
    );
    expect(cell(php, `J${rowOf(php, 'Total monthly')}`)?.numberFormat).toBe('#,##0.00 "PHP"');
    expect(String(cell(php, 'A2')?.value)).toContain('Line amounts and unit prices in USD');
  });

  it('shows the coverage beside the totals and lists what is not fully priced', () => {
    const r = rowOf(spec, 'Coverage');
    expect(cell(spec, `G${r}`)?.value).toBe(
      '2 of 3 lines priced (66 %); 1 partly priced — the totals leave out what is not priced.',
    );
    expect(cell(spec, `F${r + 1}`)?.value).toBe('Partly priced');
    expect(cell(spec, `G${r + 1}`)?.value).toBe('+web root volumes (Storage-2): usage not given');
    expect(String(cell(spec, 'A2')?.value)).toContain('2/3 lines priced (66 %)');
  });

  it('writes a line with nothing priced as "not priced", never $0, and keeps it out of the subtotal formula', () => {
    const unpriced = {
      ...ESTIMATE.lines[2]!,
      components: ESTIMATE.lines[2]!.components.map((c) => ({
        ...c,
        unitPrice: null,
        priceId: null,
        cost: null,
        status: 'price-not-in-catalog' as const,
      })),
      monthly: '0',
    };
    const gap = estimateSheetSpec({ ...ESTIMATE, lines: [ESTIMATE.lines[0]!, unpriced] });
    const line = rowOf(gap, 'App servers');
    expect(cell(gap, `J${line}`)?.value).toBe('not priced');
    const sub = rowOf(gap, 'Subtotal Compute');
    expect(cell(gap, `J${sub}`)).toMatchObject({ value: 238.272, formula: '=J5' });
  });

  it('shows an unpriced component by its status, not as $0', () => {
    const r = rowOf(spec, 'Provisioned IOPS (gp3)');
    expect(cell(spec, `J${r}`)?.value).toBeNull();
    expect(cell(spec, `M${r}`)?.value).toBe('no-usage');
  });

  it('states totals upfront / monthly / 12 months / term, the adjustments and the catalog version', () => {
    expect(cell(spec, `J${rowOf(spec, 'Total monthly')}`)?.value).toBe(776.3856);
    expect(cell(spec, `J${rowOf(spec, 'Total first 12 months')}`)?.value).toBe(
      Number(ESTIMATE.totals.first12Months),
    );
    expect(cell(spec, `J${rowOf(spec, 'Total over the term (36 months)')}`)?.value).toBe(
      Number(ESTIMATE.totals.totalOverTerm),
    );
    expect(cell(spec, `J${rowOf(spec, 'Customer discount (discount)')}`)?.value).toBe(-40.8624);
    expect(String(cell(spec, 'A2')?.value)).toContain('Price catalog 2026-11-01');
    expect(spec.freeze).toEqual({ rows: 4, columns: 0 });
    expect(spec.merges).toContain('A1:M1');
  });

  it('writes every user text as Text so Excel never evaluates it', () => {
    const userCells = spec.cells.filter(
      (c) => typeof c.value === 'string' && looksLikeFormula(c.value),
    );
    expect(userCells.map((c) => c.address)).toEqual(expect.arrayContaining(['C5']));
    for (const c of userCells) expect(c.numberFormat).toBe(TEXT_FORMAT);
  });
});

describe('AWS Comparison sheet spec', () => {
  const spec = comparisonSheetSpec(COMPARISON);

  it('says what it compares on and names no cheapest scenario on an unequal basis', () => {
    expect(cell(spec, 'A2')?.value).toBe(
      'Compared on 2 of 3 lines; 1 line is unpriced (in whole or in part) in at least one scenario.',
    );
    expect(String(cell(spec, 'A3')?.value)).toMatch(/^No scenario is named cheapest overall/);
    expect(spec.cells.some((c) => String(c.value).includes('(cheapest)'))).toBe(false);
    expect(spec.cells.some((c) => c.style?.fill === 'C6EFCE')).toBe(false);
  });

  it('puts each line side by side with deltas against the first, marking lines left out', () => {
    expect(cell(spec, 'C5')?.value).toBe('On-Demand (effective monthly, USD list)');
    expect(cell(spec, 'D5')?.value).toBe('@1yr Compute SP (effective monthly, USD list)');
    expect(cell(spec, 'D5')?.numberFormat).toBe(TEXT_FORMAT);
    expect(cell(spec, 'E5')?.value).toBe('Δ @1yr Compute SP vs On-Demand');
    expect(cell(spec, 'B6')?.value).toBe('yes');
    expect(cell(spec, 'C6')?.value).toBe(238.272);
    expect(cell(spec, 'E6')?.value).toBe(-67.452);
    expect(cell(spec, 'B7')?.value).toBe('no — not priced in every scenario');
    expect(cell(spec, 'C7')?.value).toBe('not priced');
    expect(cell(spec, 'E7')?.value).toBeNull();
  });

  it('gives each scenario its totals with coverage and the differences on the compared lines', () => {
    const r = rowOf(spec, '@1yr Compute SP', 'A');
    expect(cell(spec, `C${r}`)?.value).toBe(607.32);
    expect(cell(spec, `E${r}`)?.value).toBe('2/3 lines priced (66 %)');
    expect(cell(spec, `F${r}`)?.value).toBe(591.32);
    expect(cell(spec, `G${r}`)?.value).toBe(21287.52);
    expect(cell(spec, `H${r}`)?.value).toBe(-169.8656);
    expect(cell(spec, `I${r}`)?.value).toBe(-6115.1616);
    expect(cell(spec, `G${r - 2}`)?.value).toBe('Total over 36 months (compared lines)');
    expect(spec.tables).toEqual([
      { name: 'ScenarioTotals', range: `A${r - 2}:I${r}`, style: 'TableStyleLight9' },
    ]);
    expect(spec.charts[0]).toMatchObject({
      type: 'columnClustered',
      categoriesRange: `A${r - 1}:A${r}`,
      series: [{ name: 'Effective monthly', valuesRange: `F${r - 1}:F${r}` }],
    });
  });

  it('highlights the cheapest scenario only when every line is priced in every scenario', () => {
    const complete = comparisonSheetSpec(COMPLETE_COMPARISON);
    const r = rowOf(complete, '@1yr Compute SP (cheapest)');
    expect(cell(complete, `A${r}`)?.style?.fill).toBe('C6EFCE');
    expect(cell(complete, `H${r}`)?.value).toBe(-209.928);
    expect(String(cell(complete, 'A3')?.value)).toContain('Cheapest overall: @1yr Compute SP');
    const other = rowOf(complete, 'On-Demand', 'A');
    expect(cell(complete, `A${other}`)?.style?.fill).toBeUndefined();
  });
});

describe('Assumptions sheet spec', () => {
  it('lists region, pricing model, hours, discounts, FX and catalog version', () => {
    const spec = assumptionsSheetSpec(ESTIMATE, {
      region: 'ap-southeast-1',
      pricingModel: {
        kind: 'savings-plan',
        plan: 'compute',
        term: '3yr',
        purchaseOption: 'All Upfront',
      },
      discounts: [{ name: 'EDP', percent: 7, services: ['ec2'] }],
      fx: { currency: 'PHP', rate: '56.5', asOf: '2026-11-02', source: 'BSP' },
    });
    const value = (label: string) => cell(spec, `B${rowOf(spec, label)}`)?.value;
    expect(value('Region')).toBe('ap-southeast-1 — Asia Pacific (Singapore)');
    expect(value('Pricing model')).toBe('3 Yr All Upfront Compute Savings Plan');
    expect(value('Hours per month')).toBe(730);
    expect(value('Discount: EDP (ec2)')).toBe(7);
    expect(value('FX rate')).toBe('1 USD = 56.5 PHP');
    expect(value('FX rate date')).toBe('2026-11-02');
    expect(value('Price catalog version')).toBe('2026-11-01');
    expect(spec.tables[0]?.name).toBe('Assumptions');
  });
});
