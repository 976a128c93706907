import {
  excelSerialToIsoDate,
  gridFromCsv,
  gridSheetFromRangeValues,
  isDateFormat,
  readRequirements,
  valueAt,
} from '../../../core/sheets';

describe('Grid from an Office.js used range', () => {
  it('places values at the range address and types errors, dates and empties', () => {
    const sheet = gridSheetFromRangeValues({
      name: 'Compute',
      address: 'Compute!B3:D4',
      values: [
        ['a', '', 45296],
        ['#N/A', true, 12.5],
      ],
      valueTypes: [
        ['String', 'Empty', 'Double'],
        ['Error', 'Boolean', 'Double'],
      ],
      numberFormats: [
        ['General', 'General', 'yyyy-mm-dd'],
        ['General', 'General', '0.00'],
      ],
    });
    expect(valueAt(sheet, 3, 2)).toBe('a');
    expect(valueAt(sheet, 3, 3)).toBeNull();
    expect(valueAt(sheet, 3, 4)).toEqual({ date: '2024-01-05' });
    expect(valueAt(sheet, 4, 2)).toEqual({ error: '#N/A' });
    expect(valueAt(sheet, 4, 4)).toBe(12.5);
    expect(valueAt(sheet, 1, 1)).toBeNull();
  });

  it('recognises date formats but not numbers with literal text', () => {
    expect(isDateFormat('m/d/yyyy')).toBe(true);
    expect(isDateFormat('[$-409]mmmm d, yyyy')).toBe(true);
    expect(isDateFormat('#,##0.00 "days"')).toBe(false);
    expect(isDateFormat('"$"#,##0.00')).toBe(false);
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDate(45296)).toBe('2024-01-05');
  });

  it('errors from a used range are reported at their real cell', () => {
    const sheet = gridSheetFromRangeValues({
      name: 'Compute',
      address: 'C5:I6',
      values: [
        [
          'Instance type',
          'vCPU (count)',
          'Memory (GiB)',
          'Operating system',
          'Quantity',
          'Region',
          'Tenancy',
        ],
        ['m5.large', '', '', 'Linux', '#REF!', '', ''],
      ],
      valueTypes: [
        Array(7).fill('String'),
        ['String', 'Empty', 'Empty', 'String', 'Error', 'Empty', 'Empty'],
      ],
    });
    const res = readRequirements({ sheets: [sheet] });
    expect(res.errors.map((e) => e.cell)).toEqual(['Compute!G6']);
  });
});

describe('Grid from CSV', () => {
  it('handles quotes, doubled quotes, CRLF, a BOM, semicolons and error tokens', () => {
    const g = gridFromCsv('\ufeffa;b;c\r\n"x;y";"say ""hi""";#N/A\r\n;  2 ;\n', 'data');
    expect(g.sheets[0]!.rows).toEqual([
      ['a', 'b', 'c'],
      ['x;y', 'say "hi"', { error: '#N/A' }],
      [null, '2', null],
    ]);
  });

  it('keeps line breaks inside quoted fields', () => {
    expect(gridFromCsv('"Storage amount\nper volume",x\n1,2', 's').sheets[0]!.rows).toEqual([
      ['Storage amount\nper volume', 'x'],
      ['1', '2'],
    ]);
  });
});
