import ExcelJS from 'exceljs';
import { readWorkbook } from '../../../backend/excel/read-workbook';
import { renderSheetsToWorkbook } from '../../../backend/excel/render-sheets';
import { PriceCatalog, estimateSheetSpec } from '../../../core';
import { embeddedSnapshot } from '../../../backend/adapters/embedded-catalog-files';
import type { CellSpec, Estimate, Requirements, SheetSpec } from '../../../core';
import { priceRequirements } from '../../../core/estimate/price-requirements';
import { Decimal } from '../../../core/money/decimal';
import { parseCellAddress } from '../../../core/sheets/grid/cell-address';
import { specMismatches } from '../../core/sheets/spec-assertions';
import { exceljsSnapshot } from './exceljs-snapshot';
import { evaluateCell } from './formula-eval';

const catalog = new PriceCatalog(embeddedSnapshot());
const base: Requirements = {
  settings: {
    region: 'us-east-1',
    pricingModel: { kind: 'on-demand' },
    supportPlan: 'business',
    discounts: [{ name: 'Customer discount', percent: 5 }],
  },
  items: [
    { id: 'web', service: 'ec2', instanceType: 'm7g.large', os: 'Linux', quantity: 3 },
    {
      id: 'db-ri',
      service: 'ec2',
      instanceType: 'm5.large',
      os: 'Linux',
      quantity: 2,
      pricingModel: {
        kind: 'reserved',
        term: '1yr',
        offeringClass: 'standard',
        purchaseOption: 'Partial Upfront',
      },
    },
    { id: 'vol', service: 'ebs', volumeType: 'gp3', storageGb: 500, quantity: 2 },
    {
      id: 'evil',
      service: 'ebs',
      volumeType: 'gp3',
      storageGb: 100,
      quantity: 1,
      description: '=HYPERLINK("http://evil.example","x")',
    },
  ],
};
const estimate = priceRequirements(base, catalog, { asOf: '2026-11-26' });
const spec = estimateSheetSpec(estimate);

const byAddress = (s: SheetSpec) => new Map(s.cells.map((c) => [c.address, c]));
/** The row whose Component column (F) holds `label`. */
function totalRow(s: SheetSpec, label: string): number {
  const c = s.cells.find((x) => x.address.startsWith('F') && x.value === label);
  if (!c) throw new Error(`no "${label}" row in ${s.name}`);
  return parseCellAddress(c.address).row;
}

describe('live formulas in the AWS Estimate sheet', () => {
  it('the engine priced real components, upfront ones included (the fixture is meaningful)', () => {
    expect(estimate.lines.flatMap((l) => l.components).every((c) => c.status === 'priced')).toBe(
      true,
    );
    expect(Decimal.from(estimate.totals.upfront).isZero()).toBe(false);
    expect(spec.cells.filter((c) => c.formula).length).toBeGreaterThan(10);
  });

  it('renders → reads back: the totals are the estimate’s exact numbers', async () => {
    const grid = await readWorkbook(await renderSheetsToWorkbook([spec]));
    const rows = grid.sheets[0]!.rows;
    const at = (row: number) => rows[row - 1]![9]; // column J
    const t = estimate.totals;
    expect(at(totalRow(spec, 'Total upfront'))).toBe(Decimal.from(t.upfront).toNumber());
    expect(at(totalRow(spec, 'Total monthly'))).toBe(Decimal.from(t.monthly).toNumber());
    expect(at(totalRow(spec, 'Total first 12 months'))).toBe(
      Decimal.from(t.first12Months).toNumber(),
    );
    expect(at(totalRow(spec, `Total over the term (${t.termMonths} months)`))).toBe(
      Decimal.from(t.totalOverTerm).toNumber(),
    );
    // Every cell, formulas included, reads back as the spec's value.
    for (const c of spec.cells) {
      const { row, column } = parseCellAddress(c.address);
      expect([c.address, rows[row - 1]?.[column - 1] ?? null]).toEqual([c.address, c.value]);
    }
  });

  it('round-trips formula text and cached results cell by cell (exceljs)', async () => {
    const rendered = (await exceljsSnapshot(await renderSheetsToWorkbook([spec])))[0]!;
    expect(specMismatches(spec, rendered)).toEqual([]);
    const f = spec.cells.find((c) => c.formula)!;
    const drifted = {
      ...rendered,
      cells: { ...rendered.cells, [f.address]: { ...rendered.cells[f.address]!, formula: '=1' } },
    };
    expect(specMismatches(spec, drifted)).toEqual([
      `AWS Estimate!${f.address} formula =1 ≠ ${f.formula}`,
    ]);
  });

  it('a recalculated formula value may differ from the cached amount in float noise only', async () => {
    const rendered = (await exceljsSnapshot(await renderSheetsToWorkbook([spec])))[0]!;
    const f = spec.cells.find((c) => c.formula && typeof c.value === 'number' && c.value > 1)!;
    const want = f.value as number;
    const withValue = (value: number) => ({
      ...rendered,
      cells: { ...rendered.cells, [f.address]: { ...rendered.cells[f.address]!, value } },
    });
    // What Excel's binary arithmetic does (2190 × 0.0816 = 178.70399999999998) is not a mismatch…
    expect(specMismatches(spec, withValue(want * (1 + 1e-13)))).toEqual([]);
    // …a cent is.
    expect(specMismatches(spec, withValue(want + 0.01))).toEqual([
      `AWS Estimate!${f.address} value ${JSON.stringify(want + 0.01)} ≠ ${JSON.stringify(want)}`,
    ]);
  });

  it('each formula evaluates to its cached value', () => {
    const cells = byAddress(spec);
    for (const c of spec.cells.filter((x) => x.formula)) {
      const v = evaluateCell(c.address, (a) => cells.get(a));
      expect([c.address, v]).toEqual([c.address, expect.closeTo(c.value as number, 6)]);
    }
  });

  it('a component cost is quantity × unit price of its own row; changing a quantity moves the totals', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderSheetsToWorkbook([spec])) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    // The first EC2 line's first component: its quantity (G) and cost (J) on one row.
    const component = estimate.lines[0]!.components[0]!;
    const qtyCell = spec.cells.find(
      (c) => c.address.startsWith('G') && c.value === Decimal.from(component.quantity!).toNumber(),
    )!;
    const row = parseCellAddress(qtyCell.address).row;
    expect(ws.getCell(`J${row}`).formula).toBe(`G${row}*I${row}`);

    // Change the quantity in the workbook as a customer would, then recalculate.
    const quantity = Decimal.from(component.quantity!).multiply(2).toNumber();
    ws.getCell(`G${row}`).value = quantity;
    const read = (a: string) => {
      const c = ws.getCell(a);
      return c.formula
        ? { value: c.result, formula: `=${c.formula}` }
        : { value: c.value === null ? null : c.value };
    };
    const monthlyRow = totalRow(spec, 'Total monthly');
    const twelveRow = totalRow(spec, 'Total first 12 months');
    const delta = Decimal.from(component.cost!).toNumber();
    const before = Decimal.from(estimate.totals.monthly).toNumber();
    // The adjustments (support, discount) are the engine's amounts; the list price moves.
    expect(evaluateCell(`J${monthlyRow}`, read)).toBeCloseTo(before + delta, 6);
    expect(evaluateCell(`J${twelveRow}`, read)).toBeCloseTo(
      Decimal.from(estimate.totals.first12Months).toNumber() + 12 * delta,
      6,
    );
  });

  it('a zero amount is a live formula too, and reads back as 0 (not as an empty cell)', async () => {
    // The on-demand lines have no upfront: their upfront (K) cells are formulas cached at 0.
    const zeros = spec.cells.filter((c) => c.formula && c.value === 0);
    expect(zeros.length).toBeGreaterThan(0);
    const rows = (await readWorkbook(await renderSheetsToWorkbook([spec]))).sheets[0]!.rows;
    for (const c of zeros) {
      const { row, column } = parseCellAddress(c.address);
      expect([c.address, rows[row - 1]?.[column - 1]]).toEqual([c.address, 0]);
    }
    // And each one's formula really evaluates to that 0.
    const cells = byAddress(spec);
    for (const c of zeros) expect(evaluateCell(c.address, (a) => cells.get(a))).toBe(0);
  });

  it('user text stays text: no Text (@) cell carries a formula and the evil description reads back verbatim', async () => {
    const text = spec.cells.filter((c: CellSpec) => c.numberFormat === '@');
    expect(text.some((c) => c.value === '=HYPERLINK("http://evil.example","x")')).toBe(true);
    expect(text.filter((c) => c.formula)).toEqual([]);
    const grid = await readWorkbook(await renderSheetsToWorkbook([spec]));
    expect(grid.sheets[0]!.rows.flat()).toContain('=HYPERLINK("http://evil.example","x")');
  });

  it('after a currency conversion the totals follow the converted (fx) row', () => {
    const php = priceRequirements(
      {
        ...base,
        settings: { ...base.settings, fx: { currency: 'PHP', rate: '58.25', asOf: '2026-11-24' } },
      },
      catalog,
      { asOf: '2026-11-26' },
    );
    const s = estimateSheetSpec(php);
    const cells = byAddress(s);
    const fxRow = totalRow(s, 'Currency USD → PHP (fx)');
    const monthly = cells.get(`J${totalRow(s, 'Total monthly')}`)!;
    expect(monthly.formula).toBe(`=J${fxRow}`);
    expect(monthly.value).toBe(Decimal.from(php.totals.monthly).toNumber());
  });
});

describe('estimate sheets that do not add up exactly keep plain values', () => {
  it('writes no formula whose result would differ from the cached amount', () => {
    const off: Estimate = {
      ...estimate,
      totals: {
        ...estimate.totals,
        monthly: Decimal.from(estimate.totals.monthly).add('0.01').toString(),
      },
    };
    const s = estimateSheetSpec(off);
    const c = byAddress(s).get(`J${totalRow(s, 'Total monthly')}`)!;
    expect(c.formula).toBeUndefined();
    expect(c.value).toBe(Decimal.from(off.totals.monthly).toNumber());
  });
});
