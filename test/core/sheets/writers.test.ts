import {
  assumptionsSheetSpec,
  comparisonSheetSpec,
  estimateSheetSpec,
  looksLikeFormula,
  TEXT_FORMAT,
} from '../../../core/sheets';
import type { CellSpec, SheetSpec } from '../../../core/sheets';
import { COMPARISON, ESTIMATE } from './estimate-fixtures';

const cell = (spec: SheetSpec, address: string): CellSpec | undefined =>
  spec.cells.find((c) => c.address === address);
const rowOf = (spec: SheetSpec, text: string): number => {
  const c = spec.cells.find((x) => x.value === text);
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
    expect(cell(spec, 'I6')).toMatchObject({ value: 0.0816 });
    expect(cell(spec, 'L6')?.value).toBe('ABC123.JRTCKXETXF.6YS6EN2CT7');
    // Compute lines (web, app) come together even though storage sits between them in the estimate.
    expect(cell(spec, 'C7')?.value).toBe('App servers');
    const sub = rowOf(spec, 'Subtotal Compute');
    expect(cell(spec, `J${sub}`)?.value).toBe(801.248);
    expect(cell(spec, `J${sub}`)?.numberFormat).toBe('"$"#,##0.00');
    expect(cell(spec, `J${rowOf(spec, 'Subtotal Storage')}`)?.value).toBe(16);
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

  it('puts scenarios side by side with deltas against the first', () => {
    expect(cell(spec, 'B4')?.value).toBe('On-Demand (monthly)');
    expect(cell(spec, 'C4')?.value).toBe('@1yr Compute SP (monthly)');
    expect(cell(spec, 'C4')?.numberFormat).toBe(TEXT_FORMAT);
    expect(cell(spec, 'D4')?.value).toBe('Δ @1yr Compute SP vs On-Demand');
    expect(cell(spec, 'B5')?.value).toBe(238.272);
    expect(cell(spec, 'D5')?.value).toBe(-67.452);
    expect(cell(spec, 'C6')?.value).toBe('not priced');
  });

  it('highlights the cheapest scenario in a totals table and charts it', () => {
    const r = rowOf(spec, '@1yr Compute SP (cheapest)');
    expect(cell(spec, `A${r}`)?.style?.fill).toBe('C6EFCE');
    expect(cell(spec, `C${r}`)?.value).toBe(607.32);
    expect(cell(spec, `F${r}`)?.value).toBe(-169.0656);
    const other = rowOf(spec, 'On-Demand');
    expect(cell(spec, `A${other}`)?.style?.fill).toBeUndefined();
    expect(spec.tables).toEqual([
      { name: 'ScenarioTotals', range: `A${r - 2}:G${r}`, style: 'TableStyleLight9' },
    ]);
    expect(spec.charts[0]).toMatchObject({
      type: 'columnClustered',
      categoriesRange: `A${r - 1}:A${r}`,
      series: [
        { name: 'Monthly', valuesRange: `C${r - 1}:C${r}` },
        { name: 'First 12 months', valuesRange: `D${r - 1}:D${r}` },
      ],
    });
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
