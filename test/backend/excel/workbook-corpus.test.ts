import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbook } from '../../../backend/excel/read-workbook';
import { WorkbookReadError } from '../../../backend/excel/workbook-read-error';
import { readRequirements } from '../../../core';

interface CorpusEntry {
  file: string;
  about: string;
  readError?: string;
  format?: string | null;
  errorRules?: string[];
  warningRules?: string[];
}

const DIR = path.resolve(__dirname, '../../fixtures/workbooks');
const CORPUS = JSON.parse(readFileSync(path.join(DIR, 'corpus.json'), 'utf8')) as CorpusEntry[];

async function readError(data: Uint8Array, fileName?: string): Promise<WorkbookReadError> {
  try {
    await readWorkbook(data, fileName ? { fileName } : {});
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw new Error(`expected a WorkbookReadError, got ${String(e)}`);
  }
  throw new Error('expected the read to fail');
}

describe('workbook corpus (test/fixtures/workbooks, from npm run workbooks:corpus)', () => {
  it.each(CORPUS.filter((c) => c.readError).map((c) => [c.file, c] as const))(
    '%s fails with one clear error',
    async (file, entry) => {
      const err = await readError(readFileSync(path.join(DIR, file)), file);
      expect(err.code).toBe(entry.readError);
      expect(err.message.length).toBeGreaterThan(20);
      expect(err.statusCode).toBeGreaterThanOrEqual(400);
    },
  );

  it.each(CORPUS.filter((c) => !c.readError).map((c) => [c.file, c] as const))(
    '%s gives its expected format, errors and warnings',
    async (file, entry) => {
      const grid = await readWorkbook(readFileSync(path.join(DIR, file)), { fileName: file });
      const res = readRequirements(grid);
      expect(res.format).toBe(entry.format);
      expect(res.errors.map((e) => e.rule)).toEqual(entry.errorRules);
      expect(res.warnings.map((w) => w.rule).sort()).toEqual([...entry.warningRules!].sort());
      // Never a half import: requirements only when there is no error.
      expect(res.requirements === null).toBe(res.errors.length > 0);
    },
  );

  it('refuses a file over 10 MB before unzipping it', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    big.write('PK\u0003\u0004', 0, 'latin1');
    const err = await readError(big);
    expect(err.code).toBe('too-large');
    expect(err.statusCode).toBe(413);
    expect(err.message).toMatch(/limit is 10 MB/);
  });

  it('names the cells of the bad-input corpus precisely', async () => {
    const read = async (f: string) =>
      readRequirements(await readWorkbook(readFileSync(path.join(DIR, f))));
    expect((await read('formula-errors.xlsx')).errors.map((e) => e.message)).toEqual([
      'Compute!G2: quantity is the Excel error #N/A; fix the formula or type a value',
      'Compute!E3: memory is the Excel error #REF!; fix the formula or type a value',
    ]);
    expect((await read('date-for-number.xlsx')).errors[0]!.message).toBe(
      'Compute!G2: quantity must be a whole number at least 1, got the date 2024-01-05 (the cell is formatted as a date)',
    );
    expect((await read('merged-cells.xlsx')).errors[0]!.cell).toBe('Compute!A3');
    expect((await read('header-misplaced.xlsx')).errors[0]!.message).toMatch(
      /^Inputs!30:30: looks like AWS Pricing Calculator bulk import \(EC2 instances\), but its header row is row 30/,
    );
    expect((await read('hidden-sheet.xlsx')).warnings[0]!.message).toMatch(
      /^Sheet "Old rows": is a hidden sheet/,
    );
  });
});
