import { readWorkbook } from '../../../backend/excel/read-workbook';
import { parseSharedStrings } from '../../../backend/excel/fast-xlsx/shared-strings';
import { isDateFormat } from '../../../core';
import { parseDateStyles } from '../../../backend/excel/fast-xlsx/styles';
import { CLOSE, END, OPEN, TEXT, XmlScanner } from '../../../backend/excel/fast-xlsx/xml-scanner';
import { XlsxFormatError } from '../../../backend/excel/fast-xlsx/xlsx-format-error';
import { WorkbookReadError } from '../../../backend/excel/workbook-read-error';
import { writeZipParts } from '../../../backend/excel/zip-package';

/** Unit tests of the fast xlsx reader on handcrafted OOXML (no exceljs involved). */

function tokens(xml: string): string[] {
  const sc = new XmlScanner(xml, 'test.xml');
  const out: string[] = [];
  for (let t = sc.next(); t !== END; t = sc.next()) {
    if (t === OPEN) out.push(`<${sc.name}${sc.selfClosing ? '/' : ''}>`);
    else if (t === CLOSE) out.push(`</${sc.name}>`);
    else if (t === TEXT) out.push(sc.text());
  }
  return out;
}

describe('XmlScanner', () => {
  it('reads tags and text, strips prefixes, skips the declaration, comments and DOCTYPE', () => {
    const xml =
      '\ufeff<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><x:a><!-- c --><b/>t<![CDATA[<raw> & ]]></x:a>';
    expect(tokens(xml)).toEqual(['<a>', '<b/>', '</b>', 't', '<raw> & ', '</a>']);
  });

  it('expands the five entities and character references, normalises line ends', () => {
    expect(tokens('<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;\r\nx\ry</a>')).toEqual([
      '<a>',
      '<>&"\'AB😀\nx\ny',
      '</a>',
    ]);
  });

  it('decodes attributes, finds prefixed ones, keeps ">" inside quotes', () => {
    const sc = new XmlScanner(`<s name="a &amp; b>c" r:id='rId7' t="x"/>`, 'test.xml');
    expect(sc.next()).toBe(OPEN);
    expect(sc.attr('name')).toBe('a & b>c');
    expect(sc.attr('id', true)).toBe('rId7');
    expect(sc.attr('id')).toBeUndefined();
    expect(sc.attr('missing')).toBeUndefined();
    expect(sc.next()).toBe(CLOSE);
    expect(sc.next()).toBe(END);
  });

  it.each([
    ['mis-nested tags', '<a><b></a></b>', /<b> is closed by <\/a>/],
    ['a part cut short', '<a><b>text', /ends inside <b>/],
    ['an undefined entity', '<a>&e;</a>', /undefined entity &e;/],
    ['a bare ampersand', '<a>fish & chips</a>', /bare "&"/],
    ['an unclosed tag', '<a><b </a>', /not closed/],
  ])('refuses %s naming the part', (_what, xml, message) => {
    expect(() => tokens(xml)).toThrow(XlsxFormatError);
    expect(() => tokens(xml)).toThrow(message);
    expect(() => tokens(xml)).toThrow(/test\.xml/);
  });
});

describe('shared strings', () => {
  it('reads plain, rich (phonetic runs left out), escaped and empty entries', () => {
    const sst = parseSharedStrings(
      `<sst xmlns="x"><si><t>plain &amp; simple</t></si>` +
        `<si><r><rPr><b/></rPr><t>bold </t></r><r><t xml:space="preserve">and plain</t></r><rPh><t>ignored</t></rPh></si>` +
        `<si><t>line_x000D__x000a_kept_x000A_end</t></si><si/><si><t/></si></sst>`,
      'xl/sharedStrings.xml',
    );
    expect(sst.text).toEqual([
      'plain & simple',
      'bold and plain',
      'line\r_x000a_kept\nend',
      null,
      '',
    ]);
    expect(sst.rich).toEqual([false, true, false, false, false]);
  });
});

describe('date styles', () => {
  it('knows date formats as exceljs does', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('[h]:mm:ss')).toBe(true);
    expect(isDateFormat('0 "days"')).toBe(false);
    expect(isDateFormat('[Red]#,##0.00')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
  });

  it('maps cellXfs (not cellStyleXfs) to date or not, custom formats over built-in ids', () => {
    const styles = parseDateStyles(
      `<styleSheet><numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>` +
        `<numFmt numFmtId="165" formatCode="0.0&quot; GB&quot;"/><numFmt numFmtId="166" formatCode="#,##0\\h"/></numFmts>` +
        `<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs>` +
        `<cellXfs><xf numFmtId="14"/><xf numFmtId="14"/><xf numFmtId="4"><alignment/></xf><xf numFmtId="164"/>` +
        `<xf numFmtId="165"/><xf numFmtId="22"/><xf numFmtId="47"/><xf numFmtId="49"/><xf numFmtId="166"/><xf numFmtId="30"/></cellXfs></styleSheet>`,
      'xl/styles.xml',
    );
    // Style 0 is never a date; 166's escaped \h counts as h once the backslash goes (exceljs rule).
    expect(styles).toEqual([false, true, false, true, false, true, true, false, true, false]);
  });
});

// ---- whole packages through readWorkbook ----

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface SheetXml {
  name: string;
  state?: string;
  body: string;
  after?: string;
}

function pkg(
  sheets: SheetXml[],
  opts: { sst?: string; styles?: string; pr?: string } = {},
): Buffer {
  const parts = [
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<workbook ${NS} ${R}>${opts.pr ?? ''}<sheets>${sheets
          .map(
            (s, i) =>
              `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
          )
          .join('')}</sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
          .map(
            (_s, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join(
            '',
          )}<Relationship Id="rS" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/><Relationship Id="rY" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ),
    },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      data: Buffer.from(
        `<worksheet ${NS} ${R}><dimension ref="A1"/><sheetData>${s.body}</sheetData>${s.after ?? ''}</worksheet>`,
      ),
    })),
  ];
  if (opts.sst) parts.push({ name: 'xl/sharedStrings.xml', data: Buffer.from(opts.sst) });
  if (opts.styles) parts.push({ name: 'xl/styles.xml', data: Buffer.from(opts.styles) });
  return writeZipParts(parts);
}

const STYLES = `<styleSheet ${NS}><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="2"/></cellXfs></styleSheet>`;

async function readError(buf: Buffer): Promise<WorkbookReadError> {
  try {
    await readWorkbook(buf);
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error('expected the read to fail');
}

describe('readWorkbook through the fast reader', () => {
  it('reads every kind of cell', async () => {
    const grid = await readWorkbook(
      pkg(
        [
          {
            name: 'Data',
            body:
              `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c><c r="C1" t="b"><v>1</v></c>` +
              `<c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#REF!</v></c><c r="F1" s="1"><v>45352</v></c>` +
              `<c r="G1" s="2"><v>45352</v></c><c r="H1" t="inlineStr"><is><t>inline &amp; more</t></is></c>` +
              `<c r="I1" t="inlineStr"><is><r><t>ri</t></r><r><rPr><i/></rPr><t>ch</t></r></is></c></row>` +
              `<row r="2"><c r="A2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="B2"><f>1+1</f><v>2</v></c>` +
              `<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2"><f>NOW()</f></c><c r="E2" s="1"><f>TODAY()</f><v>45000</v></c>` +
              `<c r="F2" s="2"/><c r="H2" t="s"><v>1</v></c></row>`,
          },
        ],
        {
          sst: `<sst ${NS}><si><t>shared</t></si><si><r><t>rich </t></r><r><t>shared</t></r></si></sst>`,
          styles: STYLES,
        },
      ),
    );
    expect(grid.sheets).toEqual([
      {
        name: 'Data',
        rows: [
          [
            'shared',
            12.5,
            true,
            false,
            { error: '#REF!' },
            { date: '2024-03-01' },
            45352,
            'inline & more',
            'rich',
          ],
          ['ab', 2, { error: '#DIV/0!' }, null, { date: '2023-03-15' }, null, null, 'rich shared'],
        ],
      },
    ]);
  });

  it('reads a formula whose cached result is 0 or FALSE as 0 / false, not as an empty cell', async () => {
    const grid = await readWorkbook(
      pkg([
        {
          name: 'Zero',
          body:
            `<row r="1"><c><v>7</v></c><c><f>A1-A1</f><v>0</v></c><c t="b"><f>A1&gt;100</f><v>0</v></c>` +
            `<c t="b"><f>A1&lt;100</f><v>1</v></c><c><f>A1*0</f></c></row>`,
        },
      ]),
    );
    // The last formula was never calculated (no <v>): that one stays empty.
    expect(grid.sheets[0]!.rows).toEqual([[7, 0, false, true, null]]);
  });

  it('places rows and cells without r after the previous ones, keeps gaps and formatted rows', async () => {
    const grid = await readWorkbook(
      pkg([
        {
          name: 'NoRefs',
          body:
            `<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>` +
            `<row><c t="inlineStr"><is><t>second</t></is></c></row>` +
            `<row r="5"><c r="B5"><v>7</v></c></row><row/><row r="9" s="3" customFormat="1"/>`,
        },
      ]),
    );
    expect(grid.sheets[0]!.rows).toEqual([
      [1, 2, null, null, 5, 6],
      ['second'],
      [],
      [],
      [null, 7],
      [],
      [],
      [],
      [],
    ]);
  });

  it('reads merges (value in the top-left cell only), hidden and very hidden sheets, 1904 dates', async () => {
    const grid = await readWorkbook(
      pkg(
        [
          {
            name: 'Merged',
            body: `<row r="1"><c r="A1" t="inlineStr"><is><t>title</t></is></c><c r="B1"><v>9</v></c></row>`,
            after: `<mergeCells count="2"><mergeCell ref="A1:C2"/><mergeCell ref="E4:D3"/></mergeCells>`,
          },
          { name: 'Lists', state: 'hidden', body: '' },
          {
            name: 'Deep',
            state: 'veryHidden',
            body: `<row r="1"><c r="A1" s="1"><v>0</v></c></row>`,
          },
        ],
        { styles: STYLES, pr: '<workbookPr date1904="1"/>' },
      ),
    );
    expect(grid.sheets).toEqual([
      {
        name: 'Merged',
        rows: [
          ['title', null, null],
          [null, null, null],
          [null, null, null, null, null],
          [null, null, null, null, null],
        ],
        merges: ['A1:C2', 'D3:E4'],
      },
      { name: 'Lists', rows: [], hidden: true },
      { name: 'Deep', rows: [[{ date: '1904-01-01' }]], hidden: true },
    ]);
  });

  it('reads an x:-prefixed package', async () => {
    const buf = pkg([{ name: 'P', body: '' }]);
    // Rewrite the sheet with prefixed element names, as some generators write it.
    const { readZipParts } = await import('../../../backend/excel/zip-package');
    const parts = readZipParts(buf).map((p) =>
      p.name === 'xl/worksheets/sheet1.xml'
        ? {
            name: p.name,
            data: Buffer.from(
              `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="B1"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
            ),
          }
        : p,
    );
    const grid = await readWorkbook(writeZipParts(parts));
    expect(grid.sheets[0]!.rows).toEqual([[null, 3]]);
  });

  it('a malformed sheet is one corrupt error naming the part', async () => {
    const err = await readError(
      pkg([{ name: 'Bad', body: '<row r="1"><c r="A1"><v>1</c></row>' }]),
    );
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/xl\/worksheets\/sheet1\.xml is not well-formed XML/);
  });

  it('a cell pointing past the shared strings is one corrupt error naming the cell', async () => {
    const err = await readError(
      pkg([{ name: 'Data', body: '<row r="1"><c r="C1" t="s"><v>4</v></c></row>' }], {
        sst: `<sst ${NS}><si><t>only one</t></si></sst>`,
      }),
    );
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/Data!C1 points at shared string 4/);
  });

  it('overlapping merges are one corrupt error naming the sheet', async () => {
    const err = await readError(
      pkg([
        {
          name: 'Over',
          body: '',
          after: '<mergeCells><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>',
        },
      ]),
    );
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/"Over" has overlapping merged cells \(B2:C3\)/);
  });

  it.each([
    [
      'cells far out in many rows',
      Array.from(
        { length: 700 },
        (_v, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`,
      ).join(''),
      '',
    ],
    [
      'a merge over the whole sheet',
      '',
      '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>',
    ],
  ])('%s are refused as too large, without allocating them', async (_what, body, after) => {
    const err = await readError(pkg([{ name: 'Huge', body, after }]));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/sheet "Huge" spreads over more than 10,000,000 cells/);
  });
});
