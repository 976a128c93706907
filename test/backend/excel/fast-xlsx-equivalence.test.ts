import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { buildTemplateWorkbook } from '../../../backend/excel/build-template';
import { workbookToGridSheets } from '../../../backend/excel/exceljs-to-grid';
import { readXlsxSheets } from '../../../backend/excel/fast-xlsx/read-xlsx';
import { renderSheetsToWorkbook } from '../../../backend/excel/render-sheets';
import { inspectZip } from '../../../backend/excel/zip-guard';
import { writeZipParts } from '../../../backend/excel/zip-package';
import {
  assumptionsSheetSpec,
  bulkImportExportSpecs,
  comparisonSheetSpec,
  estimateSheetSpec,
} from '../../../core';
import type { GridSheet } from '../../../core';
import { COMPARISON, ESTIMATE } from '../../core/sheets/estimate-fixtures';

/**
 * The fast reader must give exactly the Grid the exceljs path (exceljs load + exceljs-to-grid.ts)
 * gave before it replaced it: every corpus workbook, our template, our rendered result and
 * bulk-import sheets, and an exceljs-written workbook with every kind of cell.
 */
interface CorpusEntry {
  file: string;
  readError?: string;
}

const DIR = path.resolve(__dirname, '../../fixtures/workbooks');
const CORPUS = JSON.parse(readFileSync(path.join(DIR, 'corpus.json'), 'utf8')) as CorpusEntry[];

async function viaExceljs(buf: Buffer): Promise<GridSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return workbookToGridSheets(wb);
}

function viaFast(buf: Buffer): GridSheet[] {
  return readXlsxSheets(
    inspectZip(buf, { maxUncompressedBytes: 100 * 1024 * 1024, maxEntries: 2000 }).parts,
  );
}

async function expectSameGrid(buf: Buffer): Promise<void> {
  const expected = await viaExceljs(buf);
  const actual = viaFast(buf);
  // toStrictEqual: a missing `hidden`/`merges` key or an undefined hole would be a difference.
  expect(actual).toStrictEqual(expected);
}

describe('fast xlsx reader = exceljs path', () => {
  const readable = CORPUS.filter((c) => !c.readError && /\.xls[xm]$/i.test(c.file));

  it('covers the readable workbooks of the corpus', () => {
    expect(readable.length).toBeGreaterThanOrEqual(10);
  });

  it.each(readable.map((c) => [c.file]))('corpus %s reads identically', async (file) => {
    await expectSameGrid(readFileSync(path.join(DIR, file)));
  });

  it('our template (GET /excel/template) reads identically', async () => {
    await expectSameGrid(await buildTemplateWorkbook());
  });

  it('rendered result sheets read identically', async () => {
    const specs = [
      estimateSheetSpec(ESTIMATE),
      comparisonSheetSpec(COMPARISON),
      assumptionsSheetSpec(ESTIMATE, {
        region: 'us-east-1',
        pricingModel: { kind: 'on-demand' },
        discounts: [{ name: 'Customer discount', percent: 5 }],
      }),
    ];
    await expectSameGrid(await renderSheetsToWorkbook(specs));
  });

  it('rendered bulk-import export sheets read identically', async () => {
    const out = bulkImportExportSpecs({
      settings: { region: 'eu-west-1', pricingModel: { kind: 'on-demand' } },
      items: [
        {
          id: 'a',
          service: 'ec2',
          instanceType: 'm7g.large',
          os: 'Linux',
          quantity: 3,
          group: ['Prod', 'Web'],
          description: 'web <tier> & co',
        },
        { id: 'd', service: 'ebs', volumeType: 'gp3', storageGb: 500, quantity: 2 },
      ],
    });
    expect(out.ec2).toBeDefined();
    expect(out.ebs).toBeDefined();
    await expectSameGrid(await renderSheetsToWorkbook([out.ec2!]));
    await expectSameGrid(await renderSheetsToWorkbook([out.ebs!]));
  });

  it('an exceljs workbook with every kind of cell reads identically', async () => {
    const buf = await kitchenSink();
    await expectSameGrid(buf);
    // And it really holds those kinds (so the comparison above is not of two empty grids).
    const [cells, lists, secret] = viaFast(buf);
    expect(cells!.rows[0]).toEqual([
      expect.stringContaining('text & <markup>'),
      42.5,
      -0.000123,
      true,
      false,
      { error: '#N/A' },
      { date: '2024-02-29' },
      { date: '2023-03-15' },
      { date: '2023-03-15' },
      3,
      7,
      12,
    ]);
    expect(cells!.rows[1]).toEqual([
      'bold and plain',
      85,
      'joined & <b>',
      { error: '#DIV/0!' },
      true,
      { date: '2024-01-01' },
      null,
      'a link',
      42.5,
      0,
      false,
    ]);
    expect(cells!.rows[8]).toEqual(['merged master', null, null]);
    expect(cells!.merges).toEqual(['A9:C10', 'E12:F14']);
    expect(lists!.hidden).toBe(true);
    expect(secret!.hidden).toBe(true);
  });
});

describe('fast xlsx reader = exceljs path, beyond what exceljs writes', () => {
  it('a handcrafted package (inline and rich strings, str, zero and FALSE formulas, hyperlinks, 1904) reads identically', async () => {
    const buf = handcrafted();
    await expectSameGrid(buf);
    const [sheet] = viaFast(buf);
    expect(sheet!.rows[0]).toEqual([
      'inline & text',
      'rich inline',
      'a<b',
      { error: '#NAME?' },
      { date: '1904-01-02' },
      'linked text',
      null,
      null,
      'after G1',
      'phonetic base',
      'tab\there',
    ]);
    // Formulas whose cached result is 0 or FALSE read as that value through both paths.
    expect(sheet!.rows[1]).toEqual([null, 0, false]);
  });

  it('random sheets written by exceljs read identically', async () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 12 }),
      fc.constantFrom('<&>"\'', ' lead', 'trail ', '_x0041_', 'é日😀', '=1+1', '#N/A'),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.boolean(),
      fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }, { error: '#VALUE!' }),
      fc
        .integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) })
        .map((ms) => new Date(Math.floor(ms / 86400000) * 86400000)),
      fc.record({
        formula: fc.constant('A1'),
        result: fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.boolean()),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
        fc.boolean(),
        async (rows, merge) => {
          const wb = new ExcelJS.Workbook();
          const ws = wb.addWorksheet('Random');
          rows.forEach((r, i) =>
            r.forEach((v, j) => {
              ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue;
            }),
          );
          if (merge) ws.mergeCells('B2:C3');
          await expectSameGrid(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
        },
      ),
      { numRuns: 40 },
    );
  });
});

function handcrafted(): Buffer {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const part = (name: string, xml: string) => ({ name, data: Buffer.from(xml) });
  return writeZipParts([
    part(
      '[Content_Types].xml',
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
    part(
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<workbook ${ns} ${r}><workbookPr date1904="1"/><sheets><sheet name="Hand &amp; made" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    ),
    part(
      'xl/sharedStrings.xml',
      `<sst ${ns}><si><t>linked text</t></si><si><t>phonetic base</t><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>tab_x0009_here</t></si></sst>`,
    ),
    part(
      'xl/styles.xml',
      `<styleSheet ${ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="d&quot; of &quot;mmmm"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    ),
    part(
      'xl/worksheets/sheet1.xml',
      `<worksheet ${ns} ${r}><dimension ref="A1:K2"/><sheetData>` +
        `<row r="1"><c r="A1" t="inlineStr"><is><t>inline &amp; text</t></is></c>` +
        `<c r="B1" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>inline</t></r></is></c>` +
        `<c r="C1" t="str"><f>"a"&amp;"&lt;b"</f><v>a&lt;b</v></c><c r="D1" t="e"><f>FOO()</f><v>#NAME?</v></c>` +
        `<c r="E1" s="1"><v>1</v></c><c r="F1" t="s"><v>0</v></c><c r="G1"><v>5</v></c><c r="H1" s="1"/>` +
        `<c r="I1" t="inlineStr"><is><t>after G1</t></is></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>` +
        `<row r="2"><c r="A2" s="1"/><c><f>A1-A1</f><v>0</v></c><c r="C2" t="b"><f>1&gt;2</f><v>0</v></c></row></sheetData>` +
        `<hyperlinks><hyperlink ref="F1" r:id="rIdL1"/><hyperlink ref="G1" r:id="rIdL2"/><hyperlink ref="H1" r:id="rIdL3"/><hyperlink ref="A2" location="Other!A1"/></hyperlinks></worksheet>`,
    ),
    part(
      'xl/worksheets/_rels/sheet1.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdL1" Type="${rel}/hyperlink" Target="https://example.com/1" TargetMode="External"/><Relationship Id="rIdL2" Type="${rel}/hyperlink" Target="https://example.com/2" TargetMode="External"/><Relationship Id="rIdL3" Type="${rel}/hyperlink" Target="https://example.com/3" TargetMode="External"/></Relationships>`,
    ),
  ]);
}

async function kitchenSink(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Cells');
  ws.getCell('A1').value = 'text & <markup> "quoted" \'apos\' _x0041_ é 日本 😀';
  ws.getCell('B1').value = 42.5;
  ws.getCell('C1').value = -0.000123;
  ws.getCell('D1').value = true;
  ws.getCell('E1').value = false;
  ws.getCell('F1').value = { error: '#N/A' };
  ws.getCell('G1').value = new Date(Date.UTC(2024, 1, 29));
  ws.getCell('H1').value = 45000;
  ws.getCell('H1').numFmt = 'yyyy-mm-dd';
  ws.getCell('I1').value = 45000.75;
  ws.getCell('I1').numFmt = '[h]:mm:ss';
  ws.getCell('J1').value = 3;
  ws.getCell('J1').numFmt = '0 "days"';
  ws.getCell('K1').value = 7;
  ws.getCell('K1').numFmt = '[Red]0.00';
  ws.getCell('L1').value = 12;
  ws.getCell('L1').numFmt = '#,##0.00';
  ws.getCell('A2').value = {
    richText: [{ text: 'bold ', font: { bold: true } }, { text: 'and plain' }],
  };
  ws.getCell('B2').value = { formula: 'B1*2', result: 85 };
  ws.getCell('C2').value = { formula: 'A1&"x"', result: 'joined & <b>' };
  ws.getCell('D2').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('E2').value = { formula: 'TRUE()', result: true };
  ws.getCell('F2').value = { formula: 'TODAY()', result: 45292 };
  ws.getCell('F2').numFmt = 'd-mmm-yy';
  ws.getCell('G2').value = { formula: 'NOW()' };
  ws.getCell('H2').value = { text: 'a link', hyperlink: 'https://example.com' };
  // A shared formula (master + child): exceljs writes these but its typings omit shareType/ref.
  ws.getCell('I2').value = {
    formula: 'SUM(B1:B1)',
    result: 42.5,
    shareType: 'shared',
    ref: 'I2:I4',
  } as unknown as ExcelJS.CellValue;
  ws.getCell('I3').value = { sharedFormula: 'I2', result: 1 };
  // Cached results exceljs's formula value object drops as falsy: both readers give 0 / false.
  ws.getCell('J2').value = { formula: 'B1*0', result: 0 };
  ws.getCell('K2').value = { formula: 'B1>100', result: false };
  ws.getCell('A3').value = '';
  ws.getCell('B3').value = '   padded   ';
  ws.getCell('C3').value = 'line\nbreak\r\nand tab\t';
  ws.getCell('L5').style = { font: { bold: true } }; // formatted, empty
  ws.getRow(7).getCell(2).value = 'after a gap';
  ws.getCell('A9').value = 'merged master';
  ws.getCell('B9').value = 'lost to the merge';
  ws.mergeCells('A9:C10');
  ws.mergeCells('E12:F14');
  ws.getCell('M20').numFmt = '0.00'; // a formatted row far below the data
  ws.getRow(25).height = 30;
  const hidden = wb.addWorksheet('Lists', { state: 'hidden' });
  hidden.getCell('A1').value = 'hidden value';
  const veryHidden = wb.addWorksheet('Secret', { state: 'veryHidden' });
  veryHidden.getCell('C3').value = 3;
  wb.addWorksheet('Empty');
  const wb1904 = wb.addWorksheet("Name with 'quote' & amp");
  wb1904.getCell('A1').value = 'x';
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
