import { CLOSE, END, OPEN, TEXT, XmlScanner } from './xml-scanner';

/**
 * xl/sharedStrings.xml: one entry per `<si>`. Plain `<t>` text and rich-text runs (`<r><t>`) both
 * become their text; phonetic runs (`<rPh>`) are not part of the value. `_xHHHH_` escapes are
 * expanded as exceljs does (upper-case hex only). An `<si>` with neither text nor runs is null, so
 * a cell pointing at it reads empty, as through exceljs.
 */
export interface SharedStrings {
  readonly text: readonly (string | null)[];
  /** True where the entry was rich text (a hyperlinked cell then reads empty, as in exceljs). */
  readonly rich: readonly boolean[];
}

export function unescapeOoxml(s: string): string {
  return s.includes('_x')
    ? s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;
}

export function parseSharedStrings(xml: string, part: string): SharedStrings {
  const sc = new XmlScanner(xml, part);
  const text: (string | null)[] = [];
  const rich: boolean[] = [];
  let plain: string | null = null;
  let runs: string[] | null = null;
  let inT = false;
  let inRun = false;
  let inPhonetic = 0;
  let buf = '';
  for (let tok = sc.next(); tok !== END; tok = sc.next()) {
    if (tok === OPEN) {
      const n = sc.name;
      if (n === 'si') {
        plain = null;
        runs = null;
      } else if (n === 'rPh') inPhonetic++;
      else if (inPhonetic === 0) {
        if (n === 'r') {
          inRun = true;
          (runs ??= []).push('');
        } else if (n === 't') {
          inT = true;
          buf = '';
        }
      }
    } else if (tok === TEXT) {
      if (inT) buf += sc.text();
    } else if (tok === CLOSE) {
      const n = sc.name;
      if (n === 'rPh') inPhonetic--;
      else if (n === 't' && inT) {
        inT = false;
        if (inRun && runs) runs[runs.length - 1] = unescapeOoxml(buf);
        else plain = unescapeOoxml(buf);
      } else if (n === 'r') inRun = false;
      else if (n === 'si') {
        rich.push(runs !== null);
        text.push(runs !== null ? runs.join('') : plain);
      }
    }
  }
  return { text, rich };
}
