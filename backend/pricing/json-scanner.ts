import { PriceListFormatError } from './errors';

/**
 * A byte-level streaming JSON scanner for Price List offer files (hundreds of MB each).
 *
 * It never holds the document: it walks the outer containers the caller descends into, and for
 * each value the caller wants it collects just that value's bytes and hands it to JSON.parse
 * (one product, or one SKU's terms: a few KB). Values the caller skips are scanned without being
 * collected. String scanning jumps with Buffer.indexOf, which is what makes it fast: offer files
 * are mostly strings. Structure is checked strictly where we descend; skipped and captured values
 * are checked for balance here and fully by JSON.parse.
 */
export type PathItem = string | number;
export type ScanDecision = 'descend' | 'capture' | 'skip';

export interface ScanHandler {
  /** Called when a value starts at `path` (the key or index path from the root). */
  decide(path: readonly PathItem[], kind: 'object' | 'array' | 'scalar'): ScanDecision;
  /** Called with the parsed value of every captured value. */
  value(path: readonly PathItem[], value: unknown): void;
}

const enum Mode {
  Value, // expecting a value
  KeyOrEnd, // just after '{'
  ValueOrEnd, // just after '['
  Key, // after ',' in an object
  Colon,
  CommaOrEnd,
  InKey,
  InValue, // capturing or skipping a container or string
  InLiteral, // capturing or skipping a number / true / false / null
  Done,
}

interface Frame {
  readonly kind: 'object' | 'array';
  index: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export class JsonScanner {
  private mode = Mode.Value;
  private readonly frames: Frame[] = [];
  private readonly path: PathItem[] = [];
  private offset = 0; // bytes consumed before the current chunk
  // Value being captured or skipped.
  private capturing = false;
  private parts: Buffer[] = [];
  private depth = 0;
  private inString = false;
  private escaped = false;
  private valueStart = 0; // absolute offset where the current value or key started
  private segStart = 0; // where the current value's or key's bytes start in this chunk

  constructor(
    private readonly file: string,
    private readonly handler: ScanHandler,
  ) {}

  write(chunk: Buffer): void {
    let i = 0;
    const n = chunk.length;
    this.segStart = 0; // a value or key carried over from the previous chunk continues at 0
    while (i < n) {
      if (this.mode === Mode.InValue) {
        i = this.scanValue(chunk, i);
        if (i < 0) {
          if (this.capturing) this.parts.push(chunk.subarray(this.segStart));
          break;
        }
        if (this.capturing) this.parts.push(chunk.subarray(this.segStart, i));
        this.endValue();
        continue;
      }
      if (this.mode === Mode.InKey) {
        i = this.scanString(chunk, i);
        if (i < 0) {
          this.parts.push(chunk.subarray(this.segStart));
          break;
        }
        this.parts.push(chunk.subarray(this.segStart, i));
        this.endKey();
        continue;
      }
      if (this.mode === Mode.InLiteral) {
        while (i < n && !isDelimiter(chunk[i] as number)) i++;
        if (this.capturing) this.parts.push(chunk.subarray(this.segStart, i));
        if (i < n) this.endValue();
        continue;
      }
      const c = chunk[i] as number;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
        continue;
      }
      // A UTF-8 byte order mark before the document (editors add one; AWS does not).
      if (c === 0xef && this.offset + i === 0 && chunk[i + 1] === 0xbb && chunk[i + 2] === 0xbf) {
        i += 3;
        continue;
      }
      this.structural(c, i);
      i++;
      // A value or key whose first byte ends the chunk: keep that byte.
      const mode = this.mode as Mode; // structural() may have changed it
      if (
        i === n &&
        (mode === Mode.InKey ||
          ((mode === Mode.InValue || mode === Mode.InLiteral) && this.capturing))
      ) {
        this.parts.push(chunk.subarray(this.segStart));
      }
    }
    this.offset += n;
  }

  /** Call at end of input: throws when the document is incomplete (truncated file). */
  end(): void {
    if (this.mode === Mode.Done) return;
    const where = this.path.length ? ` inside ${this.path.join('.')}` : '';
    throw new PriceListFormatError(
      this.file,
      this.offset,
      `the file ends${where} before the JSON document is complete (truncated download?)`,
    );
  }

  private structural(c: number, i: number): void {
    const at = this.offset + i;
    switch (this.mode) {
      case Mode.Value:
      case Mode.ValueOrEnd:
        if (this.mode === Mode.ValueOrEnd && c === 0x5d) return this.closeContainer('array', at);
        if (this.mode === Mode.ValueOrEnd)
          this.path.push(this.frames[this.frames.length - 1]!.index);
        return this.startValue(c, i);
      case Mode.KeyOrEnd:
      case Mode.Key:
        if (this.mode === Mode.KeyOrEnd && c === 0x7d) return this.closeContainer('object', at);
        if (c !== QUOTE) return this.fail(at, `expected a property name, found ${show(c)}`);
        this.mode = Mode.InKey;
        this.parts = [];
        this.segStart = i;
        this.inString = true;
        this.escaped = false;
        this.valueStart = at;
        return;
      case Mode.Colon:
        if (c !== 0x3a) return this.fail(at, `expected ':' after property name, found ${show(c)}`);
        this.mode = Mode.Value;
        return;
      case Mode.CommaOrEnd: {
        const frame = this.frames[this.frames.length - 1];
        if (!frame) return this.fail(at, `unexpected ${show(c)} after the end of the document`);
        if (c === 0x2c) {
          if (frame.kind === 'object') this.mode = Mode.Key;
          else {
            frame.index++;
            this.path.push(frame.index);
            this.mode = Mode.Value;
          }
          return;
        }
        return this.closeContainer(frame.kind, at, c);
      }
      case Mode.Done:
        return this.fail(at, `unexpected ${show(c)} after the end of the document`);
      default:
        return this.fail(at, `unexpected ${show(c)}`);
    }
  }

  private startValue(c: number, i: number): void {
    const at = this.offset + i;
    const kind = c === 0x7b ? 'object' : c === 0x5b ? 'array' : 'scalar';
    if (
      kind === 'scalar' &&
      c !== QUOTE &&
      c !== 0x2d &&
      !(c >= 0x30 && c <= 0x39) &&
      c !== 0x74 &&
      c !== 0x66 &&
      c !== 0x6e
    ) {
      return this.fail(at, `expected a value, found ${show(c)}`);
    }
    const decision = this.handler.decide(this.path, kind);
    if (decision === 'descend' && kind !== 'scalar') {
      this.frames.push({ kind, index: 0 });
      this.mode = kind === 'object' ? Mode.KeyOrEnd : Mode.ValueOrEnd;
      return;
    }
    this.capturing = decision !== 'skip';
    this.parts = [];
    this.valueStart = at;
    this.escaped = false;
    this.segStart = i; // the value's bytes include this first one, which the caller steps over
    if (kind === 'scalar' && c !== QUOTE) {
      this.mode = Mode.InLiteral;
      return;
    }
    this.mode = Mode.InValue;
    this.depth = kind === 'scalar' ? 0 : 1;
    this.inString = kind === 'scalar';
  }

  /** Scan a container or string value from i; returns the index after its end, or -1. */
  private scanValue(buf: Buffer, i: number): number {
    const n = buf.length;
    while (i < n) {
      if (this.inString) {
        i = this.scanString(buf, i);
        if (i < 0) return -1;
        if (this.depth === 0) return i;
        continue;
      }
      const c = buf[i] as number;
      if (c === QUOTE) this.inString = true;
      else if (c === 0x7b || c === 0x5b) this.depth++;
      else if (c === 0x7d || c === 0x5d) {
        if (--this.depth === 0) return i + 1;
      }
      i++;
    }
    return -1;
  }

  /** Inside a string at i: returns the index after the closing quote, or -1 at chunk end. */
  private scanString(buf: Buffer, i: number): number {
    const n = buf.length;
    if (this.escaped) {
      this.escaped = false;
      i++;
      if (i >= n) return -1;
    }
    for (;;) {
      const q = buf.indexOf(QUOTE, i);
      if (q < 0) {
        let run = 0;
        for (let k = n - 1; k >= i && buf[k] === BACKSLASH; k--) run++;
        this.escaped = run % 2 === 1;
        return -1;
      }
      let run = 0;
      for (let k = q - 1; k >= i && buf[k] === BACKSLASH; k--) run++;
      if (run % 2 === 0) {
        this.inString = false;
        return q + 1;
      }
      i = q + 1;
    }
  }

  private endKey(): void {
    const raw = Buffer.concat(this.parts).toString('utf8');
    this.parts = [];
    const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
    this.path.push(key);
    this.mode = Mode.Colon;
  }

  private endValue(): void {
    if (this.capturing) {
      const text = (this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts)).toString(
        'utf8',
      );
      this.parts = [];
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        this.fail(
          this.valueStart,
          `invalid JSON in ${this.path.join('.')}: ${(error as Error).message}`,
        );
      }
      this.handler.value(this.path, value);
    }
    this.capturing = false;
    this.afterValue();
  }

  private afterValue(): void {
    this.path.pop();
    this.mode = this.frames.length === 0 ? Mode.Done : Mode.CommaOrEnd;
  }

  private closeContainer(kind: 'object' | 'array', at: number, c?: number): void {
    const expected = kind === 'object' ? 0x7d : 0x5d;
    if (c !== undefined && c !== expected) {
      return this.fail(at, `expected ',' or '${String.fromCharCode(expected)}', found ${show(c)}`);
    }
    this.frames.pop();
    this.afterValue();
  }

  private fail(at: number, message: string): never {
    throw new PriceListFormatError(this.file, at, message);
  }
}

function isDelimiter(c: number): boolean {
  return (
    c === 0x2c || c === 0x7d || c === 0x5d || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
  );
}

function show(c: number): string {
  return c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16)}`;
}
