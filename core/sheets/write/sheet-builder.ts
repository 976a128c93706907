import { cellAddress } from '../grid/cell-address';
import type {
  CellSpec,
  CellStyle,
  ChartSpec,
  SheetSpec,
  SpecValue,
  SheetTableSpec,
} from './sheet-spec';
import { TEXT_FORMAT } from './sheet-spec';

/** True for text Excel would read as a formula if typed: a leading `=`, `+`, `-` or `@` (or tab/CR). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * What a writer's formula may contain: cell references and ranges, numbers, arithmetic, and the
 * SUM function — nothing that could carry text, so user input can never reach a formula.
 */
const WRITER_FORMULA =
  /^=(?:\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\d+(?:\.\d+)?|SUM\(|[-+*/(),])+$/;

/** A formula that does not fit the writer grammar: a bug in a writer, never a user's input. */
export class WriterFormulaError extends Error {
  constructor(
    readonly address: string,
    readonly formula: string,
  ) {
    super(
      `${address}: the sheet writer built the formula ${JSON.stringify(formula)}, which is not cell references, numbers, + - * / and SUM(); refusing to write it`,
    );
    this.name = 'WriterFormulaError';
  }
}

/** Builds a SheetSpec cell by cell; later writes to an address replace earlier ones. */
export class SheetBuilder {
  private readonly cells = new Map<string, { row: number; column: number; spec: CellSpec }>();
  private readonly widths: { column: string; width: number }[] = [];
  private readonly heights: { row: number; height: number }[] = [];
  private readonly merges: string[] = [];
  private readonly tables: SheetTableSpec[] = [];
  private readonly charts: ChartSpec[] = [];
  private freeze: SheetSpec['freeze'];

  constructor(private readonly name: string) {}

  set(
    row: number,
    column: number,
    value: SpecValue,
    format?: { numberFormat?: string; style?: CellStyle },
  ): this {
    const address = cellAddress(row, column);
    const spec: CellSpec = {
      address,
      value,
      ...(format?.numberFormat ? { numberFormat: format.numberFormat } : {}),
      ...(format?.style ? { style: format.style } : {}),
    };
    this.cells.set(address, { row, column, spec });
    return this;
  }

  /**
   * A live formula the writer built from addresses, with the exact value it evaluates to cached as
   * the cell's value. Throws WriterFormulaError when the text is anything but references, numbers,
   * arithmetic and SUM() — the guard that keeps user text out of formulas.
   */
  formula(
    row: number,
    column: number,
    formula: string,
    result: number,
    format?: { numberFormat?: string; style?: CellStyle },
  ): this {
    const address = cellAddress(row, column);
    if (!WRITER_FORMULA.test(formula)) throw new WriterFormulaError(address, formula);
    this.set(row, column, result, format);
    const entry = this.cells.get(address)!;
    entry.spec = { ...entry.spec, formula };
    return this;
  }

  /**
   * Text that came from a user (descriptions, group names, customer names): always written as
   * Text (`@`), so `=HYPERLINK(...)` typed into a requirement can never become a live formula.
   */
  userText(row: number, column: number, text: string | null | undefined, style?: CellStyle): this {
    return this.set(row, column, text ?? null, {
      numberFormat: TEXT_FORMAT,
      ...(style ? { style } : {}),
    });
  }

  width(column: string, width: number): this {
    this.widths.push({ column, width });
    return this;
  }

  /** Row height in points. */
  height(row: number, height: number): this {
    this.heights.push({ row, height });
    return this;
  }

  merge(range: string): this {
    this.merges.push(range);
    return this;
  }

  freezePanes(rows: number, columns: number): this {
    this.freeze = { rows, columns };
    return this;
  }

  table(table: SheetTableSpec): this {
    this.tables.push(table);
    return this;
  }

  chart(chart: ChartSpec): this {
    this.charts.push(chart);
    return this;
  }

  build(): SheetSpec {
    const cells = [...this.cells.values()]
      .sort((a, b) => a.row - b.row || a.column - b.column)
      .map((c) => c.spec);
    return {
      name: this.name,
      cells,
      columnWidths: this.widths,
      merges: this.merges,
      ...(this.freeze ? { freeze: this.freeze } : {}),
      ...(this.heights.length ? { rowHeights: this.heights } : {}),
      tables: this.tables,
      charts: this.charts,
    };
  }
}
