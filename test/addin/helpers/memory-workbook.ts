import type { Grid, GridValue } from '../../../core';
import type {
  CellBlock,
  ChartSpec,
  TableSpec,
  WorkbookIssue,
  WorkbookPort,
} from '../../../addin/excel/workbook-port';

/** An in-memory WorkbookPort for workflow and component tests: sheets of rows, writes recorded. */
export class MemoryWorkbook implements WorkbookPort {
  readonly blocks: CellBlock[] = [];
  readonly tables: TableSpec[] = [];
  readonly charts: ChartSpec[] = [];
  marked: WorkbookIssue[] = [];
  readonly cleared: WorkbookIssue[][] = [];
  readonly settings = new Map<string, string>();
  selected: string | null = null;
  replaced: string[] = [];

  constructor(public sheets: { name: string; rows: GridValue[][] }[]) {}

  async readGrid(): Promise<Grid> {
    return { sheets: this.sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) })) };
  }
  async replaceSheet(name: string): Promise<void> {
    this.replaced.push(name);
    this.sheets = this.sheets.filter((s) => s.name !== name);
    this.sheets.push({ name, rows: [] });
  }
  async writeBlock(block: CellBlock): Promise<void> {
    this.blocks.push(block);
  }
  async addTable(spec: TableSpec): Promise<void> {
    this.tables.push(spec);
  }
  async addChart(spec: ChartSpec): Promise<void> {
    this.charts.push(spec);
  }
  async markIssues(issues: readonly WorkbookIssue[]): Promise<void> {
    this.marked = [...issues];
  }
  async clearMarks(): Promise<void> {
    this.cleared.push(this.marked);
    this.marked = [];
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    this.selected = `${sheet}!${address}`;
  }
  async insertWorkbook(): Promise<void> {
    throw new Error('not modelled');
  }
  async getSetting(key: string): Promise<string | null> {
    return this.settings.get(key) ?? null;
  }
  async setSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }
  /** Every value written at a block's row, found by its first-column text. */
  rowByLabel(sheet: string, label: string): (string | number | boolean | null)[] | undefined {
    for (const block of this.blocks.filter((b) => b.sheet === sheet)) {
      const row = block.values.find((r) => r[0] === label);
      if (row) return [...row];
    }
    return undefined;
  }
}
