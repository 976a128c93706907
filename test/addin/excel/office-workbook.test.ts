import { OfficeMockObject } from 'office-addin-mock';
import { OfficeWorkbook } from '../../../addin/excel/office-workbook';
import { SETTING_MARKED_CELLS } from '../../../addin/excel/workbook-port';

/* office-addin-mock models the Excel object tree: scalar properties must be loaded and synced
 * before they are read (as in Office.js), functions are kept as they are. Each test seeds the
 * part of the tree the method under test touches and asserts on what was written. */

type Seed = Record<string, unknown>;

/** Office.js knows isNullObject after a sync without a load; the mock would demand one. */
function nullObject<T extends object>(mock: T, isNull: boolean): T {
  Object.defineProperty(mock, 'isNullObject', { value: isNull, configurable: true });
  return mock;
}

interface RangeRecord {
  address: string;
  values?: unknown;
  numberFormat?: unknown;
  format: {
    font: { bold?: boolean };
    fill: { color?: string; cleared: boolean };
    columnWidth?: number;
  };
  selected: boolean;
}

/** A sheet whose getRange records what is written to each address. */
function recordingSheet(name: string) {
  const ranges = new Map<string, RangeRecord>();
  const tables: { range: string; hasHeaders: boolean; name?: string; style?: string }[] = [];
  const charts: {
    type: string;
    range: string;
    seriesBy: string;
    title: { text?: string };
    position?: string;
  }[] = [];
  const sheet = {
    name,
    activated: false,
    getRange(address: string) {
      let r = ranges.get(address);
      if (!r) {
        const rec: RangeRecord = {
          address,
          format: { font: {}, fill: { cleared: false } },
          selected: false,
        };
        Object.assign(rec.format.fill, { clear: () => (rec.format.fill.cleared = true) });
        r = Object.assign(rec, { select: () => (rec.selected = true) });
        ranges.set(address, r);
      }
      return r;
    },
    activate() {
      sheet.activated = true;
    },
    tables: {
      add(range: string, hasHeaders: boolean) {
        const t = { range, hasHeaders };
        tables.push(t);
        return t;
      },
    },
    charts: {
      add(type: string, range: RangeRecord, seriesBy: string) {
        const c = {
          type,
          range: range.address,
          seriesBy,
          title: {},
          setPosition: (p: string) => (c.position = p),
        } as (typeof charts)[number] & {
          setPosition: (p: string) => void;
        };
        charts.push(c);
        return c;
      },
    },
  };
  return { sheet, ranges, tables, charts };
}

function installExcel(workbook: Seed): OfficeMockObject {
  const mock = new OfficeMockObject({
    context: { workbook },
    run: async function (
      this: { context: unknown },
      callback: (context: unknown) => Promise<unknown>,
    ) {
      return callback(this.context);
    },
  });
  (globalThis as unknown as { Excel: unknown }).Excel = mock;
  root = mock;
  return mock;
}

let root: OfficeMockObject;
/** The mock's workbook node (functions in the seed reach back into the tree, as Office.js proxies do). */
const tree = () =>
  (root as unknown as { context: { workbook: Record<string, { [k: string]: unknown }> } }).context
    .workbook;

/**
 * workbook.settings backed by a Map. getItemOrNullObject returns a node of the mock tree (so the
 * tree's sync makes its loaded `value` readable), refreshed from the Map on each call.
 */
function settingsSeed(initial: Record<string, string> = {}) {
  const store = new Map(Object.entries(initial));
  return {
    store,
    settings: {
      item: { value: '', delete: () => undefined },
      add: (key: string, value: string) => store.set(key, value),
      getItemOrNullObject(key: string) {
        const item = tree().settings?.item as { value: string; delete: () => void };
        item.value = store.get(key) ?? '';
        item.delete = () => store.delete(key);
        return nullObject(item, !store.has(key));
      },
    },
  };
}

const port = new OfficeWorkbook();

describe('OfficeWorkbook.readGrid', () => {
  it("reads each sheet's used range into core's Grid: errors, dates, offsets, hidden sheets", async () => {
    const usedSeed = {
      values: [
        ['Instance Type', 'Quantity', 'Start'],
        ['m7g.large', '#N/A', 45292],
        ['', 3, 45293],
      ],
      valueTypes: [
        ['String', 'String', 'String'],
        ['String', 'Error', 'Double'],
        ['Empty', 'Double', 'Double'],
      ],
      numberFormat: [
        ['General', 'General', 'General'],
        ['General', 'General', 'yyyy-mm-dd'],
        ['General', '0', 'General'],
      ],
      rowIndex: 2,
      columnIndex: 1,
    };
    installExcel({
      used: usedSeed,
      empty: { values: [], valueTypes: [], numberFormat: [], rowIndex: 0, columnIndex: 0 },
      worksheets: {
        items: [
          {
            name: 'Inputs',
            visibility: 'Visible',
            getUsedRangeOrNullObject: () => nullObject(tree().used as object, false),
          },
          {
            name: 'Lists',
            visibility: 'Hidden',
            getUsedRangeOrNullObject: () => nullObject(tree().empty as object, true),
          },
        ],
      },
    });
    const grid = await port.readGrid();
    expect(grid.sheets).toEqual([
      {
        name: 'Inputs',
        hidden: false,
        startRow: 3,
        startColumn: 2,
        rows: [
          ['Instance Type', 'Quantity', 'Start'],
          ['m7g.large', { error: '#N/A' }, { date: '2024-01-01' }],
          [null, 3, 45293],
        ],
      },
      { name: 'Lists', hidden: true, rows: [] },
    ]);
  });
});

describe('OfficeWorkbook writes', () => {
  it('writeBlock writes values, number formats, bold and shaded rows and widths at the block address', async () => {
    const s = recordingSheet('AWS Estimate');
    installExcel({ worksheets: { getItem: () => s.sheet } });
    await port.writeBlock({
      sheet: 'AWS Estimate',
      topLeft: 'B4',
      values: [['Item', 'Monthly'], ['EC2', 119.14], ['Total']],
      numberFormats: [
        [null, null],
        [null, '"$"#,##0.00'],
        [null, '"$"#,##0.00'],
      ],
      boldRows: [0, 2],
      shadedRows: [2],
      columnWidths: [120],
    });
    const block = s.ranges.get('B4:C6');
    expect(block?.values).toEqual([
      ['Item', 'Monthly'],
      ['EC2', 119.14],
      ['Total', null],
    ]);
    expect(block?.numberFormat).toEqual([
      ['General', 'General'],
      ['General', '"$"#,##0.00'],
      ['General', '"$"#,##0.00'],
    ]);
    expect(s.ranges.get('B4:C4')?.format.font.bold).toBe(true);
    expect(s.ranges.get('B6:C6')?.format.font.bold).toBe(true);
    expect(s.ranges.get('B5:C5')).toBeUndefined();
    expect(s.ranges.get('B6:C6')?.format.fill.color).toBe('#F3F2F1');
    expect(s.ranges.get('B4')?.format.columnWidth).toBe(120);
  });

  it('replaceSheet deletes an existing sheet and adds it empty', async () => {
    const events: string[] = [];
    installExcel({
      worksheets: {
        getItemOrNullObject: (name: string) =>
          nullObject({ delete: () => events.push(`delete ${name}`) }, false),
        add: (name: string) => events.push(`add ${name}`),
      },
    });
    await port.replaceSheet('AWS Estimate');
    expect(events).toEqual(['delete AWS Estimate', 'add AWS Estimate']);
  });

  it("renderSheet draws core's SheetSpec: text format before value, styles, widths, merges, freeze, table, chart", async () => {
    const events: string[] = [];
    const ranges = new Map<string, Record<string, unknown>>();
    const range = (address: string) => {
      let r = ranges.get(address);
      if (!r) {
        const rec: Record<string, unknown> = {
          address,
          format: {
            font: {},
            fill: {},
            borders: { getItem: (edge: string) => ((rec.border = { edge }), rec.border) },
          },
          merge: (across: boolean) => events.push(`merge ${address} ${across}`),
        };
        // Record the order of numberFormat and values writes on each cell.
        Object.defineProperty(rec, 'numberFormat', {
          set: (v) => events.push(`format ${address} ${JSON.stringify(v)}`),
          get: () => undefined,
        });
        Object.defineProperty(rec, 'values', {
          set: (v) => events.push(`values ${address} ${JSON.stringify(v)}`),
          get: () => undefined,
        });
        Object.defineProperty(rec, 'formulas', {
          set: (v) => events.push(`formulas ${address} ${JSON.stringify(v)}`),
          get: () => undefined,
        });
        r = rec;
        ranges.set(address, r);
      }
      return r;
    };
    const series: Record<string, unknown>[] = [];
    const chart = {
      title: {} as { text?: string },
      series: {
        getItemAt: (i: number) => series[i],
        add: (name: string) => {
          const s = {
            name,
            setValues: (v: { address: string }) => (s.values = v.address),
            setXAxisValues: (v: { address: string }) => (s.x = v.address),
          } as Record<string, unknown>;
          series.push(s);
          return s;
        },
      },
      setPosition: (from: string, to: string) => events.push(`chart at ${from}:${to}`),
    };
    const sheet = {
      getRange: range,
      freezePanes: { freezeRows: (n: number) => events.push(`freeze rows ${n}`) },
      tables: {
        add: (r: string, headers: boolean) => (
          ranges.set(`table ${r}`, { headers }),
          ranges.get(`table ${r}`)
        ),
      },
      charts: {
        add: (type: string, values: { address: string }, by: string) => {
          events.push(`chart ${type} ${values.address} ${by}`);
          const first = {
            setXAxisValues: (v: { address: string }) => (first.x = v.address),
          } as Record<string, unknown>;
          series.push(first);
          return chart;
        },
      },
    };
    installExcel({
      worksheets: {
        getItemOrNullObject: () => nullObject({ delete: () => events.push('delete old') }, false),
        add: (name: string) => (events.push(`add ${name}`), sheet),
      },
    });
    await port.renderSheet({
      name: 'AWS Comparison',
      cells: [
        {
          address: 'A1',
          value: '=cmd|calc',
          numberFormat: '@',
          style: { bold: true, fontSize: 14, fill: 'FF9900', fontColor: '232F3E' },
        },
        {
          address: 'B5',
          value: 119.14,
          numberFormat: '"$"#,##0.00',
          style: { borderTop: true, horizontal: 'right', indent: 1, wrap: true },
        },
        // a live total: written as its formula (Excel calculates it), not as the cached value
        { address: 'C5', value: 238.28, formula: '=B5*2', numberFormat: '"$"#,##0.00' },
      ],
      columnWidths: [{ column: 'A', width: 32 }],
      rowHeights: [{ row: 4, height: 30 }],
      merges: ['A1:G1'],
      freeze: { rows: 4, columns: 0 },
      tables: [{ name: 'ScenarioTotals', range: 'A4:G6', style: 'TableStyleLight9' }],
      charts: [
        {
          type: 'columnClustered',
          title: 'Totals',
          categoriesRange: 'A5:A6',
          series: [
            { name: 'Monthly', valuesRange: 'C5:C6' },
            { name: 'First 12 months', valuesRange: 'D5:D6' },
          ],
          from: 'A8',
          to: 'G20',
        },
      ],
    });
    expect(events.slice(0, 2)).toEqual(['delete old', 'add AWS Comparison']);
    // user text: Text format first, so Excel stores "=cmd|calc" as text, never a formula
    expect(events.indexOf('format A1 [["@"]]')).toBeLessThan(
      events.indexOf('values A1 [["=cmd|calc"]]'),
    );
    expect(events.indexOf('format C5 [["\\"$\\"#,##0.00"]]')).toBeGreaterThan(-1);
    expect(events.indexOf('format C5 [["\\"$\\"#,##0.00"]]')).toBeLessThan(
      events.indexOf('formulas C5 [["=B5*2"]]'),
    );
    expect(events.filter((e) => e.startsWith('values C5'))).toEqual([]);
    expect(events.filter((e) => e.startsWith('formulas ') && !e.startsWith('formulas C5'))).toEqual(
      [],
    );
    const a1 = ranges.get('A1') as {
      format: { font: Record<string, unknown>; fill: Record<string, unknown> };
    };
    expect(a1.format.font).toEqual({ bold: true, size: 14, color: '#232F3E' });
    expect(a1.format.fill.color).toBe('#FF9900');
    const b5 = ranges.get('B5') as {
      format: Record<string, unknown>;
      border: { edge: string; style: string };
    };
    expect(b5.border).toEqual({ edge: 'EdgeTop', style: 'Continuous' });
    expect(b5.format).toMatchObject({
      horizontalAlignment: 'Right',
      indentLevel: 1,
      wrapText: true,
    });
    expect(
      (ranges.get('A:A') as { format: { columnWidth: number } }).format.columnWidth,
    ).toBeGreaterThan(150);
    expect((ranges.get('4:4') as { format: { rowHeight: number } }).format.rowHeight).toBe(30);
    expect(events).toEqual(
      expect.arrayContaining([
        'merge A1:G1 false',
        'freeze rows 4',
        'chart ColumnClustered C5:C6 Columns',
        'chart at A8:G20',
      ]),
    );
    expect(ranges.get('table A4:G6')).toEqual({
      headers: true,
      name: 'ScenarioTotals',
      style: 'TableStyleLight9',
    });
    expect(chart.title.text).toBe('Totals');
    expect(series).toEqual([
      expect.objectContaining({ name: 'Monthly', x: 'A5:A6' }),
      expect.objectContaining({ name: 'First 12 months', values: 'D5:D6', x: 'A5:A6' }),
    ]);
  });
});

describe('OfficeWorkbook marks invalid cells and clears them on the next run', () => {
  it('fills error cells red and warning cells amber, and remembers them in the workbook settings', async () => {
    const compute = recordingSheet('Compute');
    const { store, settings } = settingsSeed();
    installExcel({ worksheets: { getItem: () => compute.sheet }, settings });
    await port.markIssues([
      {
        sheet: 'Compute',
        cell: 'Compute!E12',
        rule: 'number.positive',
        message: 'bad',
        severity: 'error',
      },
      {
        sheet: 'Compute',
        cell: 'Compute!B3',
        rule: 'region.default',
        message: 'meh',
        severity: 'warning',
      },
      {
        sheet: 'Workbook',
        cell: 'Workbook',
        rule: 'format.unknown',
        message: 'sheet-level',
        severity: 'error',
      },
    ]);
    expect(compute.ranges.get('E12')?.format.fill.color).toBe('#FDE7E9');
    expect(compute.ranges.get('B3')?.format.fill.color).toBe('#FFF4CE');
    expect(JSON.parse(store.get(SETTING_MARKED_CELLS) ?? '[]')).toEqual([
      'Compute!E12',
      'Compute!B3',
    ]);
  });

  it('clearMarks clears the remembered cells on sheets that still exist and forgets them', async () => {
    const compute = recordingSheet('Compute');
    const { store, settings } = settingsSeed({
      [SETTING_MARKED_CELLS]: JSON.stringify(['Compute!E12', "'Old Sheet'!A1"]),
    });
    installExcel({
      worksheets: { items: [{ name: 'Compute' }], getItem: () => compute.sheet },
      settings,
    });
    await port.clearMarks();
    expect(compute.ranges.get('E12')?.format.fill.cleared).toBe(true);
    expect(compute.ranges.get('A1')).toBeUndefined();
    expect(store.has(SETTING_MARKED_CELLS)).toBe(false);
  });
});

describe('OfficeWorkbook navigation and settings', () => {
  it('selectCell activates the sheet and selects the cell', async () => {
    const compute = recordingSheet('Compute');
    installExcel({ worksheets: { getItem: () => compute.sheet } });
    await port.selectCell('Compute', 'E12');
    expect(compute.sheet.activated).toBe(true);
    expect(compute.ranges.get('E12')?.selected).toBe(true);
  });

  it('keeps the estimation id in the workbook settings', async () => {
    const { settings } = settingsSeed();
    installExcel({ settings });
    expect(await port.getSetting('awsCost.estimationId')).toBeNull();
    await port.setSetting('awsCost.estimationId', 'est-42');
    expect(await port.getSetting('awsCost.estimationId')).toBe('est-42');
  });
});
