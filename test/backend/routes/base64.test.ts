import { isBase64 } from '../../../backend/routes/schemas/base64';
import { uploadSchema } from '../../../backend/routes/schemas/excel';

describe('base64 request fields', () => {
  it('accepts base64 text with up to two padding characters and nothing else', () => {
    expect(isBase64(Buffer.from('hello world').toString('base64'))).toBe(true);
    expect(isBase64('aGk=')).toBe(true);
    expect(isBase64('aA==')).toBe(true);
    expect(isBase64('')).toBe(false);
    expect(isBase64('==')).toBe(false);
    expect(isBase64('aGk===')).toBe(false);
    expect(isBase64('a b')).toBe(false);
    expect(isBase64('aGk=aGk=')).toBe(false);
    expect(isBase64('ü')).toBe(false);
  });

  it("validates a 10 MB upload deep in a call chain (a regex here overflowed V8's backtracking stack in CI)", () => {
    const contentBase64 = Buffer.alloc(10 * 1024 * 1024 + 1).toString('base64');
    const deep = (depth: number): boolean =>
      depth === 0
        ? uploadSchema.safeParse({ fileName: 'big.xlsx', contentBase64 }).success
        : deep(depth - 1);
    expect(deep(8000)).toBe(true);
    expect(
      uploadSchema.safeParse({ fileName: 'big.xlsx', contentBase64: `${contentBase64}!` }).success,
    ).toBe(false);
  });
});
