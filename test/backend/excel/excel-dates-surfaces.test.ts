import { gridSheetFromRangeValues } from '../../../core';
import { readWorkbook } from '../../../backend/excel/read-workbook';
import { writeZipParts } from '../../../backend/excel/zip-package';

/**
 * One Excel date conversion: the same serials under the same date formats read as the same days
 * through the backend's xlsx reader and through the add-in's used-range path (core's grid model).
 */
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const FORMATS = ['d-mmm-yy', 'h:mm', 'YYYY-MM-DD', 'yyyy-mm-dd'];
const SERIALS = [1, 59, 60, 61, 0.5, 45292.75];

function workbook(serials: readonly number[]): Buffer {
  const numFmts = FORMATS.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${f}"/>`);
  const xfs = FORMATS.map((_f, i) => `<xf numFmtId="${164 + i}"/>`);
  const cells = FORMATS.map(
    (_f, col) =>
      `<row r="${col + 1}">${serials
        .map(
          (s, i) =>
            `<c r="${String.fromCharCode(65 + i)}${col + 1}" s="${col + 1}"><v>${s}</v></c>`,
        )
        .join('')}</row>`,
  );
  return writeZipParts([
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<workbook ${NS} ${R}><sheets><sheet name="Dates" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
          `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
          `<Relationship Id="rY" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.from(`<worksheet ${NS}><sheetData>${cells.join('')}</sheetData></worksheet>`),
    },
    {
      name: 'xl/styles.xml',
      data: Buffer.from(
        `<styleSheet ${NS}><numFmts>${numFmts.join('')}</numFmts>` +
          `<cellXfs><xf numFmtId="0"/>${xfs.join('')}</cellXfs></styleSheet>`,
      ),
    },
  ]);
}

describe('Excel dates read the same in the backend and in the add-in', () => {
  it('serials before and after 1900-03-01, times of day and upper-case formats', async () => {
    const grid = await readWorkbook(workbook(SERIALS), { fileName: 'dates.xlsx' });
    const viaOffice = gridSheetFromRangeValues({
      name: 'Dates',
      address: 'A1:F4',
      values: FORMATS.map(() => SERIALS),
      valueTypes: FORMATS.map(() => SERIALS.map(() => 'Double')),
      numberFormats: FORMATS.map((f) => SERIALS.map(() => f)),
    });
    expect(grid.sheets[0]!.rows).toEqual(viaOffice.rows);
    expect(viaOffice.rows[0]).toEqual([
      { date: '1900-01-01' },
      { date: '1900-02-28' },
      { date: '1900-03-01' },
      { date: '1900-03-01' },
      { date: '1899-12-31' },
      { date: '2024-01-01' },
    ]);
  });
});
