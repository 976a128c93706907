import { END, OPEN, XmlScanner } from './xml-scanner';

/** xl/workbook.xml and its relationships: the sheets in tab order and where each one's part is. */
export interface SheetEntry {
  readonly name: string;
  /** `visible` when absent; `hidden` or `veryHidden` otherwise. */
  readonly state: string;
  readonly relId: string;
}

export interface WorkbookEntries {
  readonly sheets: readonly SheetEntry[];
  /** Serial numbers count from 1904-01-01 (old Mac workbooks). */
  readonly date1904: boolean;
}

export interface Relationship {
  readonly target: string;
  readonly type: string;
}

export function parseWorkbook(xml: string, part: string): WorkbookEntries {
  const sc: XmlScanner = new XmlScanner(xml, part);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (let tok = sc.next(); tok !== END; tok = sc.next()) {
    if (tok !== OPEN) continue;
    if (sc.name === 'sheet') {
      const name = sc.attr('name');
      const relId = sc.attr('id', true);
      if (name === undefined || relId === undefined)
        sc.fail('a <sheet> has no name or relationship id');
      sheets.push({ name, state: sc.attr('state') ?? 'visible', relId });
    } else if (sc.name === 'workbookPr') {
      const v = sc.attr('date1904');
      date1904 = v === '1' || v === 'true';
    }
  }
  return { sheets, date1904 };
}

export function parseRelationships(xml: string, part: string): Map<string, Relationship> {
  const sc: XmlScanner = new XmlScanner(xml, part);
  const rels = new Map<string, Relationship>();
  for (let tok = sc.next(); tok !== END; tok = sc.next()) {
    if (tok !== OPEN || sc.name !== 'Relationship') continue;
    const id = sc.attr('Id');
    const target = sc.attr('Target');
    if (id !== undefined && target !== undefined)
      rels.set(id, { target, type: sc.attr('Type') ?? '' });
  }
  return rels;
}

/** A relationship target of xl/workbook.xml as a package path (`worksheets/s1.xml` -> `xl/...`). */
export function resolveTarget(target: string): string {
  const trimmed = target.trim();
  const segments = trimmed.startsWith('/') ? [] : ['xl'];
  for (const seg of trimmed.replace(/^\/+/, '').split('/')) {
    if (seg === '..') segments.pop();
    else if (seg !== '.' && seg !== '') segments.push(seg);
  }
  return segments.join('/');
}
