import { cellAddress, parseCellAddress } from '../../../core/sheets/grid/cell-address';

/**
 * A tiny evaluator for the formulas the sheet writers emit (cell references, `A1:B2` ranges in
 * SUM, numbers, + - * /, parentheses) so a test can change a quantity and recalculate like Excel.
 * Anything else throws, so a writer emitting a formula Excel would read differently is caught.
 */
export type CellLookup = (address: string) => { value: unknown; formula?: string } | undefined;

export function evaluateCell(address: string, cell: CellLookup, seen = new Set<string>()): number {
  const c = cell(address);
  if (!c) return 0;
  if (c.formula === undefined) return typeof c.value === 'number' ? c.value : 0;
  if (seen.has(address)) throw new Error(`${address}: circular reference`);
  const next = new Set(seen).add(address);
  return new Parser(c.formula.replace(/^=/, ''), (a) => evaluateCell(a, cell, next)).parse();
}

class Parser {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly ref: (address: string) => number,
  ) {}

  parse(): number {
    const v = this.sum();
    if (this.i !== this.text.length) throw new Error(`unexpected ${this.text.slice(this.i)}`);
    return v;
  }

  private sum(): number {
    let v = this.product();
    while (this.peek('+') || this.peek('-')) {
      const op = this.text[this.i++];
      const r = this.product();
      v = op === '+' ? v + r : v - r;
    }
    return v;
  }

  private product(): number {
    let v = this.unary();
    while (this.peek('*') || this.peek('/')) {
      const op = this.text[this.i++];
      const r = this.unary();
      v = op === '*' ? v * r : v / r;
    }
    return v;
  }

  private unary(): number {
    if (this.peek('-')) {
      this.i++;
      return -this.unary();
    }
    if (this.peek('(')) {
      this.i++;
      const v = this.sum();
      this.expect(')');
      return v;
    }
    if (this.text.startsWith('SUM(', this.i)) {
      this.i += 4;
      let v = this.sumArgument();
      while (this.peek(',')) {
        this.i++;
        v += this.sumArgument();
      }
      this.expect(')');
      return v;
    }
    const m = /^(\d+(?:\.\d+)?)|^([A-Z]{1,3}\d+)/.exec(this.text.slice(this.i));
    if (!m) throw new Error(`unexpected ${this.text.slice(this.i)}`);
    this.i += m[0].length;
    return m[1] !== undefined ? Number(m[1]) : this.ref(m[2]!);
  }

  private sumArgument(): number {
    const m = /^([A-Z]{1,3}\d+):([A-Z]{1,3}\d+)/.exec(this.text.slice(this.i));
    if (!m) return this.sum();
    this.i += m[0].length;
    const a = parseCellAddress(m[1]!);
    const b = parseCellAddress(m[2]!);
    let v = 0;
    for (let r = a.row; r <= b.row; r++)
      for (let c = a.column; c <= b.column; c++) v += this.ref(cellAddress(r, c));
    return v;
  }

  private peek(ch: string): boolean {
    return this.text[this.i] === ch;
  }

  private expect(ch: string): void {
    if (!this.peek(ch)) throw new Error(`expected ${ch} at ${this.text.slice(this.i)}`);
    this.i++;
  }
}
