import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readWorkbook } from '../../backend/excel/read-workbook';
import { readRequirements } from '../../core';
import { generateExamples } from '../../scripts/generate-examples';

const EXAMPLES = path.resolve(__dirname, '../../examples');

describe('npm run examples', () => {
  let files: Record<string, Buffer>;
  beforeAll(async () => {
    files = await generateExamples();
  });

  it('makes exactly the committed examples, byte for byte (re-record with `npm run examples -- --record`)', () => {
    const differing = Object.entries(files)
      .filter(([name, data]) => !readFileSync(path.join(EXAMPLES, name)).equals(data))
      .map(([name]) => name);
    expect(Object.keys(files).sort()).toEqual([
      'calculator-bulk-ec2.xlsx',
      'requirements.json',
      'rvtools-export.xlsx',
      'template-filled.xlsx',
    ]);
    expect(differing).toEqual([]);
  });

  it.each([
    ['template-filled.xlsx', 'template', 19],
    ['rvtools-export.xlsx', 'rvtools', 12],
    ['calculator-bulk-ec2.xlsx', 'aws-bulk-ec2', 8],
  ])('%s is read as %s, without errors, into %i lines', async (name, format, items) => {
    const result = readRequirements(await readWorkbook(files[name]!, { fileName: name }));
    expect(result.errors).toEqual([]);
    expect(result.format).toBe(format);
    expect(result.requirements?.items).toHaveLength(items);
  });
});
