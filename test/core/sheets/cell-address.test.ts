import {
  cellAddress,
  columnLetters,
  columnNumber,
  parseCellAddress,
  parseRange,
  qualifiedAddress,
  splitQualifiedAddress,
} from '../../../core/sheets';

describe('A1 addresses', () => {
  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
    [16384, 'XFD'],
  ])('column %i is %s and back', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters)).toBe(n);
  });

  it('builds and parses cell addresses, with or without $ and a sheet prefix', () => {
    expect(cellAddress(12, 5)).toBe('E12');
    expect(parseCellAddress('$E$12')).toEqual({ row: 12, column: 5 });
    expect(parseCellAddress('Compute!E12')).toEqual({ row: 12, column: 5 });
    expect(parseRange('A1:D9')).toEqual({
      start: { row: 1, column: 1 },
      end: { row: 9, column: 4 },
    });
  });

  it('quotes sheet names that need it, as Excel does', () => {
    expect(qualifiedAddress('Compute', 'E12')).toBe('Compute!E12');
    expect(qualifiedAddress('AWS Estimate', 'A1')).toBe("'AWS Estimate'!A1");
    expect(qualifiedAddress("Bob's", 'A1')).toBe("'Bob''s'!A1");
  });

  it('rejects what is not an address', () => {
    expect(() => parseCellAddress('12E')).toThrow(/not an A1 cell address/);
    expect(() => columnLetters(0)).toThrow(RangeError);
  });
});

describe('splitQualifiedAddress (the inverse of qualifiedAddress)', () => {
  it.each([
    ['Compute!B7', ['Compute', 'B7']],
    ["'My Sheet'!B7", ['My Sheet', 'B7']],
    ["'Bob''s costs'!A1", ["Bob's costs", 'A1']],
    ['Compute!12:12', ['Compute', '12:12']],
    ['Compute', ['Compute', null]],
  ])('%s → %j', (cell, parts) => {
    expect(splitQualifiedAddress(cell)).toEqual(parts);
  });

  it('round-trips every sheet name qualifiedAddress writes', () => {
    for (const sheet of ['Compute', 'My Sheet', "Bob's", 'a!b', 'Lists']) {
      expect(splitQualifiedAddress(qualifiedAddress(sheet, 'C3'))).toEqual([sheet, 'C3']);
    }
  });
});
