import { XlsxFormatError } from './xlsx-format-error';
import { NEEDS_DECODING, decodeXmlText } from './xml-text';

/**
 * A pull scanner over one OOXML part: open tags, close tags and text, nothing else. No DOM is
 * built (a 10,000-row sheet is ~1 M tokens), element names lose their namespace prefix (`x:c` is
 * `c`), and only the five XML entities and character references are expanded — a DOCTYPE is
 * skipped, never interpreted, so no external or recursive entity can be declared. Tags must nest
 * properly; a part cut short or mis-nested is an XlsxFormatError naming the part.
 */
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export const END = 0;
export type Token = typeof OPEN | typeof CLOSE | typeof TEXT | typeof END;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

export class XmlScanner {
  /** Local name of the current OPEN or CLOSE token. */
  name = '';
  /** The current OPEN token is `<x/>`: no CLOSE token follows for it. */
  selfClosing = false;
  private pos = 0;
  private tagStart = 0;
  private attrsStart = 0;
  private attrsEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private cdata: string | null = null;
  private pendingClose = false;
  private readonly stack: string[] = [];
  /** Attributes of the current tag, split on first use: -1 until then. */
  private attrCount = -1;
  private readonly attrKeys: string[] = [];
  private readonly attrSpans: number[] = [];

  constructor(
    private readonly xml: string,
    /** The part's path, for messages (`xl/worksheets/sheet1.xml`). */
    readonly part: string,
  ) {
    if (xml.charCodeAt(0) === 0xfeff) this.pos = 1;
  }

  /** Nesting depth of the current token (the root element's children are at depth 1). */
  get depth(): number {
    return this.stack.length;
  }

  next(): Token {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.stack.pop();
      this.selfClosing = false;
      return CLOSE;
    }
    const xml = this.xml;
    for (;;) {
      const start = this.pos;
      if (start >= xml.length) {
        if (this.stack.length > 0)
          this.fail(`the part ends inside <${this.stack[this.stack.length - 1]!}>`);
        return END;
      }
      if (xml.charCodeAt(start) !== LT) {
        let lt = xml.indexOf('<', start);
        if (lt < 0) lt = xml.length;
        this.pos = lt;
        if (this.stack.length === 0) continue; // whitespace around the root element
        this.textStart = start;
        this.textEnd = lt;
        this.cdata = null;
        return TEXT;
      }
      const c1 = xml.charCodeAt(start + 1);
      if (c1 === QUESTION) {
        this.pos = this.skipPast('?>', start);
        continue;
      }
      if (c1 === BANG) {
        if (xml.startsWith('<!--', start)) {
          this.pos = this.skipPast('-->', start);
          continue;
        }
        if (xml.startsWith('<![CDATA[', start)) {
          const end = this.skipPast(']]>', start);
          this.pos = end;
          this.cdata = xml.slice(start + 9, end - 3);
          return TEXT;
        }
        this.pos = this.skipDoctype(start);
        continue;
      }
      const gt = this.tagEnd(start);
      this.pos = gt + 1;
      if (c1 === SLASH) {
        const name = localName(xml.slice(start + 2, gt).trimEnd());
        const open = this.stack.pop();
        if (open !== name)
          this.fail(
            open === undefined ? `</${name}> closes nothing` : `<${open}> is closed by </${name}>`,
          );
        this.name = name;
        this.selfClosing = false;
        return CLOSE;
      }
      this.selfClosing = xml.charCodeAt(gt - 1) === SLASH;
      const bodyEnd = this.selfClosing ? gt - 1 : gt;
      let nameEnd = start + 1;
      while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
      this.name = localName(xml.slice(start + 1, nameEnd));
      if (this.name === '') this.fail('a tag has no name');
      this.tagStart = start;
      this.attrsStart = nameEnd;
      this.attrsEnd = bodyEnd;
      this.attrCount = -1;
      this.stack.push(this.name);
      if (this.selfClosing) this.pendingClose = true;
      return OPEN;
    }
  }

  /** The decoded text of the current TEXT token (line ends normalised as XML requires). */
  text(): string {
    if (this.cdata !== null) return this.cdata;
    return decodeXmlText(this.xml.slice(this.textStart, this.textEnd), this.failer);
  }

  /**
   * An attribute of the current OPEN token by its qualified name (`r`, `t`, `r:id`), decoded;
   * `anyPrefix` matches `*:name` too (relationship ids are written with whatever prefix).
   */
  attr(qualified: string, anyPrefix = false): string | undefined {
    if (this.attrCount < 0) this.parseAttrs();
    for (let i = 0; i < this.attrCount; i++) {
      const key = this.attrKeys[i]!;
      if (key === qualified || (anyPrefix && key.endsWith(`:${qualified}`))) {
        const raw = this.xml.slice(this.attrSpans[2 * i], this.attrSpans[2 * i + 1]);
        if (!NEEDS_DECODING.test(raw)) return raw;
        // Attribute-value normalisation (XML 1.0 §3.3.3) happens before references are expanded.
        return decodeXmlText(raw.replace(/\r\n?|[\t\n]/g, ' '), this.failer);
      }
    }
    return undefined;
  }

  /** Splits the current tag's attributes once (cells ask for r, t and s in turn). */
  private parseAttrs(): void {
    const xml = this.xml;
    const end = this.attrsEnd;
    let p = this.attrsStart;
    let n = 0;
    for (;;) {
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      if (p >= end) break;
      const keyStart = p;
      while (p < end && xml.charCodeAt(p) !== 61 && !isSpace(xml.charCodeAt(p))) p++;
      const key = xml.slice(keyStart, p);
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      if (xml.charCodeAt(p) !== 61 || key === '')
        this.fail(`a malformed attribute in <${this.name}>`);
      p++;
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      const quote = xml[p];
      if (quote !== '"' && quote !== "'") this.fail(`an unquoted attribute in <${this.name}>`);
      const close = xml.indexOf(quote, p + 1);
      if (close < 0 || close >= end) this.fail(`an unterminated attribute in <${this.name}>`);
      this.attrKeys[n] = key;
      this.attrSpans[2 * n] = p + 1;
      this.attrSpans[2 * n + 1] = close;
      n++;
      p = close + 1;
    }
    this.attrCount = n;
  }

  /** Skips the current element's content up to and including its CLOSE token. */
  skipElement(): void {
    const depth = this.stack.length;
    for (;;) {
      const t = this.next();
      if (t === END || (t === CLOSE && this.stack.length < depth)) return;
    }
  }

  private readonly failer = (why: string): never => this.fail(why);

  fail(why: string): never {
    throw new XlsxFormatError(
      `${this.part} is not well-formed XML: ${why} (near character ${this.tagStart})`,
    );
  }

  private skipPast(marker: string, from: number): number {
    const i = this.xml.indexOf(marker, from);
    if (i < 0) this.fail(`an unterminated "${this.xml.slice(from, from + 9)}"`);
    return i + marker.length;
  }

  /** The `>` ending a tag, skipping `>` inside quoted attribute values. */
  private tagEnd(start: number): number {
    const xml = this.xml;
    let quote = 0;
    for (let i = start + 1; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === GT) return i;
      else if (c === LT) break;
    }
    this.tagStart = start;
    return this.fail('a tag is not closed');
  }

  /** A DOCTYPE (with an optional internal subset in brackets) is skipped, never interpreted. */
  private skipDoctype(start: number): number {
    const xml = this.xml;
    let bracket = 0;
    for (let i = start + 2; i < xml.length; i++) {
      const c = xml.charCodeAt(i);
      if (c === 91) bracket++;
      else if (c === 93) bracket--;
      else if (c === GT && bracket <= 0) return i + 1;
    }
    this.tagStart = start;
    return this.fail('an unterminated <!DOCTYPE>');
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}
