import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fitsWinAnsi, toWinAnsi } from './pdf-text';

/**
 * Fonts of the PDF. Text that fits WinAnsi keeps pdfkit's built-in Helvetica (nothing embedded);
 * any other string is drawn in the first embedded Noto font that covers all of it, subset by pdfkit:
 * Noto Sans (Latin, Greek, Cyrillic, Devanagari, ₱ ₹ ₩ and other currency signs; regular and
 * bold), Noto Sans Hans (Chinese — simplified and traditional — Japanese kana and kanji, common
 * symbols such as ✓ ★ ■ →) and Noto Sans KR (Hangul). Characters none of them covers — emoji,
 * Thai, Arabic, Hebrew among others — print as `?` and are listed in the document's warnings.
 * A string mixing scripts that no single font covers shows the uncovered part as `?` likewise.
 */
type Doc = PDFKit.PDFDocument;
type Weight = 'regular' | 'bold';

interface Fallback {
  readonly name: string;
  readonly file: string;
  readonly pkg: string;
}

const FALLBACKS: Record<Weight, readonly Fallback[]> = {
  regular: [
    { name: 'NotoSans', file: 'NotoSans-Regular.ttf', pkg: '@embedpdf/fonts-latin' },
    { name: 'NotoSansHans', file: 'NotoSansHans-Regular.otf', pkg: '@embedpdf/fonts-sc' },
    { name: 'NotoSansKR', file: 'NotoSansKR-Regular.otf', pkg: '@embedpdf/fonts-kr' },
  ],
  // The CJK fonts are embedded in one weight only (each weight is 4–8 MB).
  bold: [
    { name: 'NotoSans-Bold', file: 'NotoSans-Bold.ttf', pkg: '@embedpdf/fonts-latin' },
    { name: 'NotoSansHans', file: 'NotoSansHans-Regular.otf', pkg: '@embedpdf/fonts-sc' },
    { name: 'NotoSansKR', file: 'NotoSansKR-Regular.otf', pkg: '@embedpdf/fonts-kr' },
  ],
};

/** Every font file the PDF may embed (the CDK app copies these beside the worker bundle). */
export const PDF_FONT_FILES: readonly { file: string; pkg: string }[] = [
  ...new Map(
    [...FALLBACKS.regular, ...FALLBACKS.bold].map((f) => [f.file, { file: f.file, pkg: f.pkg }]),
  ).values(),
];

/** Code points that need no glyph of their own (joiners, variation selectors) and are dropped. */
const IGNORABLE = /\u200B|\u200C|\u200D|\u2060|[\uFE00-\uFE0F]/gu;

/** Font files read once per process (pdfkit parses and subsets them per document). */
const bytesOf = new Map<string, Buffer>();

/** The font file: beside the bundle (`fonts/`, in Lambda) or in its npm package (locally). */
export function fontFile(f: { file: string; pkg: string }): string {
  const bundled = path.join(__dirname, 'fonts', f.file);
  if (existsSync(bundled)) return bundled;
  return path.join(path.dirname(require.resolve(f.pkg)), '..', 'fonts', f.file);
}

interface Glyphs {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

/** Makes `f` the document's current font and returns its glyph lookup. */
function use(doc: Doc, s: DocFonts, f: Fallback): Glyphs {
  if (!s.registered.has(f.name)) {
    let bytes = bytesOf.get(f.file);
    if (!bytes) {
      bytes = readFileSync(fontFile(f));
      bytesOf.set(f.file, bytes);
    }
    doc.registerFont(f.name, bytes);
    s.registered.add(f.name);
  }
  doc.font(f.name);
  // pdfkit's embedded font keeps its fontkit font in `font` (not in pdfkit's typings).
  const glyphs = (doc as unknown as { _font?: { font?: Glyphs } })._font?.font;
  if (!glyphs) throw new Error(`pdfkit did not load the font ${f.file}.`);
  return glyphs;
}

interface DocFonts {
  weight: Weight;
  readonly registered: Set<string>;
  readonly missing: Set<string>;
}

const STATE = new WeakMap<Doc, DocFonts>();

function state(doc: Doc): DocFonts {
  let s = STATE.get(doc);
  if (!s) {
    s = { weight: 'regular', registered: new Set(), missing: new Set() };
    STATE.set(doc, s);
  }
  return s;
}

/** The weight the caller chose: Helvetica(-Bold) set by the caller, else the last one used. */
function weightOf(doc: Doc, s: DocFonts): Weight {
  // pdfkit keeps the current font in `_font` (not in its typings).
  const name = (doc as unknown as { _font?: { name?: string } })._font?.name ?? 'Helvetica';
  if (name.startsWith('Helvetica')) s.weight = name.includes('Bold') ? 'bold' : 'regular';
  return s.weight;
}

/**
 * Sets the font that can draw `text` at the weight the caller chose and returns the text to draw.
 * Use wherever a string from the estimation or the settings is drawn (and for measuring it).
 */
export function pdfText(doc: Doc, text: string): string {
  const s = state(doc);
  const weight = weightOf(doc, s);
  if (fitsWinAnsi(text)) {
    doc.font(weight === 'bold' ? 'Helvetica-Bold' : 'Helvetica');
    return toWinAnsi(text);
  }
  const chars = [...text.replace(IGNORABLE, '')];
  const covers = (font: Glyphs, ch: string) =>
    /\s/u.test(ch) || font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0);
  let best: { f: Fallback; uncovered: number } | null = null;
  for (const f of FALLBACKS[weight]) {
    const glyphs = use(doc, s, f);
    const uncovered = chars.filter((ch) => !covers(glyphs, ch)).length;
    if (!best || uncovered < best.uncovered) best = { f, uncovered };
    if (uncovered === 0) break;
  }
  const font = use(doc, s, (best as { f: Fallback }).f);
  s.weight = weight;
  return chars
    .map((ch) => {
      if (covers(font, ch)) return ch;
      s.missing.add(ch);
      return '?';
    })
    .join('');
}

/** The document's warning when some characters could not be drawn (none: empty list). */
export function missingGlyphWarnings(doc: Doc): string[] {
  const missing = [...state(doc).missing];
  if (missing.length === 0) return [];
  const listed = missing
    .slice(0, 40)
    .map(
      (ch) => `${ch} (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`,
    )
    .join(', ');
  return [
    `The PDF shows "?" for ${missing.length} character${missing.length === 1 ? '' : 's'} that no embedded font covers (or that share one text with a script no single font covers): ${listed}${missing.length > 40 ? ', …' : ''}. The Word, Excel, CSV and JSON exports keep them.`,
  ];
}
