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

  it('addTable names and styles a table over the range, headers included', async () => {
    const s = recordingSheet('AWS Estimate');
    installExcel({ worksheets: { getItem: () => s.sheet } });
    await port.addTable({ sheet: 'AWS Estimate', range: 'A4:H9', name: 'AwsEstimateLines' });
    expect(s.tables).toEqual([
      { range: 'A4:H9', hasHeaders: true, name: 'AwsEstimateLines', style: 'TableStyleMedium2' },
    ]);
  });

  it('addChart adds a titled chart over the data range at the anchor', async () => {
    const s = recordingSheet('AWS Comparison');
    installExcel({ worksheets: { getItem: () => s.sheet } });
    await port.addChart({
      sheet: 'AWS Comparison',
      dataRange: 'A10:B13',
      type: 'ColumnClustered',
      title: 'Monthly cost',
      anchor: 'H10',
    });
    expect(s.charts).toHaveLength(1);
    expect(s.charts[0]).toMatchObject({
      type: 'ColumnClustered',
      range: 'A10:B13',
      seriesBy: 'Auto',
      title: { text: 'Monthly cost' },
      position: 'H10',
    });
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
