import { isDateFormat } from '../../../core';
import { CLOSE, END, OPEN, XmlScanner } from './xml-scanner';

/**
 * xl/styles.xml -> which cell style ids (`<c s="N">`, an index into `<cellXfs>`) show numbers as
 * dates. As exceljs: the number format is the custom `<numFmt>` of that id, else the built-in one;
 * whether it is a date is core's `isDateFormat` (the add-in's rule too). Style 0 and number
 * format 0 are never dates.
 */
const BUILTIN: Readonly<Record<number, string>> = {
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
};
// The other built-in ids (0-13, 37-40, 48, 49) are numeric or text formats: never dates.

/** `dateStyles[s]` is true when cell style `s` is a date format. */
export function parseDateStyles(xml: string, part: string): boolean[] {
  const sc = new XmlScanner(xml, part);
  const custom = new Map<number, string>();
  const xfNumFmt: number[] = [];
  let inCellXfs = false;
  for (let tok = sc.next(); tok !== END; tok = sc.next()) {
    if (tok === OPEN) {
      if (sc.name === 'numFmt') {
        const id = parseInt(sc.attr('numFmtId') ?? '', 10);
        // exceljs drops backslash escapes before testing the format.
        const code = (sc.attr('formatCode') ?? '').replace(/[\\](.)/g, '$1');
        custom.set(id, code);
      } else if (sc.name === 'cellXfs') inCellXfs = true;
      else if (sc.name === 'xf' && inCellXfs) {
        xfNumFmt.push(parseInt(sc.attr('numFmtId') ?? '', 10));
        sc.skipElement();
      }
    } else if (tok === CLOSE && sc.name === 'cellXfs') inCellXfs = false;
  }
  return xfNumFmt.map((id, index) => {
    if (index === 0 || !id) return false;
    const format = custom.get(id) || BUILTIN[id];
    return format !== undefined && isDateFormat(format);
  });
}
