import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { readWorkbook } from '../../../backend/excel/read-workbook';
import { WorkbookReadError } from '../../../backend/excel/workbook-read-error';
import { readRequirements } from '../../../core';

const TEMPLATE = readFileSync(
  path.resolve(__dirname, '../../fixtures/workbooks/aws-bulk-ec2.xlsx'),
);

/** Either a Grid that the reader then handles, or one WorkbookReadError: never anything else. */
async function outcome(bytes: Buffer): Promise<'grid' | 'read-error'> {
  try {
    const grid = await readWorkbook(bytes);
    readRequirements(grid);
    return 'grid';
  } catch (e) {
    if (e instanceof WorkbookReadError) return 'read-error';
    throw e;
  }
}

describe('readWorkbook on damaged files', () => {
  it('a workbook with random bytes overwritten reads or fails with one WorkbookReadError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(TEMPLATE.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (edits) => {
          const bytes = Buffer.from(TEMPLATE);
          for (const [at, value] of edits) bytes[at] = value;
          expect(['grid', 'read-error']).toContain(await outcome(bytes));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a workbook cut at any length fails with one WorkbookReadError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(TEMPLATE.length - 2), async (length) => {
        expect(await outcome(TEMPLATE.subarray(0, length + 1))).toBe('read-error');
      }),
      { numRuns: 25 },
    );
  });
});
