import fc from 'fast-check';
import {
  excelSerialToIsoDate,
  gridSheetFromRangeValues,
  isDateFormat,
  valueAt,
} from '../../../core';

describe('excelSerialToIsoDate: one conversion, Excel’s 1900 leap-year bug included', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    // Serial 60 is Excel's 29 February 1900, a day that never was: it lands on 1 March.
    [60, '1900-03-01'],
    [61, '1900-03-01'],
    [0, '1899-12-31'],
    [0.5, '1899-12-31'],
    [45292, '2024-01-01'],
    [45292.99, '2024-01-01'],
    [2958465, '9999-12-31'],
  ])('1900 system: serial %d is %s', (serial, iso) => {
    expect(excelSerialToIsoDate(serial)).toBe(iso);
  });

  it('1904 system: serial 0 is 1904-01-01, with no leap-year correction', () => {
    expect(excelSerialToIsoDate(0, '1904')).toBe('1904-01-01');
    expect(excelSerialToIsoDate(1, '1904')).toBe('1904-01-02');
    expect(excelSerialToIsoDate(59, '1904')).toBe('1904-02-29');
  });

  it('a number that is no four-digit-year date gives undefined, not a crash', () => {
    expect(excelSerialToIsoDate(1e20)).toBeUndefined();
    expect(excelSerialToIsoDate(2958466 + 366 * 10)).toBeUndefined();
    expect(excelSerialToIsoDate(Number.NaN)).toBeUndefined();
  });

  it('from 1900-03-01 on it equals exceljs’s arithmetic (days since 1970 + 25569)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2958465 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (day, time) => {
          const serial = day + time;
          const unixDays = Math.floor(serial) - 25569;
          const expected = new Date(unixDays * 86_400_000).toISOString().slice(0, 10);
          expect(excelSerialToIsoDate(serial)).toBe(expected);
        },
      ),
    );
  });
});

describe('isDateFormat: the union of the add-in’s and the xlsx reader’s former rules', () => {
  it.each([
    'yyyy-mm-dd',
    'm/d/yyyy',
    'YYYY-MM-DD',
    'DD/MM/YY',
    '[h]:mm:ss',
    'h:mm AM/PM',
    'mmss.0',
    '[$-409]mmmm d, yyyy',
    'b2yyyy',
    '0\\h',
  ])('%s is a date or time format', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    'General',
    '0',
    '0.00',
    '#,##0.00 "days"',
    '"$"#,##0.00',
    '[Red]#,##0.00',
    '0.00E+00',
    '@',
  ])('%s is not', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});

describe('the add-in’s used range gives the same dates as the conversion', () => {
  it('time-only and pre-March-1900 serials under date formats read as their day', () => {
    const sheet = gridSheetFromRangeValues({
      name: 'Dates',
      rowIndex: 0,
      columnIndex: 0,
      values: [[59, 0.5, 45292, 1e20]],
      valueTypes: [['Double', 'Double', 'Double', 'Double']],
      numberFormats: [['d-mmm-yy', 'h:mm', 'YYYY-MM-DD', 'yyyy-mm-dd']],
    });
    expect(sheet.rows[0]).toEqual([
      { date: '1900-02-28' },
      { date: '1899-12-31' },
      { date: '2024-01-01' },
      // Excel shows #### for it: the number stays a number.
      1e20,
    ]);
    expect(valueAt(sheet, 1, 3)).toEqual({ date: '2024-01-01' });
  });
});
